// Flashcard formats: Anki's text import and Quizlet's paste-in import. Questions become
// cards too (prompt on the front, answer and explanation on the back).
import {
  checkExportable,
  checkExportableCards,
  type InterchangeCard,
  type InterchangeQuestion,
} from './schema';

/** A question as a card; multiple-choice options are listed on the front so the card still makes sense. */
export function questionToCard(q: InterchangeQuestion): InterchangeCard {
  const front =
    q.type === 'multiple_choice'
      ? `${q.prompt}\n${q.choices.map((c, i) => `${String.fromCharCode(97 + i)}) ${c}`).join('\n')}`
      : q.prompt;
  const shown = q.type === 'true_false' ? (q.answer === 'true' ? 'True' : 'False') : q.answer;
  const answer = q.accepted?.length ? `${shown}\nAlso accepted: ${q.accepted.join(' · ')}` : shown;
  return { front, back: q.explanation ? `${answer}\n\n${q.explanation}` : answer };
}

export function questionsToCards(questions: InterchangeQuestion[]): InterchangeCard[] {
  return checkExportable(questions).map(questionToCard);
}

/**
 * One Anki field. Anki reads the file as CSV with a tab separator: a field holding a tab,
 * a line break or a double quote is quoted, with quotes doubled. A field starting with "#"
 * is quoted too, since Anki takes a line starting with "#" as a header or comment.
 */
function ankiField(text: string): string {
  const value = text.replace(/\r\n?/g, '\n');
  return /[\t\n"]|^#/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * An Anki text-import file (Anki manual, "Importing > Text files"): the header lines tell
 * Anki the separator, that fields are plain text (so "<b>" shows as typed), and the columns.
 */
export function exportAnki(cards: InterchangeCard[]): string {
  const header = ['#separator:tab', '#html:false', '#columns:Front\tBack'];
  const rows = checkExportableCards(cards).map((c) => `${ankiField(c.front)}\t${ankiField(c.back)}`);
  return [...header, ...rows].join('\n') + '\n';
}

/** Quizlet has no quoting: tabs and line breaks inside a field would split the card, so they become " / " or spaces. */
function quizletField(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\s*\n\s*/g, ' / ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Quizlet import text: "term<TAB>definition", one card per line (Quizlet's default separators). */
export function exportQuizlet(cards: InterchangeCard[]): string {
  return checkExportableCards(cards)
    .map((c) => `${quizletField(c.front)}\t${quizletField(c.back)}`)
    .join('\n')
    .concat('\n');
}
