// The "mark changed" count where it was missing, against a real database (SQLite and PostgreSQL):
// the student's Assignments list (told under every review setting, as My scores and the results
// tell it) and the two CSV exports (a column after the old ones, injection-safe as the rest).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { listMyAssignments, startAssignmentAttempt } from '@/lib/dal/assignments';
import { attemptsCsvRows, getAssignmentReport, getGradebook, gradebookCsvRows } from '@/lib/dal/gradebook';
import { markAnswer, markSameAnswers } from '@/lib/dal/response-overrides';
import { getAttemptReview, listMyScores } from '@/lib/dal/results';
import { toCsv } from '@/lib/csv';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createClassroom } from '../factories';
import { minutes } from './assignment-inputs';
import { assign, take, FRANCE, HAMLET, WATER } from './answer-marks-support';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

type Taken = Awaited<ReturnType<typeof take>>;
const mark = (teacher: Viewer, t: Taken, prompt: string, isCorrect: boolean, at: Date) =>
  markAnswer(teacher, { attemptId: t.attemptId, questionId: t.ids[prompt], isCorrect }, at);
const myCard = async (student: Viewer, assignmentId: string, at: Date) =>
  (await listMyAssignments(student, at)).find((a) => a.id === assignmentId)!;

describe('the student’s Assignments list', () => {
  it('counts the changed marks over their submitted attempts, as their gradebook cell does, and none once marked back', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room, { attemptsAllowed: 3 });
    const first = await take(ada, id, minutes(1), { [FRANCE]: 'Rome', [HAMLET]: 'Marlowe' });
    const second = await take(ada, id, minutes(2), { [WATER]: 'false' });
    await take(ben, id, minutes(3), { [HAMLET]: 'Bacon' });
    expect(await myCard(ada, id, minutes(4))).toMatchObject({ grade: 0, changedMarks: 0 });

    expect(await mark(room.teacher, first, HAMLET, true, minutes(4))).toMatchObject({ result: 'ok', changed: 1 });
    expect(await mark(room.teacher, first, FRANCE, true, minutes(4))).toMatchObject({ result: 'ok', changed: 1 });
    expect(await mark(room.teacher, second, WATER, true, minutes(4))).toMatchObject({ result: 'ok', changed: 1 });
    // A third attempt in progress has nothing to count (and cannot be marked).
    expect(await startAssignmentAttempt(ada, id, minutes(5))).toMatchObject({ outcome: 'ok' });

    const card = await myCard(ada, id, minutes(6));
    expect(card).toMatchObject({ grade: 67, changedMarks: 3, status: 'in_progress' });
    const cell = (await getGradebook(room.teacher, room.classId, minutes(6)))!.students.find((s) => s.id === ada.id)!.cells[0];
    expect(card.changedMarks).toBe(cell.changedMarks);
    // Ben's card is his own: nothing of Ada's.
    expect(await myCard(ben, id, minutes(6))).toMatchObject({ grade: 0, changedMarks: 0 });

    // Marked back: the automatic grades again, and no count.
    await mark(room.teacher, first, HAMLET, false, minutes(7));
    expect((await myCard(ada, id, minutes(7))).changedMarks).toBe(2);
    await mark(room.teacher, first, FRANCE, false, minutes(7));
    await mark(room.teacher, second, WATER, false, minutes(7));
    expect(await myCard(ada, id, minutes(8))).toMatchObject({ grade: 0, changedMarks: 0 });
  });

  it.each(['immediately', 'after_due', 'never'] as const)(
    'tells the count under review "%s" as My scores and the results do, and nothing that names an answer',
    async (reviewPolicy) => {
      const room = await createClassroom(db, 2);
      const [ada, ben] = room.students;
      const id = await assign(room, { reviewPolicy });
      const a = await take(ada, id, minutes(1), { [HAMLET]: 'Shakespear' });
      await take(ben, id, minutes(2), { [HAMLET]: 'shakespear!' });
      // The bulk mark reaches both students.
      expect(await markSameAnswers(room.teacher, { attemptId: a.attemptId, questionId: a.ids[HAMLET], isCorrect: true }, minutes(3))).toMatchObject({
        result: 'ok', changed: 2, students: 2,
      });
      // Before the due time (answers held back under "after the due time" and "never").
      const at = minutes(4);
      const review = (await getAttemptReview(ada, a.attemptId, at))!;
      expect(review.withheld === null).toBe(reviewPolicy === 'immediately');
      const [scoreRow] = (await listMyScores(ada)).attempts;
      const card = await myCard(ada, id, at);
      expect([card.changedMarks, scoreRow.changedMarks, review.teacherMarks]).toEqual([1, 1, 1]);
      expect(card.grade).toBe(33);
      // The card carries counts and settings, never a question, an answer or a key.
      expect(JSON.stringify(card)).not.toMatch(/Shakespear|Hamlet/i);
      // After the due time too.
      expect((await myCard(ada, id, minutes(200))).changedMarks).toBe(1);
    },
  );
});

