// Which assignments a teacher's question edit reaches, and carrying it there.
//
// An edit makes a new Question row and retires the old one (review.ts applyEdit); an assignment
// asks the questions of its quiz (QuizQuestion: quizId, questionId, position), and attempts and
// their answers point at those rows. Before this module every assignment kept the retired wording,
// even one no student had started. Now, in the edit's own transaction:
//
// - Whose assignments: those of classes the editor teaches (Class.teacherId). The question bank is
//   shared by the school's teachers, but classes and assignments are each teacher's own (a teacher
//   sees and changes only their own classes), so a colleague's edit never changes what another
//   teacher's students will be asked; their assignments keep the wording they were given.
// - Started: an assignment with any attempt (running or submitted, by anyone) keeps the wording its
//   students saw. One with none gets the new version in the old one's place (same position).
// - The quiz itself: createAssignment makes one quiz per assignment, which changes in place. A quiz
//   that is a practice quiz, has attempts, or is shared with an assignment that must keep the old
//   wording is never changed: the assignment gets a copy of it instead (copy-on-write).
//
// The race with a student starting the assignment at the same moment. An attempt reads its quiz's
// questions when its pages load (quiz-sql.ts), and an answer is saved only for a question its quiz
// has (readAttemptForSave). So the quiz must not change once an attempt exists on it, and no attempt
// may appear on it halfway through a change; then an attempt sees one version, and its answers
// point only at questions of its quiz.
// - PostgreSQL (READ COMMITTED): the edit locks the rows of the teacher's assignments that ask the
//   question (FOR NO KEY UPDATE, in id order) and only then looks for their attempts;
//   startAssignmentAttempt takes FOR SHARE on its assignment's row before it reads the assignment
//   and inserts its attempt. Those two locks conflict, so one transaction waits for the other:
//   * the start first: the edit's look for attempts is a statement run after its lock was granted,
//     so it sees the committed attempt; the assignment counts as started and keeps its wording;
//   * the edit first: the start reads the assignment (its quiz, question count) after the edit
//     committed, and the attempt's pages read the new version only.
//   The insert's own foreign-key check takes only FOR KEY SHARE, which FOR NO KEY UPDATE does not
//   wait for: the start's explicit FOR SHARE is what makes them take turns. (Row locks, as
//   lockArticle and the mark overrides use, rather than serializable retries.) The lock order is
//   article, questions, practice quiz, then assignments; a start takes its advisory lock and then
//   the assignment, and never the others, so the two cannot deadlock.
// - SQLite runs one write transaction at a time (lib/sqlite-turns.ts): they never interleave.
// Each write is also conditional on there being no attempt (NOT EXISTS). On PostgreSQL that alone
// would not do — an attempt not yet committed is invisible to it, which is why the locks are
// there — but it states the rule where the write happens, and any new path that starts attempts
// must take the same FOR SHARE lock.
import 'server-only';
import { isPostgres, type Db } from '@/lib/db';
import type { EditReach } from '@/lib/edit-reach-text';
import { empty, join, sqltag as sql } from '@prisma/client/runtime/client';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type { EditReach };

/** Teachers: what an edit of `questionId` would reach now (the edit page says so before saving). */
export async function previewEditReach(db: Pick<Db, 'assignment'>, teacherId: string, questionId: string): Promise<EditReach> {
  const asking = await db.assignment.findMany({
    where: { quiz: { questions: { some: { questionId } } } },
    select: { class: { select: { teacherId: true } }, _count: { select: { attempts: true } } },
  });
  const reach: EditReach = { unstarted: 0, started: 0, others: 0 };
  for (const a of asking) {
    if (a.class.teacherId !== teacherId) reach.others += 1;
    else if (a._count.attempts > 0) reach.started += 1;
    else reach.unstarted += 1;
  }
  return reach;
}

/**
 * Inside the edit's transaction, after the new version `newId` was created: puts it in place of
 * `oldId` in every assignment of `teacherId`'s classes that no student has started (see above).
 * Returns what it did: `unstarted` is how many assignments got the edit.
 */
