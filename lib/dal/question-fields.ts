// How question and flashcard rows store choices and provenance, read the same way everywhere.
import 'server-only';

export interface SourceRef {
  sentence: string;
  start: number;
  end: number;
}

/** Choices live in a JSON text column (portable to both databases); anything odd reads as none. */
export function parseChoices(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/**
 * A short answer's other accepted answers (a JSON text column, like choices). They are answer
 * key: read them only where the answer itself may be read.
 */
export function parseAccepted(json: string | null | undefined): string[] {
  if (!json) return [];
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

/** A generated row's source sentence; teacher-written and imported rows have none. */
export function toSourceRef(row: { sourceSentence: string | null; sourceStart: number | null; sourceEnd: number | null }): SourceRef | null {
  return row.sourceSentence != null && row.sourceStart != null && row.sourceEnd != null
    ? { sentence: row.sourceSentence, start: row.sourceStart, end: row.sourceEnd }
    : null;
}
