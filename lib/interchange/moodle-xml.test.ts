import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportMoodleXml } from './moodle-xml-export';
import { importMoodleXml } from './moodle-xml-import';
import { InterchangeImportError } from './schema';
import { nastyQuestions, SAMPLE_QUESTIONS } from './test-fixtures';

function importError(xml: string): string {
  try {
    importMoodleXml(xml);
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeImportError);
    return (e as Error).message;
  }
  throw new Error('expected the import to fail');
}

const quiz = (...questions: string[]): string => `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>`;
const text = (t: string): string => `<text>${t}</text>`;

describe('Moodle XML export', () => {
  it('is well-formed and has one typed <question> per item with fractions 100/0', () => {
    const xml = exportMoodleXml([...SAMPLE_QUESTIONS, ...nastyQuestions()]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (n) => n === 'question' || n === 'answer' }).parse(xml);
    const questions = doc.quiz.question as Array<Record<string, unknown> & { answer: Array<Record<string, string>> }>;
    expect(questions.map((q) => q['@_type']).slice(0, 4)).toEqual(['multichoice', 'truefalse', 'truefalse', 'shortanswer']);
    expect(questions[0].answer.map((a) => a['@_fraction'])).toEqual(['100', '0', '0', '0']);
    expect(questions[2].answer.map((a) => [a.text, a['@_fraction']])).toEqual([
      ['true', '0'],
      ['false', '100'],
    ]);
    expect(questions[3].answer.map((a) => [a.text, a['@_fraction']])).toEqual([['Shakespeare', '100']]);
  });

  it('keeps markup in text as escaped HTML inside CDATA, never as live tags', () => {
    const xml = exportMoodleXml([{ type: 'short_answer', prompt: 'Is <script>alert(1)</script> & ]]> safe?', choices: [], answer: 'a]]>b', explanation: '' }]);
    expect(xml).toContain('<questiontext format="html"><text><![CDATA[<p>Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; safe?</p>]]></text></questiontext>');
    // A plain-text answer key keeps its characters; a "]]>" inside is split across two CDATA sections.
    expect(xml).toContain('<text><![CDATA[a]]]]><![CDATA[>b]]></text>');
    expect(xml).not.toContain('<script>');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(importMoodleXml(xml).questions[0].answer).toBe('a]]>b');
  });
});

describe('Moodle XML import', () => {
  it('reads a file as Moodle writes it (category, HTML text, entities, feedback)', () => {
    const xml = quiz(
      '<question type="category"><category>' + text('$course$/top/Default') + '</category></question>',
      `<question type="multichoice">
        <name>${text('Capital &amp; city')}</name>
        <questiontext format="html">${text('<![CDATA[<p>What is the <b>capital</b> of France?</p>]]>')}</questiontext>
        <generalfeedback format="html">${text('&lt;p&gt;Paris &amp;amp; more&lt;/p&gt;')}</generalfeedback>
        <single>true</single>
        <answer fraction="100" format="html">${text('<![CDATA[<p>Paris</p>]]>')}<feedback format="html">${text('Yes')}</feedback></answer>
        <answer fraction="0" format="html">${text('Lyon')}</answer>
        <answer fraction="-33.33333" format="html">${text('Caf&#233; &#x2615;')}</answer>
      </question>`,
      `<question type="truefalse"><name>${text('TF')}</name><questiontext format="moodle_auto_format">${text('The sky is blue.')}</questiontext>
        <answer fraction="0">${text('true')}</answer><answer fraction="100">${text('false')}</answer></question>`,
      `<question type="shortanswer"><name>${text('SA')}</name><questiontext format="plain_text">${text('Type &lt;b&gt;')}</questiontext>
        <answer fraction="100">${text('AT&amp;T')}</answer><answer fraction="100">${text('ATT')}</answer></question>`,
    );
    const { questions, warnings } = importMoodleXml(xml);
    expect(questions).toEqual([
      { type: 'multiple_choice', title: 'Capital & city', prompt: 'What is the capital of France?', choices: ['Paris', 'Lyon', 'Café ☕'], answer: 'Paris', explanation: 'Paris & more' },
      { type: 'true_false', title: 'TF', prompt: 'The sky is blue.', choices: ['True', 'False'], answer: 'false', explanation: '' },
      { type: 'short_answer', title: 'SA', prompt: 'Type <b>', choices: [], answer: 'AT&T', accepted: ['ATT'], explanation: '' },
    ]);
    expect(warnings).toEqual(['Moodle XML question 2 ("Capital & city"): per-answer feedback was dropped']);
  });

  it.each([
    ['<question type="matching"><name><text>Pairs</text></name><questiontext><text>Match</text></questiontext></question>', /question 2 \("Pairs"\): question type "matching" is not supported/],
    ['<question type="essay"><questiontext><text>Write</text></questiontext></question>', /question 2: question type "essay"/],
    ['<question type="multichoice"><questiontext><text>Q</text></questiontext><single>false</single><answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer></question>', /question 2: multiple-answer questions/],
    ['<question type="multichoice"><questiontext><text>Q</text></questiontext><answer fraction="50"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>', /question 2: partial-credit/],
    ['<question type="multichoice"><questiontext><text>Q</text></questiontext><answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>', /question 2: .*found 0/],
    ['<question type="truefalse"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>maybe</text></answer></question>', /question 2: a true\/false question/],
    ['<question type="shortanswer"><questiontext><text></text></questiontext><answer fraction="100"><text>x</text></answer></question>', /question 2: the question text is empty/],
  ])('refuses %s, naming the question', (bad, message) => {
    const ok = '<question type="truefalse"><questiontext><text>Fine</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>';
    expect(importError(quiz(ok, bad))).toMatch(message);
  });

  it('refuses malformed XML with its line, and entity declarations before parsing', () => {
    expect(importError('<quiz>\n<question type="truefalse">\n<name></question>\n</quiz>')).toMatch(/not well-formed \(line 3, column \d+\)/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><quiz>&b;</quiz>';
    expect(importError(bomb)).toMatch(/DOCTYPE and ENTITY declarations are not accepted/);
    expect(importError('<!DOCTYPE quiz SYSTEM "file:///etc/passwd"><quiz/>')).toMatch(/DOCTYPE/);
    expect(importError('<questions><question/></questions>')).toMatch(/root element must be <quiz>/);
    expect(importError(quiz())).toMatch(/no questions/);
    expect(importError(`<quiz>${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</quiz>`)).toMatch(/could not be read: .*nested/i);
    expect(importError('<quiz><question type="truefalse"><__proto__><x>1</x></__proto__></question></quiz>')).toMatch(/could not be read/);
  });
});

describe('Moodle XML round trip', () => {
  it('gives back the same questions, nasty text included', () => {
    const questions = [...SAMPLE_QUESTIONS, ...nastyQuestions()];
    const { questions: back, warnings } = importMoodleXml(exportMoodleXml(questions));
    expect(warnings).toEqual([]);
    expect(back).toEqual(questions);
  });
});
