// GIFT, Moodle's plain-text question format (docs.moodle.org/en/GIFT_format). Written the
// way Moodle's own qformat_gift reads it, including the corners where text could be
// mistaken for syntax (a leading "[html]", "%50%" or "//").
import { checkExportable, type InterchangeQuestion } from './schema';

/** Characters GIFT gives meaning to; each is written with a backslash in front. */
const GIFT_SPECIAL = /[\\~=#{}:]/g;
/** A leading "[format]" tag, which Moodle strips from any text part. */
export const GIFT_FORMAT_TAG = /^\[(moodle|html|plain|markdown)\]/;
/** Moodle's answer-weight prefix ("%50%"); text that starts like this needs an explicit weight. */
export const GIFT_WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;

/** Escapes ~ = # { } : and backslash, and writes newlines as \n (GIFT separates questions by blank lines). */
export function escapeGift(text: string): string {
  return text.replace(GIFT_SPECIAL, (c) => `\\${c}`).replace(/\r\n?|\n/g, '\\n');
}

/**
 * GIFT has no escape for "->", and an answer block holding "=" and "->" is a matching question
 * (Moodle's rule, and gift-import's). So a short answer's key with "->" in it is written as
 * [html] text, where ">" is the character reference "&gt;": Gleaner's importer decodes it back
 * exactly. Moodle reads the block as a short answer instead of a matching question, but keeps
 * the key's "&gt;" as typed (its GIFT import does not decode answers), so a Moodle student typing
 * "->" is marked wrong: for Moodle, Moodle XML carries such a key exactly.
 */
function htmlKey(text: string): string {
  return `[html]${escapeGift(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))}`;
}

function giftQuestion(q: InterchangeQuestion): string {
  // Moodle's default "moodle" format renders HTML; [plain] keeps "<b>" or "&amp;" as the characters typed.
  const texts = [q.prompt, q.answer, q.explanation, ...q.choices, ...(q.accepted ?? [])];
  const format = texts.some((t) => /[<>&]/.test(t)) ? 'plain' : 'moodle';
  // Answers and feedback inherit the prompt's format, so a tag is only needed to protect text that starts like one.
  const part = (text: string): string => (GIFT_FORMAT_TAG.test(text) ? `[${format}]` : '') + escapeGift(text);

  let head = q.title ? `::${escapeGift(q.title)}::` : '';
  const needsTag = format === 'plain' || GIFT_FORMAT_TAG.test(q.prompt) || (!q.title && q.prompt.startsWith('//'));
  head += (needsTag ? `[${format}]` : '') + escapeGift(q.prompt);
  const feedback = q.explanation ? `####${part(q.explanation)}` : '';

  if (q.type === 'true_false') return `${head}{${q.answer === 'true' ? 'TRUE' : 'FALSE'}${feedback}}`;
  const lines: string[] = [];
  if (q.type === 'multiple_choice') {
    for (const choice of q.choices) {
      if (choice === q.answer) lines.push(`=${part(choice)}`);
      else lines.push(`~${GIFT_WEIGHT.test(choice) ? '%0%' : ''}${part(choice)}`);
    }
  } else {
    // Every accepted answer is worth full credit; Moodle keeps them in this order, the answer first.
    for (const accepted of [q.answer, ...(q.accepted ?? [])]) {
      lines.push(`=${GIFT_WEIGHT.test(accepted) ? '%100%' : ''}${accepted.includes('->') ? htmlKey(accepted) : part(accepted)}`);
    }
  }
  if (feedback) lines.push(feedback);
  return `${head}{\n${lines.map((l) => `\t${l}`).join('\n')}\n}`;
}

/** The questions as a GIFT file (UTF-8 text; give it a .txt or .gift name). */
export function exportGift(input: InterchangeQuestion[]): string {
  const questions = checkExportable(input);
  const header = `// Exported from Gleaner: ${questions.length} question${questions.length === 1 ? '' : 's'}`;
  return [header, ...questions.map(giftQuestion)].join('\n\n') + '\n';
}
