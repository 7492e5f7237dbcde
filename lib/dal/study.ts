// Grading flashcards: one FSRS step per grade, a review log row with the previous state, and
// undo. Every function takes the viewer first; a card's schedule is found by (viewer, card) in
// the query, so another student's card or schedule id finds nothing.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { LEECH_LAPSES, newSchedule, nextSchedule, type Schedule } from '@/lib/study/scheduler';
import type { RatingValue, ReviewSource } from '@/lib/schemas/study';
import { claimScheduleRecord, insertQuestionCards, insertReviewLogs, readQuestionCards, updateCardsIfVersion, type CardUpdate, type NewReviewLog } from './study-sql';
import { readDeckQuestions } from './visibility-sql';
import { findDeckCard, getRetention, parseCardKey, scheduleSelect, toCardState, type CardStateRow } from './study-deck';

export type GradeResult = 'graded' | 'conflict' | 'not_found' | 'suspended';
export type UndoResult = { outcome: 'undone'; cardKey: string } | { outcome: 'nothing_to_undo' };

class StaleCardError extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/** A card of the quiz was created by a study tab between our read and our insert. */
class ConcurrentCardCreate extends Error {}

/**
 * The viewer only, on a card of their deck. `expectedVersion` is the version the student saw
 * (0 for a card never graded); null means "whatever it is now" (quiz results). The write is a
 * conditional update on that version, so two tabs grading the same card count once.
 */
export async function gradeCard(
  viewer: Viewer,
  cardKey: string,
  rating: RatingValue,
  expectedVersion: number | null,
  source: ReviewSource = 'study',
  now = new Date(),
): Promise<GradeResult> {
  const db = await getDb();
  const card = await findDeckCard(viewer, cardKey, db);
  if (!card) return 'not_found';
  const retention = await getRetention(viewer, db);
  const ref = parseCardKey(cardKey);
  try {
    return await db.$transaction(async (tx) => {
      let row = await tx.studyCard.findFirst({ where: { userId: viewer.id, ...ref }, select: scheduleSelect });
      if (!row) {
        if (expectedVersion !== null && expectedVersion !== 0) throw new StaleCardError();
        // A unique index on (user, card) makes a second tab's simultaneous create fail here.
        row = await tx.studyCard.create({
          data: { userId: viewer.id, articleId: card.articleId, ...ref, ...newSchedule(now) },
          select: scheduleSelect,
        });
      }
      const current = toCardState(row);
      if (expectedVersion !== null && current.version !== expectedVersion) throw new StaleCardError();
      if (current.isSuspended) return 'suspended' as const;
      const next = nextSchedule(current, rating, now, retention);
      const isLeech = current.isLeech || next.lapses >= LEECH_LAPSES;
      const version = current.version + 1;
      const updated = await tx.studyCard.updateMany({
        where: { id: current.id, userId: viewer.id, version: current.version },
        // Crossing the leech threshold suspends the card once; a leech a student chose to keep is not re-suspended.
        data: { ...next, isLeech, isSuspended: isLeech && !current.isLeech, version },
      });
      if (updated.count === 0) throw new StaleCardError();
      await tx.reviewLog.create({
        data: {
          userId: viewer.id,
          studyCardId: current.id,
          rating,
          source,
          reviewedAt: now,
          cardVersion: version,
          prevState: current.state,
          prevDue: current.due,
          prevStability: current.stability,
          prevDifficulty: current.difficulty,
          prevElapsedDays: current.elapsedDays,
          prevScheduledDays: current.scheduledDays,
          prevLearningSteps: current.learningSteps,
          prevReps: current.reps,
          prevLapses: current.lapses,
          prevLastReview: current.lastReview,
          prevIsLeech: current.isLeech,
          prevIsSuspended: current.isSuspended,
        },
      });
      return 'graded' as const;
    });
  } catch (error) {
    if (error instanceof StaleCardError || isUniqueViolation(error)) return 'conflict';
    throw error;
  }
}

/**
 * The viewer only: takes back their latest study grade on this article's cards, restoring the
 * card exactly as it was. Refused when the card changed since (another grade, a quiz).
 */
export async function undoLastGrade(viewer: Viewer, slug: string): Promise<UndoResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { userId: viewer.id, source: 'study', studyCard: { userId: viewer.id, article: { slug } } },
      orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    });
    if (!log) return { outcome: 'nothing_to_undo' as const };
    const restored = await tx.studyCard.updateMany({
      where: { id: log.studyCardId, userId: viewer.id, version: log.cardVersion },
      data: {
        state: log.prevState,
        due: log.prevDue,
        stability: log.prevStability,
        difficulty: log.prevDifficulty,
        elapsedDays: log.prevElapsedDays,
        scheduledDays: log.prevScheduledDays,
        learningSteps: log.prevLearningSteps,
        reps: log.prevReps,
        lapses: log.prevLapses,
        lastReview: log.prevLastReview,
        isLeech: log.prevIsLeech,
        isSuspended: log.prevIsSuspended,
        // The version goes back too: the card is again exactly what a tab showing it saw.
        version: log.cardVersion - 1,
      },
    });
    if (restored.count === 0) return { outcome: 'nothing_to_undo' as const };
    await tx.reviewLog.delete({ where: { id: log.id } });
    const card = await tx.studyCard.findUniqueOrThrow({ where: { id: log.studyCardId }, select: scheduleSelect });
    return { outcome: 'undone' as const, cardKey: toCardState(card).key };
  });
}

