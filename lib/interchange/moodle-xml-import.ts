// Reads Moodle XML with a real XML parser (fast-xml-parser). Security: a DOCTYPE is refused
// before parsing, and the parser runs with entity processing off, so no internal or
// external entity is ever expanded (no "billion laughs", no file or network reads; the
// library never fetches anything). Only the five XML entities and character references
// are decoded, by decodeXmlEntities. All or nothing, with the question index in every error.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlFragmentToText } from './html-to-text';
import { defaultQuestionName } from './moodle-xml-export';
import {
  INTERCHANGE_MAX_QUESTIONS,
  InterchangeImportError,
  shortAnswerKey,
  validateQuestion,
  type ImportResult,
  type InterchangeQuestion,
} from './schema';
import { checkSize, decodeXmlEntities, normalizeBlock, normalizeLine } from './text';

const CDATA = '#cdata';
const TEXT = '#text';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Moodle XML is about six levels deep; a low cap keeps hostile nesting cheap to refuse.
  maxNestedTags: 50,
  isArray: (name) => name === 'question' || name === 'answer',
});

type XmlNode = Record<string, unknown>;

const asNode = (value: unknown): XmlNode | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : undefined;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** An element's character data: entity-decoded text, then CDATA sections taken literally. */
function contentOf(value: unknown): string {
  if (typeof value === 'string') return decodeXmlEntities(value);
  const node = asNode(value);
  if (!node) return '';
  const text = typeof node[TEXT] === 'string' ? decodeXmlEntities(node[TEXT] as string) : '';
  return text + list(node[CDATA]).filter((c): c is string => typeof c === 'string').join('');
}

const attrOf = (node: XmlNode | undefined, name: string): string | undefined => {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value).trim() : undefined;
};

/** Rich text as plain text; HTML (Moodle's usual format) is reduced, never kept. */
function richText(node: XmlNode | undefined): string {
  const raw = contentOf(node?.text);
  const format = attrOf(node, 'format') ?? 'moodle_auto_format';
  if (format === 'html') return htmlFragmentToText(raw);
  if (format === 'moodle_auto_format' && /<[a-z!/]|&#?\w+;/i.test(raw)) return htmlFragmentToText(raw.replace(/\n/g, '<br>'));
  return raw;
}

interface Answer {
  fraction: number;
  node: XmlNode;
}

function answersOf(q: XmlNode): Answer[] {
  return list(q.answer).map((a) => {
    const node = asNode(a) ?? { text: contentOf(a) };
    return { fraction: Number(attrOf(node, 'fraction') ?? '0'), node };
  });
}

function readQuestion(q: XmlNode, index: number, warnings: string[]): InterchangeQuestion | null {
  const type = attrOf(q, 'type') ?? '';
  if (type === 'category') return null;
  const name = normalizeLine(contentOf(asNode(q.name)?.text));
  const where = `Moodle XML question ${index}${name ? ` ("${name.slice(0, 60)}")` : ''}`;
  const fail = (message: string): never => {
    throw new InterchangeImportError(`${where}: ${message}`);
  };
  const prompt = normalizeBlock(richText(asNode(q.questiontext)));
  const explanation = normalizeBlock(richText(asNode(q.generalfeedback)));
  const title = name && name !== defaultQuestionName(prompt) ? name : undefined;
  const base = { prompt, explanation, ...(title ? { title } : {}) };
  const answers = answersOf(q);
  if (answers.some((a) => Number.isNaN(a.fraction))) fail('an answer has a fraction that is not a number');
  if (answers.some((a) => contentOf(asNode(a.node.feedback)?.text).trim())) warnings.push(`${where}: per-answer feedback was dropped`);

  if (type === 'multichoice') {
    const single = normalizeLine(contentOf(q.single)).toLowerCase();
    if (single === 'false' || single === '0') fail('multiple-answer questions (<single>false</single>) are not supported');
    const partial = answers.find((a) => a.fraction > 0 && a.fraction < 100);
    if (partial) fail(`partial-credit answers (fraction ${partial.fraction}) are not supported`);
    const correct = answers.filter((a) => a.fraction >= 100);
    if (correct.length !== 1) fail(`a multiple-choice question needs exactly one correct answer, found ${correct.length}`);
    const choices = answers.map((a) => normalizeLine(richText(a.node)));
    const answer = choices[answers.indexOf(correct[0])];
    return validateQuestion({ type: 'multiple_choice', choices, answer, ...base }, where);
  }
  if (type === 'truefalse') {
    const right = answers.filter((a) => a.fraction >= 100);
    const key = right.length === 1 ? normalizeLine(contentOf(right[0].node.text)).toLowerCase() : '';
    if (key !== 'true' && key !== 'false') fail('a true/false question needs one correct answer, "true" or "false"');
    return validateQuestion({ type: 'true_false', choices: ['True', 'False'], answer: key, ...base }, where);
  }
  if (type === 'shortanswer') {
    // Short-answer keys are compared as typed, so they are plain text whatever the format says.
    const accepted = answers.filter((a) => a.fraction >= 100).map((a) => normalizeLine(contentOf(a.node.text)));
    if (accepted.length === 0) fail('a short-answer question needs an answer with fraction 100');
    if (answers.length > accepted.length) warnings.push(`${where}: partial-credit answers were dropped`);
    const key = shortAnswerKey(accepted, (message) => warnings.push(`${where}: ${message}`), fail);
    return validateQuestion({ type: 'short_answer', choices: [], ...key, ...base }, where);
  }
  return fail(`question type "${type || '(none)'}" is not supported (only multichoice, truefalse and shortanswer)`);
}

/** Parses a Moodle XML file; throws InterchangeImportError naming the question (or XML line) at fault. */
export function importMoodleXml(xml: string): ImportResult {
  checkSize(xml, 'Moodle XML');
  const text = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new InterchangeImportError('Moodle XML: DOCTYPE and ENTITY declarations are not accepted.');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new InterchangeImportError(`Moodle XML is not well-formed (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`);
  }
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (e) {
    // The parser's own guards (nesting depth, prototype-polluting names) throw plain errors.
    throw new InterchangeImportError(`Moodle XML could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const doc = asNode(parsed);
  if (!doc || !('quiz' in doc)) throw new InterchangeImportError('Moodle XML: the root element must be <quiz>.');
  const root = asNode(doc.quiz) ?? {};
  const items = list(root.question);
  const warnings: string[] = [];
  const questions: InterchangeQuestion[] = [];
  items.forEach((item, i) => {
    const node = asNode(item);
    if (!node) throw new InterchangeImportError(`Moodle XML question ${i + 1}: the <question> element is empty`);
    const q = readQuestion(node, i + 1, warnings);
    if (q) questions.push(q);
  });
  if (questions.length > INTERCHANGE_MAX_QUESTIONS) {
    throw new InterchangeImportError(`Moodle XML: ${questions.length} questions; the limit is ${INTERCHANGE_MAX_QUESTIONS} per file.`);
  }
  if (questions.length === 0) throw new InterchangeImportError('The Moodle XML file contains no questions.');
  return { questions, warnings };
}
