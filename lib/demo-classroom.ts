// The embedded demo's classroom: the demo teacher's class with both demo students in it and one
// assignment on the Apollo 11 article, so Assignments, the gradebook and the question statistics
// have something to show on a fresh install. Seeded once, with the demo accounts.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { createAssignment } from '@/lib/dal/assignments';
import { createClass, joinClass } from '@/lib/dal/classes';
import type { Db } from '@/lib/db';

export const DEMO_CLASS_NAME = 'Demo class 8A';
const DEMO_ARTICLE = 'apollo-11-moon-landing';
const DEMO_QUESTIONS = 8;

async function viewerByEmail(db: Db, email: string): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, role: true } });
  if (!user) return null;
  return { ...user, role: user.role === 'admin' || user.role === 'teacher' ? user.role : 'student' };
}

/** Returns whether it created the classroom (false when it exists or the pieces are missing). */
export async function seedDemoClassroom(db: Db, now = new Date()): Promise<boolean> {
  const [teacher, ada, ben] = await Promise.all(['teacher@gleaner.test', 'ada@gleaner.test', 'ben@gleaner.test'].map((e) => viewerByEmail(db, e)));
  const article = await db.article.findUnique({ where: { slug: DEMO_ARTICLE }, select: { id: true } });
  if (!teacher || !ada || !ben || !article) return false;
  if (await db.class.count({ where: { teacherId: teacher.id, name: DEMO_CLASS_NAME } })) return false;

  const created = await createClass(teacher, DEMO_CLASS_NAME);
  if (created.result !== 'ok') return false;
  await joinClass(ada, created.joinCode);
  await joinClass(ben, created.joinCode);
  // The teacher's review, done for the demo: the generator's best questions approved.
  const best = await db.question.findMany({
    where: { articleId: article.id, status: 'draft' },
    orderBy: [{ rank: 'asc' }, { id: 'asc' }],
    take: DEMO_QUESTIONS,
    select: { id: true },
  });
  await db.question.updateMany({ where: { id: { in: best.map((q) => q.id) } }, data: { status: 'approved' } });
  const due = new Date(now.getTime() + 14 * 24 * 3600_000);
  const assigned = await createAssignment(
    teacher,
    {
      classId: created.id, articleSlug: DEMO_ARTICLE, title: 'Apollo 11: check your reading', openAt: '',
      dueAt: due.toISOString().slice(0, 16), tzOffset: 0, attemptsAllowed: 2, gradingMethod: 'highest', timeLimitMinutes: 15,
      shuffleQuestions: true, shuffleChoices: true, reviewPolicy: 'after_due', latePolicy: 'mark_late',
      questionMode: 'best', bestCount: DEMO_QUESTIONS, questionIds: [],
    },
    now,
  );
  return assigned.result === 'ok';
}
