// Shared public types (the contract the app depends on) and the internal analysis model.
export type QuestionType = 'multiple_choice' | 'true_false' | 'short_answer';
export type FactKind = 'person' | 'place' | 'organization' | 'date' | 'number' | 'quantity' | 'quote' | 'term';

/** `body.slice(start, end) === sentence`; offsets are UTF-16 indices into the LF-normalized body. */
export interface SourceRef {
  sentence: string;
  start: number;
  end: number;
}

export interface GeneratedQuestion {
  id: string;
  type: QuestionType;
  kind: FactKind;
  prompt: string;
  choices: string[];
  answer: string;
  explanation: string;
  difficulty: number;
  source: SourceRef;
}

export interface Flashcard {
  id: string;
  front: string;
  back: string;
  kind: FactKind;
  source: SourceRef;
}

/**
 * Why no questions were drawn from an article that is otherwise fine to keep and read: the
 * generator's rules are English, so text in another language gets none rather than nonsense.
 * `language` is an ISO 639-1 code when the text looks like a language Gleaner can name.
 */
export interface GenerationRefusal {
  code: 'not_english';
  language: string | null;
  message: string;
}

export interface GeneratorResult {
  article: { title: string | null; wordCount: number; sentenceCount: number; generatorVersion: string };
  questions: GeneratedQuestion[];
  flashcards: Flashcard[];
  /** Set, with no questions or flashcards, when the article was not drawn from at all. */
  refused?: GenerationRefusal;
}

export interface GenerateOptions {
  count?: number;
  types?: QuestionType[];
  title?: string;
}

export class GeneratorInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GeneratorInputError';
  }
}

/** A sentence of prose; `text` is the masked body slice (markup blanked, same length as the source). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  para: number;
}

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isCap: boolean;
  /** Length of a trailing possessive ("’s", "'s", "s'") that is not part of the name. */
  possessive: number;
}

export type EntityKind = Exclude<FactKind, 'quote'>;

export interface Mention {
  kind: EntityKind;
  /** Surface text without a trailing possessive. */
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Canonical key shared by every mention of one entity ("Aliyev" and "Ilham Aliyev"). */
  key: string;
  /** Title or role seen directly before the name, e.g. "Prime Minister". */
  title?: string;
  /** Role noun next to the name ("the printer Aldus Manutius", "Their coach, Helen Marsh"). */
  role?: string;
  /** Unit or counted noun kept for numbers, used to match distractors. */
  unit?: string;
  value?: number;
}

export interface Entity {
  key: string;
  kind: EntityKind;
  /** Longest surface form seen, e.g. "Ilham Aliyev". */
  name: string;
  count: number;
  firstSentence: number;
  sentences: number[];
}

export interface Description {
  term: string;
  description: string;
  kind: EntityKind;
  sentence: number;
  start: number;
  end: number;
}

export interface Quote {
  /** Quoted or reported words, as shown in the prompt. */
  words: string;
  speakerKey: string;
  speakerText: string;
  speakerStart: number;
  sentence: number;
  /** First sentence of the span that names the speaker (may be before `sentence`). */
  firstSentence: number;
  reported: boolean;
  /** Speech verb for reported speech ("claimed"), used in the prompt. */
  verb: string;
}

export interface Analysis {
  body: string;
  masked: string;
  sentences: Sentence[];
  mentions: Mention[];
  bySentence: Mention[][];
  entities: Map<string, Entity>;
  descriptions: Description[];
  quotes: Quote[];
  wordFreq: Map<string, number>;
  salience: number[];
  wordCount: number;
  isEnglish: boolean;
}
