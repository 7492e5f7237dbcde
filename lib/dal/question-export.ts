// An article's approved questions and its flashcard deck, in the neutral interchange shape the
// export formats take (lib/interchange). Exports carry answers, so only a teacher or the admin
// may call these; anyone else gets null, the same as an unknown article.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import {
  INTERCHANGE_MAX_CARDS,
  INTERCHANGE_MAX_QUESTIONS,
  interchangeCardSchema,
  interchangeQuestionSchema,
  normalizeBlock,
  normalizeLine,
  type InterchangeCard,
  type InterchangeQuestion,
} from '@/lib/interchange';
import { parseAccepted, parseChoices } from './question-fields';
import { isTeacher } from './review';
import { DECK_FLASHCARD_STATUSES } from './study-deck';

export interface QuestionExport {
  slug: string;
  title: string;
  questions: InterchangeQuestion[];
  /** Approved questions left out: over the per-file limit, or in a shape no format can carry. */
  skipped: number;
}

export interface CardExport {
  slug: string;
  title: string;
  cards: InterchangeCard[];
  skipped: number;
}

interface QuestionRow {
  type: string;
  prompt: string;
  choicesJson: string;
  answer: string;
  acceptedJson: string;
  explanation: string;
}

/** A stored question in interchange normal form, or null if it does not fit (then it is skipped, not exported broken). */
export function toInterchangeQuestion(row: QuestionRow): InterchangeQuestion | null {
  // Only short answers accept others; left out when there are none, as in files from before.
  const accepted = row.type === 'short_answer' ? parseAccepted(row.acceptedJson).map(normalizeLine).filter(Boolean) : [];
  const candidate = {
    type: row.type,
    prompt: normalizeBlock(row.prompt),
    choices: parseChoices(row.choicesJson).map(normalizeLine),
    answer: row.type === 'true_false' ? row.answer.trim().toLowerCase() : normalizeLine(row.answer),
    ...(accepted.length ? { accepted } : {}),
    explanation: normalizeBlock(row.explanation),
  };
  const parsed = interchangeQuestionSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** Teachers: the article's approved questions, best-ranked first. */
export async function getQuestionsForExport(viewer: Viewer, slug: string): Promise<QuestionExport | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      questions: {
        where: { status: 'approved' },
        orderBy: [{ rank: 'asc' }, { createdAt: 'asc' }],
        select: { type: true, prompt: true, choicesJson: true, answer: true, acceptedJson: true, explanation: true },
      },
    },
  });
  if (!article) return null;
  const fitting = article.questions.map(toInterchangeQuestion).filter((q): q is InterchangeQuestion => q !== null);
  const questions = fitting.slice(0, INTERCHANGE_MAX_QUESTIONS);
  return { slug: article.slug, title: article.title, questions, skipped: article.questions.length - questions.length };
}

/** Teachers: the article's flashcards as students study them (the same statuses as the deck). */
export async function getFlashcardsForExport(viewer: Viewer, slug: string): Promise<CardExport | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      flashcards: {
        where: { status: { in: DECK_FLASHCARD_STATUSES } },
        orderBy: [{ rank: 'asc' }, { createdAt: 'asc' }],
        select: { front: true, back: true },
      },
    },
  });
  if (!article) return null;
  const fitting = article.flashcards
    .map((c) => interchangeCardSchema.safeParse({ front: normalizeBlock(c.front), back: normalizeBlock(c.back) }))
    .flatMap((r) => (r.success ? [r.data] : []));
  const cards = fitting.slice(0, INTERCHANGE_MAX_CARDS);
  return { slug: article.slug, title: article.title, cards, skipped: article.flashcards.length - cards.length };
}

/** Teachers: how many approved questions and active flashcards an article has, for the export menu. */
export async function getExportCounts(viewer: Viewer, slug: string): Promise<{ questions: number; cards: number } | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      _count: {
        select: {
          questions: { where: { status: 'approved' } },
          flashcards: { where: { status: { in: DECK_FLASHCARD_STATUSES } } },
        },
      },
    },
  });
  return article ? { questions: article._count.questions, cards: article._count.flashcards } : null;
}