describe('CSV exports', () => {
  it('add "Marks changed" per attempt after every old column, blank while in progress', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    const id = await assign(room, { attemptsAllowed: 2 });
    const first = await take(ada, id, minutes(1), { [FRANCE]: 'Rome', [HAMLET]: 'Marlowe' });
    await take(ben, id, minutes(2), { [FRANCE]: 'Paris' });
    await take(ada, id, minutes(3), { [FRANCE]: 'Paris' }, false);
    await mark(room.teacher, first, HAMLET, true, minutes(4));
    await mark(room.teacher, first, FRANCE, true, minutes(4));

    const rows = attemptsCsvRows((await getAssignmentReport(room.teacher, id, minutes(5)))!);
    expect(rows[0]).toEqual([
      'Student', 'Email', 'Attempt', 'Status', 'Started (UTC)', 'Submitted (UTC)', 'Score', 'Out of', 'Percent', 'Late', 'Closed at time limit', 'Marks changed',
    ]);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[6], r[8], r[11]])).toEqual([
      [ada.email, 1, 'submitted', 2, 67, 2],
      [ben.email, 1, 'submitted', 1, 33, 0],
      [ada.email, 2, 'in progress', null, null, null],
    ]);
    expect(rows.every((r) => r.length === 12)).toBe(true);
  });

  it('add one "(marks changed)" column per assignment after all the grades, blank without a grade, titles neutralized', async () => {
    const room = await createClassroom(db, 2);
    const [ada, ben] = room.students;
    // A title that a spreadsheet would run as a formula.
    const first = await assign(room, { title: '=HYPERLINK("http://x.test","Quiz")' });
    const second = await assign(room, { title: 'Quiz 2', dueAt: '2032-05-03T12:00' });
    const a = await take(ada, first, minutes(1), { [HAMLET]: 'Marlowe' });
    await take(ben, first, minutes(2), { [HAMLET]: 'Bacon' });
    await take(ada, second, minutes(3), { [FRANCE]: 'Paris' });
    await mark(room.teacher, a, HAMLET, true, minutes(4));

    const book = (await getGradebook(room.teacher, room.classId, minutes(5)))!;
    const rows = gradebookCsvRows(book);
    expect(rows[0]).toEqual([
      'Student', 'Email', '=HYPERLINK("http://x.test","Quiz") (%)', 'Quiz 2 (%)', '=HYPERLINK("http://x.test","Quiz") (marks changed)', 'Quiz 2 (marks changed)',
    ]);
    const byEmail = new Map(rows.slice(1).map((r) => [r[1], r.slice(2)]));
    expect(byEmail.get(ada.email)).toEqual([33, 33, 1, 0]);
    // Ben has no grade for Quiz 2: blank, not 0.
    expect(byEmail.get(ben.email)).toEqual([0, null, 0, null]);

    const [header] = toCsv(rows).split('\r\n');
    expect(header).toBe(
      'Student,Email,"\'=HYPERLINK(""http://x.test"",""Quiz"") (%)",Quiz 2 (%),"\'=HYPERLINK(""http://x.test"",""Quiz"") (marks changed)",Quiz 2 (marks changed)',
    );
  });
});
