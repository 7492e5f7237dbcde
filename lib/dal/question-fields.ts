// How question and flashcard rows store choices and provenance, read the same way everywhere.
import 'server-only';

export interface SourceRef {
  sentence: string;
  start: number;
  end: number;
}

/** A list of strings in a JSON text column (portable to both databases); anything odd reads as none. */
function parseStringList(json: string | null | undefined): string[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/** A question's choices. */
export function parseChoices(json: string): string[] {
  return parseStringList(json);
}

/**
 * A short answer's other accepted answers. They are answer key: read them only where the answer
 * itself may be read.
 */
export function parseAccepted(json: string | null | undefined): string[] {
  return parseStringList(json);
}

/** The whole answer key, as grading takes it: the answer first, then the other accepted answers. */
export function answerKey(answer: string, acceptedJson: string | null | undefined): string[] {
  return [answer, ...parseAccepted(acceptedJson)];
}

/** A generated row's source sentence; teacher-written and imported rows have none. */
export function toSourceRef(row: { sourceSentence: string | null; sourceStart: number | null; sourceEnd: number | null }): SourceRef | null {
  return row.sourceSentence != null && row.sourceStart != null && row.sourceEnd != null
    ? { sentence: row.sourceSentence, start: row.sourceStart, end: row.sourceEnd }
    : null;
}
