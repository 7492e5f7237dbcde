// What the student QA tour found, against a real database (SQLite and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClass, joinClass } from '@/lib/dal/classes';
import { gradeCard } from '@/lib/dal/study';
import { getStudySession } from '@/lib/dal/study-session';
import { getTodayOverview } from '@/lib/dal/study-today';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { addFlashcards, createQuiz, createViewer, THREE_QUESTIONS, TWO_FLASHCARDS } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

describe('Today', () => {
  it('keeps a deck finished for the day, with when its next card is due', async () => {
    const student = await createViewer(db);
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    await addFlashcards(db, slug, TWO_FLASHCARDS);
    const now = new Date('2026-12-04T10:00:00Z');
    const before = (await getTodayOverview(student, now)).articles.find((a) => a.slug === slug);
    expect(before).toMatchObject({ due: 0, new: 5, isStarted: false, nextDue: null, isDoneToday: false });

    // Every card graded Easy: nothing is due or new today any more.
    for (let i = 0; i < 5; i++) {
      const session = await getStudySession(student, slug, {}, now);
      expect(await gradeCard(student, session!.card!.key, 4, session!.card!.version, 'study', now)).toBe('graded');
    }
    const after = (await getTodayOverview(student, now)).articles.find((a) => a.slug === slug);
    expect(after).toMatchObject({ due: 0, new: 0, isStarted: true, isDoneToday: true });
    const dues = await db.studyCard.findMany({ where: { userId: student.id, article: { slug } }, select: { due: true } });
    expect(after?.nextDue).toEqual(new Date(Math.min(...dues.map((d) => d.due.getTime()))));
    expect(after!.nextDue!.getTime()).toBeGreaterThan(now.getTime());

    // Once it comes due, it is due again (and not "done").
    const later = (await getTodayOverview(student, new Date(after!.nextDue!.getTime() + 1000))).articles.find((a) => a.slug === slug);
    expect(later).toMatchObject({ isStarted: true, nextDue: null, isDoneToday: false });
    expect(later!.due).toBeGreaterThan(0);
  });

  it('a card due again later today makes the deck "done for now", not for today', async () => {
    const student = await createViewer(db);
    const { slug } = await createQuiz(db, THREE_QUESTIONS.slice(0, 1));
    const now = new Date('2026-12-04T10:00:00Z');
    const session = await getStudySession(student, slug, {}, now);
    await gradeCard(student, session!.card!.key, 1, session!.card!.version, 'study', now);
    const entry = (await getTodayOverview(student, now)).articles.find((a) => a.slug === slug);
    expect(entry).toMatchObject({ due: 0, new: 0, isStarted: true, isDoneToday: false });
    expect(entry!.nextDue!.toISOString().slice(0, 10)).toBe('2026-12-04');
  });
});

describe('joining a class', () => {
  it('says when the student was in the class already', async () => {
    const teacher = await createViewer(db, 'teacher');
    const created = await createClass(teacher, 'Year 10 Chemistry');
    if (created.result !== 'ok') throw new Error('class not created');
    const student = await createViewer(db);
    expect(await joinClass(student, created.joinCode)).toEqual({ result: 'ok', classId: created.id, name: 'Year 10 Chemistry', wasMember: false });
    expect(await joinClass(student, created.joinCode)).toEqual({ result: 'ok', classId: created.id, name: 'Year 10 Chemistry', wasMember: true });
    expect(await db.enrollment.count({ where: { classId: created.id } })).toBe(1);
  });
});
