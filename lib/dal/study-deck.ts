// A student's deck for one article: which cards it holds and each card's schedule for this
// student. Shared by the study page, grading and the Today page; every function takes the
// viewer first and filters by owner in the query.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/sqlite/client';
import { DEFAULT_RETENTION, type Schedule } from '@/lib/study/scheduler';
import { cardStateSchema } from '@/lib/schemas/study';
import { cueForFront } from '@/lib/study/card-cue';
import { notHiddenByAssignments } from './assignment-visibility';
import { answerKey, parseChoices } from './question-fields';

/**
 * Questions become cards while active. Drafts stay in: most library articles are never
 * reviewed by a teacher, and a student studying one should still get its cards. A teacher's
 * rejection (or a retired old version) takes a question out of every deck.
 */
export const DECK_QUESTION_STATUSES = ['draft', 'approved'];
export const DECK_FLASHCARD_STATUSES = ['draft', 'approved'];

/**
 * The one place that decides which questions are in this viewer's deck. DESIGN.md: a question
 * in an assignment still open to the student stays out of their deck until it closes.
 */
export function deckQuestionWhere(viewer: Viewer, now = new Date()): Prisma.QuestionWhereInput {
  return { status: { in: DECK_QUESTION_STATUSES }, ...notHiddenByAssignments(viewer, now) };
}

export interface DeckEntry {
  key: string;
  articleId: string;
  front: string;
  /** Shown above a front that does not ask anything by itself (a bare name or term). */
  cue: string | null;
  /** Multiple-choice options shown on the front; empty for other cards. */
  choices: string[];
  /** Typed answers make sense for short answers, not for true/false or long descriptions. */
  isTypable: boolean;
}

export interface CardStateRow extends Schedule {
  id: string;
  key: string;
  version: number;
  isSuspended: boolean;
  isLeech: boolean;
}

const MAX_TYPABLE_ANSWER = 60;

export const scheduleSelect = {
  id: true,
  flashcardId: true,
  questionId: true,
  state: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  lastReview: true,
  version: true,
  isSuspended: true,
  isLeech: true,
} as const;

export type ScheduleRow = Prisma.StudyCardGetPayload<{ select: typeof scheduleSelect }>;

export function toCardState(row: ScheduleRow): CardStateRow {
  const { flashcardId, questionId, state, ...rest } = row;
  return { ...rest, state: cardStateSchema.parse(state), key: flashcardId ? `f:${flashcardId}` : `q:${questionId}` };
}

export function parseCardKey(key: string): { flashcardId: string } | { questionId: string } {
  return key.startsWith('f:') ? { flashcardId: key.slice(2) } : { questionId: key.slice(2) };
}


/** The student's cards of one article, generated flashcards first, then questions, each by rank. */
export async function listDeck(viewer: Viewer, articleId: string, db?: Db): Promise<DeckEntry[]> {
  db ??= await getDb();
  const [flashcards, questions] = await Promise.all([
    db.flashcard.findMany({
      where: { articleId, status: { in: DECK_FLASHCARD_STATUSES } },
      orderBy: [{ rank: 'asc' }, { id: 'asc' }],
      select: { id: true, front: true, back: true, kind: true },
    }),
    db.question.findMany({
      where: { articleId, ...deckQuestionWhere(viewer) },
      orderBy: [{ rank: 'asc' }, { id: 'asc' }],
      select: { id: true, type: true, prompt: true, choicesJson: true, answer: true, acceptedJson: true },
    }),
  ]);
  // The answers are read only to decide whether typing fits (any accepted form short enough:
  // "UNESCO" beside its long full name); they are not part of the entry.
  return [
    ...flashcards.map((f) => ({ key: `f:${f.id}`, articleId, front: f.front, cue: cueForFront(f.front, f.kind), choices: [], isTypable: f.back.length <= MAX_TYPABLE_ANSWER })),
    ...questions.map((q) => ({
      key: `q:${q.id}`,
      articleId,
      front: q.prompt,
      // A statement alone reads as a fact to learn; half of them are false.
      cue: q.type === 'true_false' ? 'True or false?' : null,
      choices: q.type === 'multiple_choice' ? parseChoices(q.choicesJson) : [],
      isTypable: q.type !== 'true_false' && answerKey(q.answer, q.acceptedJson).some((a) => a.length <= MAX_TYPABLE_ANSWER),
    })),
  ];
}

/** The viewer's own schedules for one article's cards (or all articles), keyed by card key. */
export async function listCardStates(viewer: Viewer, articleId?: string, db?: Db): Promise<Map<string, CardStateRow>> {
  db ??= await getDb();
  const rows = await db.studyCard.findMany({ where: { userId: viewer.id, ...(articleId ? { articleId } : {}) }, select: scheduleSelect });
  return new Map(
    rows.map((r) => {
      const state = toCardState(r);
      return [state.key, state] as const;
    }),
  );
}

/** The viewer's desired retention (0.9 until they change it on the Today page). */
export async function getRetention(viewer: Viewer, db?: Db): Promise<number> {
  db ??= await getDb();
  // SQL rather than the builder: every submit's schedule update reads it (lib/dal/study-sql.ts).
  const rows = await db.$queryRaw<{ desiredRetention: number }[]>`
    SELECT "desiredRetention" FROM "StudySettings" WHERE "userId" = ${viewer.id}`;
  return rows[0]?.desiredRetention ?? DEFAULT_RETENTION;
}

/** Whether a card key names a card in this viewer's deck; returns its article. */
export async function findDeckCard(viewer: Viewer, key: string, db: Db): Promise<{ articleId: string } | null> {
  const ref = parseCardKey(key);
  if ('flashcardId' in ref) {
    return db.flashcard.findFirst({ where: { id: ref.flashcardId, status: { in: DECK_FLASHCARD_STATUSES }, article: { archivedAt: null } }, select: { articleId: true } });
  }
  // An archived article's deck is set aside (study-today.ts says why): its cards take no grades.
  return db.question.findFirst({ where: { id: ref.questionId, ...deckQuestionWhere(viewer), article: { archivedAt: null } }, select: { articleId: true } });
}
