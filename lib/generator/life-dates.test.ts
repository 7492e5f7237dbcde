// Rules added with generator 1.17.0 (issue #3): a person's bracket of life dates ("(14 March
// 1821 – 2 November 1889)", "(born 22 May 1963)", "(1728–1779)") gives a question per date and
// can be cut from the person's own question; a name opening a sentence keeps its capital in a
// rewritten question ("did Cook sail", not "did cook sail"); a flashcard describes a person by
// the noun before their rank ("the British explorer"), never by the rank alone ("Captain").
// Each test fails without its rule.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { piece, reductions } from './candidates/reduce';
import { dateQuestion } from './candidates/rewrite';
import { checkQuestion, checkQuiz } from './checks';
import { generate } from './index';
import { lifeDateQuestions } from './life-dates';

const readings = (text: string, i = 0): string[] => {
  const a = analyze(text);
  const s = a.sentences[i];
  return reductions(a, i).map((r) => piece(a, s.start, s.end, r).trim());
};
const question = (text: string, date: string): string | null => {
  const a = analyze(text);
  const m = a.mentions.find((x) => x.kind === 'date' && x.text === date);
  if (!m) throw new Error(`no date ${date}`);
  return dateQuestion(a, m);
};

describe('life dates in brackets', () => {
  const engineer = 'Tobias Alder Wrenfield (14 March 1821 – 2 November 1889) was an English civil engineer known for his iron railway bridges.';

  it('asks each date as a question of its own', () => {
    expect(question(engineer, '14 March 1821')).toBe('On what date was Tobias Alder Wrenfield born?');
    expect(question(engineer, '2 November 1889')).toBe('On what date did Tobias Alder Wrenfield die?');
    expect(question('James Cook (1728–1779) was a British explorer who mapped the coast of New Zealand.', '1779')).toBe('In what year did James Cook die?');
    expect(question('Inês Valadares (born 22 May 1963) is a Portuguese cellist and composer.', '22 May 1963')).toBe('On what date was Inês Valadares born?');
  });

  it('asks a date by what the person was, too, so the name stays askable from the sentence', () => {
    const a = analyze('Inês Valadares (born 22 May 1963) is a Portuguese cellist and composer whose music draws on fado.');
    const m = a.mentions.find((x) => x.text === '22 May 1963')!;
    expect(lifeDateQuestions(a, m)).toEqual(['On what date was Inês Valadares born?', 'On what date was the Portuguese cellist and composer born?']);
  });

  it('cuts the bracket, so the person is asked without showing the dates', () => {
    expect(readings(engineer)).toContain('Tobias Alder Wrenfield was an English civil engineer known for his iron railway bridges.');
    // A bracket saying more than when is kept.
    expect(readings('Inês Valadares (born in Aveiro in 1963) is a Portuguese cellist and composer.').some((r) => !r.includes('('))).toBe(false);
  });

  it('asks the person and both dates in one quiz, with no defects', () => {
    const text = `${engineer} Wrenfield was born in Leeds, the son of a millwright. In 1852 Wrenfield built the Cardale Aqueduct in Derbyshire. He died at his home in Buxton.`;
    const { questions } = generate(text, { count: 6, types: ['multiple_choice', 'short_answer'] });
    const answers = questions.map((q) => q.answer);
    // Before, each date's stem showed the other date and the person's stem both.
    expect(answers).toEqual(expect.arrayContaining(['Tobias Alder Wrenfield', '14 March 1821', '2 November 1889']));
    for (const q of questions) expect(checkQuestion(q, text)).toEqual([]);
    expect(checkQuiz(questions)).toEqual([]);
  });
});

describe('names in rewritten questions', () => {
  it('keeps the capital of a name that is also a common word', () => {
    const text = 'James Cook (1728–1779) was a British explorer. Cook sailed on HMS Endeavour from Plymouth in 1768.';
    expect(question(text, '1768')).toBe('In what year did Cook sail on HMS Endeavour from Plymouth?');
    // A common noun opening the sentence still loses its capital.
    expect(question('Construction began in 1861.', '1861')).toBe('In what year did construction begin?');
  });
});

describe('flashcards of people with a rank', () => {
  it('describes the person by the noun before the rank, not by the rank', () => {
    const text = 'In June 1770, the British explorer Captain James Cook was sailing his ship along the coast when it struck a reef. Cook beached it for repairs.';
    const cards = generate(text, { count: 3 }).flashcards;
    const backs = cards.filter((c) => c.front === 'James Cook').map((c) => c.back);
    expect(backs).toContain('the British explorer');
    expect(backs).not.toContain('Captain');
  });

  it('keeps a title that says what the person does', () => {
    const cards = generate('Prime Minister Nikol Pashinian met the delegation in Yerevan on Monday. Pashinian said talks would go on.', { count: 3 }).flashcards;
    expect(cards.some((c) => c.front === 'Nikol Pashinian' && c.back === 'Prime Minister')).toBe(true);
  });
});