export async function carryEditToUnstartedAssignments(tx: Tx, teacherId: string, oldId: string, newId: string): Promise<EditReach> {
  const lock = isPostgres() ? sql`FOR NO KEY UPDATE` : empty;
  const mine = await tx.$queryRaw<{ id: string; quizId: string }[]>`
    SELECT s."id", s."quizId" FROM "Assignment" s
    WHERE s."classId" IN (SELECT c."id" FROM "Class" c WHERE c."teacherId" = ${teacherId})
      AND s."quizId" IN (SELECT qq."quizId" FROM "QuizQuestion" qq WHERE qq."questionId" = ${oldId})
    ORDER BY s."id" ${lock}`;
  const others = await tx.assignment.count({
    where: { quiz: { questions: { some: { questionId: oldId } } }, class: { teacherId: { not: teacherId } } },
  });
  if (mine.length === 0) return { unstarted: 0, started: 0, others };

  // After the lock: a start that got its lock first has committed, and its attempt is seen here.
  const startedRows = await tx.$queryRaw<{ assignmentId: string }[]>`
    SELECT DISTINCT "assignmentId" FROM "Attempt" WHERE "assignmentId" IN (${join(mine.map((a) => a.id))})`;
  const started = new Set(startedRows.map((r) => r.assignmentId));
  const unstarted = mine.filter((a) => !started.has(a.id));

  let reached = 0;
  const byQuiz = new Map<string, { id: string }[]>();
  for (const a of unstarted) {
    const list = byQuiz.get(a.quizId);
    if (list) list.push(a);
    else byQuiz.set(a.quizId, [a]);
  }
  for (const [quizId, assignments] of byQuiz) {
    if (await canChangeInPlace(tx, quizId, new Set(assignments.map((a) => a.id)))) {
      // Conditional: never a quiz with an attempt on it (see above).
      const changed = await tx.quizQuestion.updateMany({
        where: { quizId, questionId: oldId, quiz: { attempts: { none: {} } } },
        data: { questionId: newId },
      });
      if (changed.count > 0) reached += assignments.length;
      continue;
    }
    for (const a of assignments) if (await repointToCopy(tx, teacherId, a.id, quizId, { oldId, newId })) reached += 1;
  }
  return { unstarted: reached, started: mine.length - reached, others };
}

/**
 * A quiz may change in place when it is an assignment's own quiz (not practice), nobody has an
 * attempt on it, and every assignment that uses it is one of `getting` (all get the edit).
 */
async function canChangeInPlace(tx: Tx, quizId: string, getting: Set<string>): Promise<boolean> {
  const quiz = await tx.quiz.findUnique({
    where: { id: quizId },
    select: { kind: true, _count: { select: { attempts: true } }, assignments: { select: { id: true } } },
  });
  return !!quiz && quiz.kind === 'assigned' && quiz._count.attempts === 0 && quiz.assignments.every((a) => getting.has(a.id));
}

/** Copy-on-write: gives one assignment its own copy of its quiz with the new version in place. */
async function repointToCopy(tx: Tx, teacherId: string, assignmentId: string, quizId: string, { oldId, newId }: { oldId: string; newId: string }): Promise<boolean> {
  const quiz = await tx.quiz.findUniqueOrThrow({
    where: { id: quizId },
    select: { articleId: true, title: true, questions: { orderBy: { position: 'asc' }, select: { questionId: true, position: true } } },
  });
  const copy = await tx.quiz.create({
    data: {
      articleId: quiz.articleId, title: quiz.title, kind: 'assigned', isCurrent: false, ownerId: teacherId,
      questions: { create: quiz.questions.map((q) => ({ questionId: q.questionId === oldId ? newId : q.questionId, position: q.position })) },
    },
    select: { id: true },
  });
  // Conditional, as above: an assignment with an attempt keeps its quiz.
  const moved = await tx.assignment.updateMany({ where: { id: assignmentId, quizId, attempts: { none: {} } }, data: { quizId: copy.id } });
  if (moved.count > 0) return true;
  await tx.quiz.delete({ where: { id: copy.id } });
  return false;
}
