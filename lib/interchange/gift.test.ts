import { describe, expect, it } from 'vitest';
import { escapeGift, exportGift } from './gift-export';
import { importGift } from './gift-import';
import { INTERCHANGE_MAX_BYTES, InterchangeImportError } from './schema';
import { nastyQuestions, SAMPLE_QUESTIONS } from './test-fixtures';

function importError(text: string): string {
  try {
    importGift(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeImportError);
    return (e as Error).message;
  }
  throw new Error('expected the import to fail');
}

describe('GIFT escaping', () => {
  it('escapes ~ = # { } : and backslash, and writes newlines as \\n', () => {
    expect(escapeGift('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
    expect(escapeGift('one\ntwo\r\nthree')).toBe('one\\ntwo\\nthree');
    expect(escapeGift('plain text, 100% (ok)!')).toBe('plain text, 100% (ok)!');
  });

  it('reads every escape back, and a backslash before other characters stays literal', () => {
    const { questions } = importGift('Q \\~ \\= \\# \\{ \\} \\: \\\\ \\t done\\nnext{T}');
    expect(questions[0].prompt).toBe('Q ~ = # { } : \\ \\t done\nnext');
  });

  it('treats an escaped backslash before a brace as a literal backslash and a real brace', () => {
    const { questions } = importGift('Path C:\\\\{=x}');
    expect(questions[0]).toMatchObject({ type: 'short_answer', prompt: 'Path C:\\', answer: 'x' });
  });
});

describe('GIFT export', () => {
  it('writes MC as =right ~wrong, T/F as TRUE/FALSE, short answer as =answer, titles and #### feedback', () => {
    const gift = exportGift(SAMPLE_QUESTIONS);
    expect(gift).toContain('::Rivers::Which river flows through Paris?{\n\t=The Seine\n\t~The Thames\n\t~The Danube\n\t~The Rhine\n\t####Paris lies on the Seine.\n}');
    expect(gift).toContain('Water boils at 100 °C at sea level.{TRUE}');
    expect(gift).toContain('The Moon is a planet.{FALSE####It is a satellite.}');
    expect(gift).toContain('Who wrote "Hamlet"?{\n\t=Shakespeare\n\t####William Shakespeare, around 1600.\n}');
    // Questions are separated by exactly one blank line, the GIFT question delimiter.
    expect(gift.split('\n\n')).toHaveLength(SAMPLE_QUESTIONS.length + 1);
  });

  it('marks text with markup characters as [plain] and guards text that looks like syntax', () => {
    const gift = exportGift([
      { type: 'multiple_choice', prompt: 'Is <b> bold?', choices: ['%50% yes', '[html] no'], answer: '[html] no', explanation: '' },
      { type: 'short_answer', prompt: '// starts like a comment', choices: [], answer: '%10% off', explanation: '' },
    ]);
    expect(gift).toContain('[plain]Is <b> bold?{\n\t~%0%%50% yes\n\t=[plain][html] no\n}');
    expect(gift).toContain('[moodle]// starts like a comment{\n\t=%100%%10% off\n}');
  });

  it('refuses to export an invalid question instead of writing a misleading file', () => {
    expect(() => exportGift([{ type: 'multiple_choice', prompt: 'Q', choices: ['a', 'b'], answer: 'c', explanation: '' }])).toThrow(/answer/);
  });
});

describe('GIFT import', () => {
  it('reads the documented question forms', () => {
    const gift = [
      '// A comment line',
      '$CATEGORY: $course$/Imported',
      '',
      "::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
      '',
      'Grant is {~buried =entombed ~living} in Grant\'s tomb.',
      '',
      '// comment inside the file',
      'Grant is buried in Grant\'s tomb.{FALSE}',
      '',
      'The sun rises in the east.{T####It always does.}',
      '',
      'Two plus two?{',
      '  // a comment inside a question does not end it',
      '  =four',
      '  ####Basic arithmetic.',
      '}',
    ].join('\n');
    const { questions, warnings } = importGift(gift);
    expect(warnings).toEqual([]);
    expect(questions).toEqual([
      { type: 'multiple_choice', title: 'Grant', prompt: "Who's buried in Grant's tomb?", choices: ['Grant', 'Jefferson', 'no one'], answer: 'no one', explanation: '' },
      { type: 'multiple_choice', prompt: "Grant is _____ in Grant's tomb.", choices: ['buried', 'entombed', 'living'], answer: 'entombed', explanation: '' },
      { type: 'true_false', prompt: "Grant is buried in Grant's tomb.", choices: ['True', 'False'], answer: 'false', explanation: '' },
      { type: 'true_false', prompt: 'The sun rises in the east.', choices: ['True', 'False'], answer: 'true', explanation: 'It always does.' },
      { type: 'short_answer', prompt: 'Two plus two?', choices: [], answer: 'four', explanation: 'Basic arithmetic.' },
    ]);
  });

  it('accepts %100% and %0% weights, CRLF line endings and a BOM', () => {
    const { questions } = importGift('\uFEFFPick one{~%100%right ~%0%wrong ~%-50%worse}\r\n\r\nSay it{=%100%yes}');
    expect(questions[0]).toMatchObject({ choices: ['right', 'wrong', 'worse'], answer: 'right' });
    expect(questions[1]).toMatchObject({ type: 'short_answer', answer: 'yes' });
  });

  it('reduces [html] text and markup in the default format to plain text', () => {
    const { questions } = importGift('[html]<p>Is <b>this</b> &amp; <script>alert(1)</script>that true?</p>{T}\n\nPlain <i>moodle</i> text{F}');
    expect(questions[0].prompt).toBe('Is this & that true?');
    expect(questions[1].prompt).toBe('Plain moodle text');
  });

  it('keeps every full-credit short answer, the first as the answer, and says what it dropped', () => {
    const { questions, warnings } = importGift('Who?{=no one =nobody =%50%someone#close}\n\nPick{=a#yes ~b#no}');
    expect(questions[0]).toMatchObject({ answer: 'no one', accepted: ['nobody'] });
    expect(warnings).toEqual([
      'GIFT line 1: 1 partial-credit answer(s) dropped',
      'GIFT line 3: per-answer feedback was dropped; only the general feedback (####) is kept',
    ]);
  });

  it.each([
    ['Match these.{=Canada -> Ottawa =Italy -> Rome}', /line 3: matching questions/],
    ['When was Grant born?{#1822:5}', /line 3: numerical questions/],
    ['Write an essay.{}', /line 3: essay questions/],
    ['Just a description.', /line 3: no answer block/],
    ['Broken {=a', /line 3: the braces/],
    ['Two blocks {=a} and {=b}', /line 3: only one answer block/],
    ['::Unclosed title {=a}', /line 3: the question title/],
    ['Partial {~%50%a ~%50%b}', /line 3: partial-credit answers \(%50%\)/],
    ['Two right {=a =b ~c}', /line 3: .*exactly one correct answer.*found 2/],
    ['Empty choice {=a ~ }', /line 3: a multiple-choice answer is empty/],
  ])('refuses %s, naming the line', (bad, message) => {
    expect(importError(`Fine question{T}\n\n${bad}\n\nAnother fine one{F}`)).toMatch(message);
  });

  it('returns nothing when any question fails, and refuses empty or oversized files up front', () => {
    expect(importError('// only a comment\n')).toMatch(/no questions/);
    expect(importError('x'.repeat(INTERCHANGE_MAX_BYTES + 1))).toMatch(/too large/);
    expect(importError(`${'é'.repeat(INTERCHANGE_MAX_BYTES / 2)}{T}`)).toMatch(/too large/);
  });
});

describe('GIFT round trip', () => {
  it('gives back the same questions, nasty text included', () => {
    const questions = [...SAMPLE_QUESTIONS, ...nastyQuestions()];
    const { questions: back, warnings } = importGift(exportGift(questions));
    expect(warnings).toEqual([]);
    expect(back).toEqual(questions);
  });
});
