// Shared test data: questions whose text tries every character the formats treat specially.
import type { InterchangeQuestion } from './schema';

export const NASTY = [
  'Tom & Jerry <script>alert("x")</script>',
  'a ~ b = c # d { e } f : g \\ h',
  '::not a title:: // not a comment',
  'CDATA end ]]> and &amp; and &lt;b&gt;',
  '[html] looks like a format tag',
  '%50% looks like a weight',
  'Unicode: naïve café — 東京 🎉 “quotes” ‘single’',
  '$CATEGORY: not a category',
  'back\\slash at the end\\',
  "It's \"quoted\" and 'apostrophes'",
];

export const SAMPLE_QUESTIONS: InterchangeQuestion[] = [
  {
    type: 'multiple_choice',
    prompt: 'Which river flows through Paris?',
    choices: ['The Seine', 'The Thames', 'The Danube', 'The Rhine'],
    answer: 'The Seine',
    explanation: 'Paris lies on the Seine.',
    title: 'Rivers',
  },
  { type: 'true_false', prompt: 'Water boils at 100 °C at sea level.', choices: ['True', 'False'], answer: 'true', explanation: '' },
  { type: 'true_false', prompt: 'The Moon is a planet.', choices: ['True', 'False'], answer: 'false', explanation: 'It is a satellite.' },
  { type: 'short_answer', prompt: 'Who wrote "Hamlet"?', choices: [], answer: 'Shakespeare', explanation: 'William Shakespeare, around 1600.' },
];

/** Questions built from NASTY text, covering every type, titles, multi-line prompts and explanations. */
export function nastyQuestions(): InterchangeQuestion[] {
  return NASTY.map((text, i): InterchangeQuestion => {
    const prompt = `${text}\nSecond line ${i}\n\nNew paragraph: ${text}`;
    const explanation = i % 3 === 0 ? '' : `Because ${text}`;
    const title = i % 2 === 0 ? `T${i} ${text}` : undefined;
    const base = { prompt, explanation, ...(title ? { title } : {}) };
    if (i % 3 === 0) return { type: 'multiple_choice', choices: [text, `not ${text}`, 'plain', '=starts with equals'], answer: text, ...base };
    if (i % 3 === 1) return { type: 'true_false', choices: ['True', 'False'], answer: i % 2 ? 'true' : 'false', ...base };
    return { type: 'short_answer', choices: [], answer: text.replace(/->/g, ''), ...base };
  });
}
