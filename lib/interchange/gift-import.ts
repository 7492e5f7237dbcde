// Reads GIFT the way Moodle's qformat_gift does (questions split by blank lines, the first
// {…} is the answer block, "####" starts general feedback), keeping the three question
// types Gleaner has and refusing the rest by line. All or nothing: one bad question fails the file.
import { htmlFragmentToText } from './html-to-text';
import { GIFT_FORMAT_TAG, GIFT_WEIGHT } from './gift-export';
import {
  INTERCHANGE_MAX_QUESTIONS,
  InterchangeImportError,
  shortAnswerKey,
  validateQuestion,
  type ImportResult,
  type InterchangeQuestion,
} from './schema';
import { checkSize, normalizeBlock, normalizeLine } from './text';

// Escaped characters become placeholders while the syntax is split, as Moodle does. The
// placeholders are Unicode noncharacters (U+FDD0..), which normalized text never holds.
const ESCAPABLE = '\\:#={}~';
const BASE = 0xfdd0;
const NEWLINE_MARK = String.fromCharCode(BASE + ESCAPABLE.length);

function protect(text: string): string {
  return text
    .replace(/[\uFDD0-\uFDEF]/g, '\uFFFD')
    .replace(/\\([\\:#={}~n])/g, (_, c: string) => (c === 'n' ? NEWLINE_MARK : String.fromCharCode(BASE + ESCAPABLE.indexOf(c))));
}

function restore(text: string): string {
  return text.replace(/[\uFDD0-\uFDD7]/g, (c) => (c === NEWLINE_MARK ? '\n' : ESCAPABLE[c.charCodeAt(0) - BASE]));
}

type Format = 'moodle' | 'html' | 'plain' | 'markdown';

/** Splits a leading [format] tag off a text part; without one the part inherits `fallback`. */
function splitFormat(raw: string, fallback: Format): { format: Format; text: string } {
  const trimmed = raw.trim();
  const m = GIFT_FORMAT_TAG.exec(trimmed);
  return m ? { format: m[1] as Format, text: trimmed.slice(m[0].length) } : { format: fallback, text: trimmed };
}

/** A text part as plain text: HTML (explicit, or markup in Moodle's default format) is reduced, never kept. */
function textIn(text: string, format: Format): string {
  const plain = restore(text);
  if (format === 'html') return htmlFragmentToText(plain);
  if (format === 'moodle' && /<[a-z!/]|&#?\w+;/i.test(plain)) return htmlFragmentToText(plain.replace(/\n/g, '<br>'));
  return plain;
}

function textOf(raw: string, fallback: Format): string {
  const { format, text } = splitFormat(raw, fallback);
  return textIn(text, format);
}

/**
 * Answer keys are compared as typed, so they lose a format tag and markup in the default format
 * stays as typed; only a key tagged [html] itself is HTML, reduced to its text (that is how an
 * export writes a key holding "->", which GIFT cannot escape).
 */
function keyOf(raw: string): string {
  const { format, text } = splitFormat(raw, 'plain');
  return normalizeLine(format === 'html' ? htmlFragmentToText(restore(text)) : restore(text));
}

function splitWeight(answer: string, fallback: number): { weight: number; rest: string } {
  const m = GIFT_WEIGHT.exec(answer);
  if (!m) return { weight: fallback, rest: answer };
  return { weight: Number(m[0].slice(1, -1).replace(/^-+/, '-')), rest: answer.slice(m[0].length) };
}

interface Block {
  line: number;
  index: number;
  text: string;
}

function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: { line: number; lines: string[] } | null = null;
  const flush = (): void => {
    if (current) blocks.push({ line: current.line, index: blocks.length + 1, text: current.lines.join('\n').trim() });
    current = null;
  };
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return flush();
    // Moodle blanks comment lines inside a question rather than ending it.
    if (line.startsWith('//')) return;
    current ??= { line: i + 1, lines: [] };
    current.lines.push(raw);
  });
  flush();
  return blocks;
}

function parseQuestion(block: Block, warnings: string[]): InterchangeQuestion | null {
  const where = `GIFT line ${block.line}`;
  const fail = (message: string): never => {
    throw new InterchangeImportError(`${where}: ${message}`);
  };
  const warn = (message: string): void => void warnings.push(`${where}: ${message}`);
  let text = protect(block.text);
  if (/^\$CATEGORY:/.test(text)) return null;

  let title: string | undefined;
  if (text.startsWith('::')) {
    const close = text.indexOf('::', 2);
    if (close < 0) fail('the question title opened with "::" is not closed');
    title = normalizeLine(restore(text.slice(2, close))) || undefined;
    text = text.slice(close + 2).trim();
  }

  const open = text.indexOf('{');
  const close = text.indexOf('}');
  if (open < 0 && close < 0) fail('no answer block {…}; descriptions without answers are not supported');
  if (open < 0 || close < open) fail('the braces around the answers are unbalanced (escape a literal brace as \\{ or \\})');
  const after = text.slice(close + 1);
  if (/[{}]/.test(after)) fail('only one answer block {…} per question is supported');
  // Text after the block is Moodle's "missing word" form: the blank stands where the answers were.
  const { format, text: promptRaw } = splitFormat(text.slice(0, open) + (after.trim() ? `_____${after}` : ''), 'moodle');
  let answers = text.slice(open + 1, close).trim();
  let explanation = '';
  const gf = answers.lastIndexOf('####');
  if (gf >= 0) {
    explanation = normalizeBlock(textOf(answers.slice(gf + 4), format));
    answers = answers.slice(0, gf).trim();
  }
  const prompt = normalizeBlock(textIn(promptRaw, format));
  const base = { prompt, explanation, ...(title ? { title } : {}) };

  if (answers === '') fail('essay questions (an empty answer block) are not supported');
  if (answers.startsWith('#')) fail('numerical questions ({#…}) are not supported');
  if (!answers.includes('~') && answers.includes('=') && answers.includes('->')) fail('matching questions (=… -> …) are not supported');

  if (answers.includes('~')) {
    const choices: string[] = [];
    let answer: string | null = null;
    let correct = 0;
    let droppedFeedback = false;
    const parts = answers.replace(/=/g, '~=').split('~').map((a) => a.trim());
    if (parts[0] === '') parts.shift();
    for (const part of parts) {
      const { weight, rest } = part.startsWith('=') ? { weight: 100, rest: part.slice(1) } : splitWeight(part, 0);
      if (weight > 0 && weight < 100) fail(`partial-credit answers (%${weight}%) are not supported`);
      const [raw, feedback = ''] = rest.split('#', 2);
      if (feedback.trim()) droppedFeedback = true;
      const choice = normalizeLine(textOf(raw, format));
      if (!choice) fail('a multiple-choice answer is empty');
      choices.push(choice);
      if (weight >= 100) {
        correct += 1;
        answer = choice;
      }
    }
    if (correct !== 1 || answer === null) fail(`a multiple-choice question needs exactly one correct answer (=…), found ${correct}`);
    if (droppedFeedback) warn('per-answer feedback was dropped; only the general feedback (####) is kept');
    return validateQuestion({ type: 'multiple_choice', choices, answer: answer as string, ...base }, where);
  }

  const [tf, ...tfFeedback] = answers.split('#');
  if (['T', 'TRUE', 'F', 'FALSE'].includes(tf.trim())) {
    if (tfFeedback.some((f) => f.trim())) warn('true/false answer feedback was dropped; only the general feedback (####) is kept');
    const answer = tf.trim().startsWith('T') ? 'true' : 'false';
    return validateQuestion({ type: 'true_false', choices: ['True', 'False'], answer, ...base }, where);
  }

  const accepted: string[] = [];
  let partial = 0;
  const parts = answers.split('=').map((a) => a.trim());
  if (parts[0] === '') parts.shift();
  for (const part of parts) {
    const { weight, rest } = splitWeight(part, 100);
    const key = keyOf(rest.split('#', 1)[0]);
    if (!key) fail('a short-answer answer is empty');
    if (weight >= 100) accepted.push(key);
    else partial += 1;
  }
  if (accepted.length === 0) fail('a short-answer question needs an answer worth full credit');
  if (partial > 0) warn(`${partial} partial-credit answer(s) dropped`);
  return validateQuestion({ type: 'short_answer', choices: [], ...shortAnswerKey(accepted, warn, fail), ...base }, where);
}

/** Parses a GIFT file; throws InterchangeImportError naming the line of the first problem. */
export function importGift(text: string): ImportResult {
  checkSize(text, 'GIFT');
  const blocks = splitBlocks(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const warnings: string[] = [];
  const questions: InterchangeQuestion[] = [];
  for (const block of blocks) {
    const q = parseQuestion(block, warnings);
    if (!q) continue;
    questions.push(q);
    if (questions.length > INTERCHANGE_MAX_QUESTIONS) {
      throw new InterchangeImportError(`GIFT line ${block.line}: more than ${INTERCHANGE_MAX_QUESTIONS} questions in one file`);
    }
  }
  if (questions.length === 0) throw new InterchangeImportError('The GIFT file contains no questions.');
  return { questions, warnings };
}