/** Whether the viewer has a study grade on this article that undo would take back. */
export async function canUndo(viewer: Viewer, slug: string, db?: Db): Promise<boolean> {
  db ??= await getDb();
  const log = await db.reviewLog.findFirst({
    where: { userId: viewer.id, source: 'study', studyCard: { userId: viewer.id, article: { slug } } },
    orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }],
    select: { cardVersion: true, studyCard: { select: { version: true } } },
  });
  return log !== null && log.studyCard.version === log.cardVersion;
}

/**
 * Records a graded attempt in its owner's study schedule, once: called after a submit's reply
 * for the one submit that graded it, and by the sweep for attempts a restart left unrecorded
 * (the attempt's `scheduleRecordedAt` is claimed in the same transaction as the grades).
 * A right answer is a Good review of the question's card, a wrong or missing one Again.
 * Questions outside the viewer's deck and suspended cards are skipped. All cards are graded in
 * one transaction (one commit, not one per question), and cards the student did not have are
 * created already graded in one statement; a card a study tab graded at the same instant keeps
 * that grade (its version moved), and the quiz's grade for it is dropped.
 */
export async function recordQuizReviews(
  viewer: Viewer,
  attemptId: string,
  results: { questionId: string; isCorrect: boolean }[],
  now = new Date(),
): Promise<void> {
  const db = await getDb();
  // One query finds the questions in the viewer's deck; an assignment's questions, hidden
  // from the deck while it is open, then cost nothing more.
  const inDeck = new Map((await readDeckQuestions(db, viewer.id, results.map((r) => r.questionId), now)).map((q) => [q.id, q.articleId] as const));
  const graded = results.filter((r) => inDeck.has(r.questionId));
  if (graded.length === 0) {
    await claimScheduleRecord(db, viewer.id, attemptId, now);
    return;
  }
  const retention = await getRetention(viewer, db);
  const ids = graded.map((r) => r.questionId);
  try {
    await db.$transaction(async (tx) => {
      if (!(await claimScheduleRecord(tx, viewer.id, attemptId, now))) return;
      const rows = await readQuestionCards(tx, viewer.id, ids);
      const rating = new Map(graded.map((r) => [r.questionId, (r.isCorrect ? 3 : 1) as RatingValue]));
      const logs: NewReviewLog[] = [];
      const logOf = (studyCardId: string, r: RatingValue, version: number, prev: Schedule & { isLeech: boolean; isSuspended: boolean }) => ({
        userId: viewer.id, studyCardId, rating: r, source: 'quiz', reviewedAt: now, cardVersion: version,
        prevState: prev.state, prevDue: prev.due, prevStability: prev.stability, prevDifficulty: prev.difficulty,
        prevElapsedDays: prev.elapsedDays, prevScheduledDays: prev.scheduledDays, prevLearningSteps: prev.learningSteps,
        prevReps: prev.reps, prevLapses: prev.lapses, prevLastReview: prev.lastReview, prevIsLeech: prev.isLeech,
        prevIsSuspended: prev.isSuspended,
      });
      // Cards the student did not have yet are created already graded, all in one statement.
      const have = new Set(rows.map((row) => row.questionId));
      const fresh = ids.filter((id) => !have.has(id)).map((questionId) => {
        const before = { ...newSchedule(now), isLeech: false, isSuspended: false };
        const r = rating.get(questionId)!;
        const next = nextSchedule(before, r, now, retention);
        const isLeech = next.lapses >= LEECH_LAPSES;
        return { questionId, r, before, data: { userId: viewer.id, articleId: inDeck.get(questionId)!, questionId, ...next, isLeech, isSuspended: isLeech, version: 1 } };
      });
      if (fresh.length) {
        const idOf = await insertQuestionCards(tx, fresh.map((f) => f.data), now);
        if (!idOf) throw new ConcurrentCardCreate();
        for (const f of fresh) logs.push(logOf(idOf.get(f.questionId)!, f.r, 1, f.before));
      }
      const updates: (CardUpdate & { r: RatingValue; before: CardStateRow })[] = [];
      for (const row of rows) {
        const current = toCardState(row);
        if (current.isSuspended || !row.questionId) continue;
        const r = rating.get(row.questionId)!;
        const next = nextSchedule(current, r, now, retention);
        const isLeech = current.isLeech || next.lapses >= LEECH_LAPSES;
        updates.push({ id: current.id, version: current.version, next: { ...next, isLeech, isSuspended: isLeech && !current.isLeech, version: current.version + 1 }, r, before: current });
      }
      // One statement for all of them; a card a study tab graded meanwhile keeps that grade.
      const updated = await updateCardsIfVersion(tx, viewer.id, updates, now);
      for (const u of updates) if (updated.has(u.id)) logs.push(logOf(u.id, u.r, u.next.version, u.before));
      await insertReviewLogs(tx, logs);
    });
  } catch (error) {
    // A study tab created one of these cards at the same instant: grade them one by one instead
    // (the rollback undid the claim; claim again, so the sweep does not grade them twice).
    if (!(error instanceof ConcurrentCardCreate)) throw error;
    if (!(await claimScheduleRecord(db, viewer.id, attemptId, now))) return;
    for (const { questionId, isCorrect } of graded) await gradeCard(viewer, `q:${questionId}`, isCorrect ? 3 : 1, null, 'quiz', now);
  }
}
