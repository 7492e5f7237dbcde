// Moodle XML (docs.moodle.org/en/Moodle_XML_format): <quiz> with one <question> per item.
// Rich text goes out as escaped HTML inside CDATA, so any text survives both Moodle's HTML
// rendering and an XML parser; answer keys (true/false, short answer) stay plain text.
import { checkExportable, type InterchangeQuestion } from './schema';
import { cdata, escapeXml, normalizeLine, textToHtml } from './text';

const MOODLE_TYPE = { multiple_choice: 'multichoice', true_false: 'truefalse', short_answer: 'shortanswer' } as const;

/**
 * Moodle requires a name; without a title one is derived from the prompt. The import
 * recognises this derived name and leaves the title unset, so round trips are exact.
 */
export function defaultQuestionName(prompt: string): string {
  const line = normalizeLine(prompt);
  return line.length <= 60 ? line : `${line.slice(0, 57).trimEnd()}...`;
}

const html = (text: string): string => `<text>${cdata(textToHtml(text))}</text>`;
const plain = (text: string): string => `<text>${cdata(text)}</text>`;

function answer(fraction: number, body: string, format: 'html' | 'moodle_auto_format'): string {
  return [
    `    <answer fraction="${fraction}" format="${format}">`,
    `      ${body}`,
    '      <feedback format="html"><text></text></feedback>',
    '    </answer>',
  ].join('\n');
}

function moodleQuestion(q: InterchangeQuestion, index: number): string {
  const lines = [
    `  <!-- question: ${index + 1} -->`,
    `  <question type="${MOODLE_TYPE[q.type]}">`,
    `    <name><text>${escapeXml(q.title ?? defaultQuestionName(q.prompt))}</text></name>`,
    `    <questiontext format="html">${html(q.prompt)}</questiontext>`,
    `    <generalfeedback format="html">${q.explanation ? html(q.explanation) : '<text></text>'}</generalfeedback>`,
    '    <defaultgrade>1</defaultgrade>',
    `    <penalty>${q.type === 'true_false' ? 1 : 0.3333333}</penalty>`,
    '    <hidden>0</hidden>',
  ];
  if (q.type === 'multiple_choice') {
    lines.push('    <single>true</single>', '    <shuffleanswers>true</shuffleanswers>', '    <answernumbering>abc</answernumbering>');
    for (const choice of q.choices) lines.push(answer(choice === q.answer ? 100 : 0, html(choice), 'html'));
  } else if (q.type === 'true_false') {
    lines.push(answer(q.answer === 'true' ? 100 : 0, plain('true'), 'moodle_auto_format'));
    lines.push(answer(q.answer === 'false' ? 100 : 0, plain('false'), 'moodle_auto_format'));
  } else {
    lines.push('    <usecase>0</usecase>');
    for (const accepted of [q.answer, ...(q.accepted ?? [])]) lines.push(answer(100, plain(accepted), 'moodle_auto_format'));
  }
  lines.push('  </question>');
  return lines.join('\n');
}

/** The questions as a Moodle XML file (UTF-8). */
export function exportMoodleXml(input: InterchangeQuestion[]): string {
  const questions = checkExportable(input);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>', ...questions.map(moodleQuestion), '</quiz>', ''].join('\n');
}
