// Study mode against a real database (SQLite and PostgreSQL): the FSRS schedule per student,
// undo, one count per grade across tabs, ownership, quiz results feeding the schedule,
// leeches, the Today page's data, and flashcards stored at import.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { parseArticle } from '@/lib/content';
import { recordMissingSchedules, saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { gradeCard, undoLastGrade } from '@/lib/dal/study';
import { getRetention, listDeck } from '@/lib/dal/study-deck';
import { updateCardsIfVersion } from '@/lib/dal/study-sql';
import { getStudySession } from '@/lib/dal/study-session';
import { getTodayOverview, updateStudySettings } from '@/lib/dal/study-today';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { importArticle } from '@/lib/import-content';
import type { RatingValue } from '@/lib/schemas/study';
import { addFlashcards, createQuiz, createViewer, THREE_QUESTIONS, TWO_FLASHCARDS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

async function deck() {
  const quiz = await createQuiz(db, THREE_QUESTIONS);
  const flashcardIds = await addFlashcards(db, quiz.slug, TWO_FLASHCARDS);
  return { ...quiz, flashcardIds };
}

async function stateOf(viewer: Viewer, ref: { flashcardId: string } | { questionId: string }) {
  return db.studyCard.findFirst({ where: { userId: viewer.id, ...ref }, omit: { updatedAt: true } });
}

/** Grades a card as the study page would: with the version it showed, at the time it fell due. */
async function gradeWhenDue(viewer: Viewer, key: string, rating: RatingValue, flashcardId: string) {
  const row = await stateOf(viewer, { flashcardId });
  return gradeCard(viewer, key, rating, row?.version ?? 0, 'study', row ? new Date(Math.max(row.due.getTime(), Date.now())) : new Date());
}

describe('the deck', () => {
  it('asks a true/false question as one: its statement alone would read as a fact to learn', async () => {
    const student = await createViewer(db);
    const { slug } = await deck();
    const { id } = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const entries = await listDeck(student, id);
    expect(entries.find((e) => e.front === 'Water boils at 100 °C at sea level.')?.cue).toBe('True or false?');
    expect(entries.find((e) => e.front === 'Capital of France?')?.cue).toBeNull();
  });
});

describe('grading a card', () => {
  it('stores the schedule per student, logs every grade and moves on to the next card', async () => {
    const student = await createViewer(db);
    const { slug, flashcardIds } = await deck();
    const first = await getStudySession(student, slug);
    expect(first?.counts).toEqual({ new: 5, learning: 0, due: 0 });
    expect(first?.card?.key).toBe(`f:${flashcardIds[0]}`);
    expect(first?.card?.options.map((o) => o.label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    expect(first?.back).toBeNull(); // the answer is read only when the card is turned over

    expect(await gradeCard(student, `f:${flashcardIds[0]}`, 1, 0)).toBe('graded');
    const row = await stateOf(student, { flashcardId: flashcardIds[0] });
    expect(row).toMatchObject({ state: 'learning', reps: 1, version: 1 });
    const logs = await db.reviewLog.findMany({ where: { userId: student.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 1, source: 'study', prevState: 'new', prevReps: 0, cardVersion: 1 });

    const next = await getStudySession(student, slug);
    expect(next?.counts).toEqual({ new: 4, learning: 1, due: 0 });
    expect(next?.card?.key).toBe(`f:${flashcardIds[1]}`);
    const revealed = await getStudySession(student, slug, { pin: `f:${flashcardIds[1]}`, reveal: true, typed: 'mars!' });
    expect(revealed?.back).toMatchObject({ answer: 'Mars', source: { sentence: 'Mars is called the red planet.' }, typed: { verdict: 'exact' } });
  });

  it('gives growing intervals to a card graded Good each time it is due, and Again sends it to relearning', async () => {
    const student = await createViewer(db);
    const { flashcardIds } = await deck();
    const key = `f:${flashcardIds[0]}`;
    const intervals: number[] = [];
    for (let i = 0; i < 7; i++) {
      const before = await stateOf(student, { flashcardId: flashcardIds[0] });
      expect(await gradeWhenDue(student, key, 3, flashcardIds[0])).toBe('graded');
      const after = (await stateOf(student, { flashcardId: flashcardIds[0] }))!;
      intervals.push(after.due.getTime() - after.lastReview!.getTime());
      if (before) expect(after.reps).toBe(before.reps + 1);
    }
    const days = intervals.filter((ms) => ms >= 86_400_000);
    expect(days.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1]);

    expect(await gradeWhenDue(student, key, 1, flashcardIds[0])).toBe('graded');
    const lapsed = (await stateOf(student, { flashcardId: flashcardIds[0] }))!;
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1 });
  });

  it('undo restores exactly the previous state and removes the log row', async () => {
    const student = await createViewer(db);
    const { slug, flashcardIds } = await deck();
    const key = `f:${flashcardIds[0]}`;
    for (const rating of [3, 3, 3] as RatingValue[]) await gradeWhenDue(student, key, rating, flashcardIds[0]);
    const before = await stateOf(student, { flashcardId: flashcardIds[0] });
    const logsBefore = await db.reviewLog.count({ where: { userId: student.id } });
    expect(await gradeWhenDue(student, key, 1, flashcardIds[0])).toBe('graded');
    expect(await stateOf(student, { flashcardId: flashcardIds[0] })).not.toEqual(before);

    expect(await undoLastGrade(student, slug)).toEqual({ outcome: 'undone', cardKey: key });
    expect(await stateOf(student, { flashcardId: flashcardIds[0] })).toEqual(before);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(logsBefore);

    // Undo all the way back: the card is new again, as if never seen.
    for (let i = 0; i < 3; i++) expect((await undoLastGrade(student, slug)).outcome).toBe('undone');
    expect(await stateOf(student, { flashcardId: flashcardIds[0] })).toMatchObject({ state: 'new', reps: 0, version: 0, lastReview: null });
    expect((await getStudySession(student, slug))?.counts.new).toBe(5);
    expect(await undoLastGrade(student, slug)).toEqual({ outcome: 'nothing_to_undo' });
  });
});

describe('two tabs grading the same card', () => {
  it('count once, for a new card and for one already on the schedule', async () => {
    const student = await createViewer(db);
    const { flashcardIds } = await deck();
    const key = `f:${flashcardIds[0]}`;
    const first = await Promise.all(Array.from({ length: 10 }, () => gradeCard(student, key, 3, 0)));
    expect(first.filter((r) => r === 'graded')).toHaveLength(1);
    expect(first.filter((r) => r === 'conflict')).toHaveLength(9);
    const second = await Promise.all(Array.from({ length: 10 }, () => gradeCard(student, key, 3, 1)));
    expect(second.filter((r) => r === 'graded')).toHaveLength(1);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(2);
    expect(await stateOf(student, { flashcardId: flashcardIds[0] })).toMatchObject({ reps: 2, version: 2 });
    // A tab still showing version 1 is refused rather than counted again.
    expect(await gradeCard(student, key, 3, 1)).toBe('conflict');
  });
});

describe('another student', () => {
  it("cannot grade, undo or read someone else's card state, and nothing changes", async () => {
    const owner = await createViewer(db);
    const other = await createViewer(db);
    const { slug, flashcardIds } = await deck();
    await gradeCard(owner, `f:${flashcardIds[0]}`, 3, 0);
    const ownerRow = (await stateOf(owner, { flashcardId: flashcardIds[0] }))!;

    // The owner's schedule id is no card in anyone's deck.
    expect(await gradeCard(other, `f:${ownerRow.id}`, 1, 1)).toBe('not_found');
    expect(await gradeCard(other, `q:${ownerRow.id}`, 1, 1)).toBe('not_found');
    expect(await undoLastGrade(other, slug)).toEqual({ outcome: 'nothing_to_undo' });
    // The other student sees the card as new: the owner's schedule is not theirs.
    const session = await getStudySession(other, slug);
    expect(session?.counts).toEqual({ new: 5, learning: 0, due: 0 });
    expect(session?.canUndo).toBe(false);
    // Grading the same card makes the other student's own schedule.
    expect(await gradeCard(other, `f:${flashcardIds[0]}`, 1, 1)).toBe('conflict');
    expect(await gradeCard(other, `f:${flashcardIds[0]}`, 1, 0)).toBe('graded');

    expect(await stateOf(owner, { flashcardId: flashcardIds[0] })).toEqual(ownerRow);
    expect(await db.reviewLog.count({ where: { userId: owner.id } })).toBe(1);
  });

  it('cannot grade a card that is not in a deck (a retired question)', async () => {
    const student = await createViewer(db);
    const { questionIds } = await deck();
    await db.question.update({ where: { id: questionIds[0] }, data: { status: 'retired' } });
    expect(await gradeCard(student, `q:${questionIds[0]}`, 3, 0)).toBe('not_found');
    expect(await db.studyCard.count({ where: { userId: student.id } })).toBe(0);
  });
});

describe('quiz results feed the schedule', () => {
  it('grades each question Good when right and Again when wrong, once for 20 simultaneous submits', async () => {
    const student = await createViewer(db);
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    await saveAnswer(student, attemptId, questionIds[0], 'Paris');
    await saveAnswer(student, attemptId, questionIds[1], 'false');
    const results = await Promise.all(Array.from({ length: 20 }, () => submitAttempt(student, attemptId)));
    expect(results.filter((r) => r.outcome === 'submitted')).toHaveLength(1);

    const logs = await db.reviewLog.findMany({ where: { userId: student.id }, include: { studyCard: true } });
    expect(logs).toHaveLength(3);
    const ratingOf = Object.fromEntries(logs.map((l) => [l.studyCard.questionId, l.rating]));
    expect(ratingOf).toEqual({ [questionIds[0]]: 3, [questionIds[1]]: 1, [questionIds[2]]: 1 });
    expect(logs.every((l) => l.source === 'quiz')).toBe(true);
    // Quiz grades are not the study page's to undo.
    expect(await undoLastGrade(student, slug)).toEqual({ outcome: 'nothing_to_undo' });
  });

  it('schedules a quiz\u2019s new cards exactly as grading them one by one would, and moves them on at a retake', async () => {
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const quizTaker = await createViewer(db);
    const studier = await createViewer(db);
    const now = new Date('2026-03-02T10:00:00Z');
    const first = (await startPracticeAttempt(quizTaker, slug, now))!;
    await saveAnswer(quizTaker, first, questionIds[0], 'Paris', now);
    await saveAnswer(quizTaker, first, questionIds[1], 'false', now);
    expect(await submitAttempt(quizTaker, first, now)).toMatchObject({ outcome: 'submitted', score: 1 });
    // The same grades given on the study page, card by card, at the same instant.
    for (const [i, rating] of [3, 1, 1].entries()) expect(await gradeCard(studier, `q:${questionIds[i]}`, rating as RatingValue, 0, 'quiz', now)).toBe('graded');
    const schedules = async (viewer: Viewer) =>
      Promise.all(questionIds.map(async (questionId) => {
        const { id: _id, userId: _userId, createdAt: _createdAt, ...rest } = (await stateOf(viewer, { questionId }))!;
        return rest;
      }));
    expect(await schedules(quizTaker)).toEqual(await schedules(studier));
    const logsOf = async (viewer: Viewer) =>
      (await db.reviewLog.findMany({ where: { userId: viewer.id }, orderBy: { rating: 'asc' }, omit: { id: true, userId: true, studyCardId: true } }))
        .sort((a, b) => a.rating - b.rating || a.prevDue.getTime() - b.prevDue.getTime());
    expect(await logsOf(quizTaker)).toEqual(await logsOf(studier));

    // A retake a day later grades the same cards again: version 2, one more log each.
    const later = new Date(now.getTime() + 86_400_000);
    const second = (await startPracticeAttempt(quizTaker, slug, later))!;
    await saveAnswer(quizTaker, second, questionIds[0], 'Paris', later);
    await submitAttempt(quizTaker, second, later);
    const cards = await Promise.all(questionIds.map((questionId) => stateOf(quizTaker, { questionId })));
    expect(cards.map((c) => c!.version)).toEqual([2, 2, 2]);
    expect(cards.map((c) => c!.reps)).toEqual([2, 2, 2]);
    expect(await db.reviewLog.count({ where: { userId: quizTaker.id } })).toBe(6);
    // ...and each exactly as grading it again on the study page would.
    for (const [i, rating] of [3, 1, 1].entries()) expect(await gradeCard(studier, `q:${questionIds[i]}`, rating as RatingValue, 1, 'quiz', later)).toBe('graded');
    expect(await schedules(quizTaker)).toEqual(await schedules(studier));
    expect(await logsOf(quizTaker)).toEqual(await logsOf(studier));
  });
});

describe('quiz grades the server had no time to record in the schedule', () => {
  it('are recorded by the sweep a minute later, exactly once, and not again for an attempt already recorded', async () => {
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const student = await createViewer(db);
    const now = new Date('2026-03-05T10:00:00Z');
    const lost = (await startPracticeAttempt(student, slug, now))!;
    await saveAnswer(student, lost, questionIds[0], 'Paris', now);
    // The reply went out, then the server stopped before its schedule update ran.
    expect(await submitAttempt(student, lost, now, { deferSchedule: () => {} })).toMatchObject({ outcome: 'submitted', score: 1 });
    const cards = () => db.studyCard.findMany({ where: { userId: student.id }, select: { questionId: true, reps: true, version: true } });
    expect(await cards()).toEqual([]);
    // Too early: the submit's own update may still be on its way.
    await recordMissingSchedules(new Date(now.getTime() + 30_000));
    expect(await cards()).toEqual([]);
    const later = new Date(now.getTime() + 90_000);
    expect(await recordMissingSchedules(later)).toBeGreaterThanOrEqual(1);
    expect((await cards()).sort((a, b) => questionIds.indexOf(a.questionId!) - questionIds.indexOf(b.questionId!)))
      .toEqual(questionIds.map((questionId) => ({ questionId, reps: 1, version: 1 })));
    const ratings = await db.reviewLog.findMany({ where: { userId: student.id }, select: { rating: true } });
    expect(ratings.map((r) => r.rating).sort()).toEqual([1, 1, 3]);
    // Once only: later sweeps leave it alone.
    await recordMissingSchedules(new Date(later.getTime() + 90_000));
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(3);

    // A submit whose own update ran is not recorded a second time by the sweep.
    const recorded = (await startPracticeAttempt(student, slug, later))!;
    await submitAttempt(student, recorded, later);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(6);
    await recordMissingSchedules(new Date(later.getTime() + 180_000));
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(6);
  });
});

describe('a quiz grading cards a study tab graded at the same instant', () => {
  it('changes only the cards still at the version it read, and says which', async () => {
    const { questionIds } = await createQuiz(db, THREE_QUESTIONS);
    const student = await createViewer(db);
    const now = new Date('2026-03-04T10:00:00Z');
    for (const questionId of questionIds) expect(await gradeCard(student, `q:${questionId}`, 3, 0, 'study', now)).toBe('graded');
    const [a, b] = await Promise.all(questionIds.slice(0, 2).map((questionId) => stateOf(student, { questionId })));
    // The study tab grades card b again: the quiz's read of b (version 1) is now stale.
    expect(await gradeCard(student, `q:${questionIds[1]}`, 1, 1, 'study', now)).toBe('graded');
    const bGradedByStudy = await stateOf(student, { questionId: questionIds[1] });
    const next = (card: NonNullable<typeof a>) => ({ ...card, state: 'review' as const, reps: card.reps + 1, isLeech: false, isSuspended: false, version: card.version + 1 });
    const changed = await updateCardsIfVersion(db, student.id, [{ id: a!.id, version: 1, next: next(a!) }, { id: b!.id, version: 1, next: next(b!) }], now);
    expect([...changed]).toEqual([a!.id]);
    expect(await stateOf(student, { questionId: questionIds[0] })).toMatchObject({ version: 2, state: 'review', reps: a!.reps + 1 });
    // b keeps the study tab's grade, not the quiz's.
    expect(await stateOf(student, { questionId: questionIds[1] })).toEqual(bGradedByStudy);
  });
});

describe('leeches', () => {
  it('flags and suspends a card after its 8th lapse and lists it on Today', async () => {
    const student = await createViewer(db);
    const { slug, flashcardIds } = await deck();
    const key = `f:${flashcardIds[0]}`;
    for (let i = 0; i < 100; i++) {
      const row = await stateOf(student, { flashcardId: flashcardIds[0] });
      if (row?.isSuspended) break;
      // Lapse whenever the card has graduated to review; otherwise get it back there.
      expect(await gradeWhenDue(student, key, row?.state === 'review' ? 1 : 3, flashcardIds[0])).toBe('graded');
    }
    const leech = (await stateOf(student, { flashcardId: flashcardIds[0] }))!;
    expect(leech).toMatchObject({ lapses: 8, isLeech: true, isSuspended: true });
    expect(await gradeCard(student, key, 3, leech.version)).toBe('suspended');
    const session = await getStudySession(student, slug, {}, new Date(leech.due.getTime() + 86_400_000 * 365));
    expect(session?.card?.key).not.toBe(key);
    expect(session?.counts.new).toBe(4);
    const today = await getTodayOverview(student);
    expect(today.leeches.map((l) => l.front)).toEqual(['Largest planet']);
  });
});

describe('the Today page and settings', () => {
  it('counts due and new cards per article, reviews today and the streak', async () => {
    const student = await createViewer(db);
    const { slug, flashcardIds } = await deck();
    await gradeCard(student, `f:${flashcardIds[0]}`, 1, 0);
    const later = new Date(Date.now() + 5 * 60_000); // after the one-minute learning step
    const today = await getTodayOverview(student, later);
    const mine = today.articles.find((a) => a.slug === slug);
    expect(mine).toMatchObject({ due: 1, new: 4 });
    expect(today.reviewsToday).toBe(1);
    expect(today.streak).toBe(1);
    expect(today.heatmap.flat().reduce((n, d) => n + d.count, 0)).toBe(1);
    expect(today.retention).toBe(0.9);
  });

  it('keeps each student\u2019s desired retention', async () => {
    const student = await createViewer(db);
    const other = await createViewer(db);
    await updateStudySettings(student, 0.85);
    expect(await getRetention(student)).toBe(0.85);
    expect(await getRetention(other)).toBe(0.9);
  });
});

describe('importing flashcards', () => {
  it('stores the generator\u2019s flashcards content-addressed, keeps them on re-import and retires dropped ones', async () => {
    const raw = await readFile('content/articles/putin-offers-mediation-south-caucasus.md', 'utf8');
    const article = parseArticle(raw, 'seed-flashcards.md');
    await importArticle(db, article);
    const cards = await db.flashcard.findMany({ where: { article: { slug: article.slug } }, include: { article: true }, orderBy: { id: 'asc' } });
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.article.body.slice(c.sourceStart!, c.sourceEnd!)).toBe(c.sourceSentence);

    expect((await importArticle(db, article)).outcome).toBe('unchanged');
    const again = await db.flashcard.findMany({ where: { article: { slug: article.slug } }, select: { id: true }, orderBy: { id: 'asc' } });
    expect(again.map((c) => c.id)).toEqual(cards.map((c) => c.id));

    // New text in front shifts every source offset: new cards, old drafts retired.
    const [, front, body] = raw.split(/^---$/m);
    const changed = parseArticle(`---${front}---\nA new first paragraph.\n${body}`, 'seed-flashcards.md');
    await importArticle(db, changed);
    const old = await db.flashcard.findMany({ where: { id: { in: cards.map((c) => c.id) } }, select: { status: true } });
    expect(old.every((c) => c.status === 'retired')).toBe(true);
    expect(await db.flashcard.count({ where: { article: { slug: article.slug }, status: 'draft' } })).toBeGreaterThan(0);
  });
});
