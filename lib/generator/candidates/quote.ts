// "Who said it?" questions: the speaker is the answer, other people are the choices.
import { pickDistractors, type Pools } from '../distractors';
import type { Analysis } from '../types';
import { clamp01, containsTerm, explain, giveawayTerms, makeId, orderChoices, sourceOf, type Candidate } from './candidate';

const MAX_WORDS = 32;

export function quoteCandidates(a: Analysis, pools: Pools, maxCount: number): Candidate[] {
  const out: Candidate[] = [];
  for (const q of a.quotes) {
    const e = a.entities.get(q.speakerKey);
    if (!e) continue;
    const answer = q.speakerText;
    const giveaway = giveawayTerms(answer, e.name, true);
    if (giveaway.some((g) => containsTerm(q.words, g))) continue;
    let words = q.words.split(' ');
    if (words.length > MAX_WORDS) words = [...words.slice(0, MAX_WORDS - 4), '…'];
    const text = words.join(' ').replace(/\s+…$/, '…');
    const prompt = q.reported ? `Who ${q.verb} that ${text.replace(/[.!?]$/, '')}?` : `Who said: “${text.replace(/,$/, '')}”?`;
    const d = pickDistractors(a, 'person', q.speakerKey, answer, prompt, pools);
    const source = sourceOf(a, q.firstSentence, q.sentence);
    const score = a.salience[q.sentence] + 0.45 + 0.3 * (Math.log1p(e.count) / Math.log1p(maxCount)) + (q.reported ? 0 : 0.1);
    if (!d) {
      // An interview may name too few people for four choices: the speaker is then typed.
      out.push({
        id: makeId('quote', 'short_answer', answer, source.start, prompt),
        type: 'short_answer',
        kind: 'quote',
        prompt,
        choices: [],
        answer,
        explanation: explain(a, q.firstSentence, q.sentence),
        difficulty: clamp01(0.6 + (q.firstSentence < q.sentence ? 0.1 : 0)),
        source,
        score: score - 0.1,
        factKey: `quote:${q.speakerKey}:${q.sentence}`,
        answerKey: q.speakerKey,
        sentence: q.sentence,
        giveaway,
      });
      continue;
    }
    out.push({
      id: makeId('quote', 'multiple_choice', answer, source.start, prompt),
      type: 'multiple_choice',
      kind: 'quote',
      prompt,
      choices: orderChoices([answer, ...d.values], false, prompt),
      answer,
      explanation: explain(a, q.firstSentence, q.sentence),
      difficulty: clamp01(0.45 + (q.reported ? 0.05 : 0) + (q.firstSentence < q.sentence ? 0.1 : 0)),
      source,
      score,
      factKey: `quote:${q.speakerKey}:${q.sentence}`,
      answerKey: q.speakerKey,
      sentence: q.sentence,
      giveaway,
    });
  }
  return out;
}
