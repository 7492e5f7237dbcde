// Seeds and checks what `npm run bench` needs, through the app's own Prisma client (SQLite or
// PostgreSQL from DATABASE_URL). Run with `tsx --conditions=react-server`:
//   seed <slug> <students> <attemptsPerStudent> [empty|answered]  -> JSON on stdout: cookies, attempts, questions
//   verify <file>                                -> JSON: how many acknowledged writes are stored
// Students get real database sessions; each cookie is signed the way better-auth signs it
// (HMAC-SHA256 of the token with BETTER_AUTH_SECRET), so no sign-in (argon2, rate limit) is
// needed per student. The benchmark checks one cookie against the server before using them.
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { disconnectDb, getDb } from '../lib/db';
import { parseChoices } from '../lib/dal/question-fields';
import { choiceValue } from '../lib/grading';

interface Acknowledged {
  saves: { attemptId: string; questionId: string; answer: string }[];
  submits: string[];
}

function signedCookie(token: string, secret: string): string {
  const signature = createHmac('sha256', secret).update(token).digest('base64');
  return `better-auth.session_token=${encodeURIComponent(`${token}.${signature}`)}`;
}

async function seed(slug: string, studentCount: number, attemptsPerStudent: number, answered: boolean): Promise<void> {
  const secret = process.env.BETTER_AUTH_SECRET;
  if (!secret) throw new Error('BETTER_AUTH_SECRET is needed to sign session cookies');
  const db = await getDb();
  const quiz = await db.quiz.findFirst({
    where: { kind: 'practice', isCurrent: true, article: { slug } },
    select: {
      id: true,
      questions: { orderBy: { position: 'asc' }, select: { question: { select: { id: true, type: true, choicesJson: true } } } },
    },
  });
  if (!quiz) throw new Error(`no practice quiz for ${slug}`);
  const questions = quiz.questions.map(({ question: q }) => {
    const choices = parseChoices(q.choicesJson);
    // A valid answer for every question, so each save is a real write (not `invalid_choice`).
    return { id: q.id, answer: q.type === 'short_answer' || choices.length === 0 ? 'bench answer' : choiceValue(q.type, choices[0]) };
  });
  const run = randomBytes(4).toString('hex');
  const now = new Date();
  const students: { id: string; cookie: string; attempts: string[] }[] = [];
  for (let i = 0; i < studentCount; i++) {
    const userId = `bench${run}u${i}`;
    const token = randomBytes(24).toString('base64url').slice(0, 32);
    await db.user.create({ data: { id: userId, name: `Bench student ${i}`, email: `bench-${run}-${i}@gleaner.test`, role: 'student' } });
    await db.session.create({
      data: { id: `bench${run}s${i}`, token, userId, expiresAt: new Date(now.getTime() + 7 * 86_400_000), userAgent: 'gleaner-bench' },
    });
    const rows = Array.from({ length: attemptsPerStudent }, () => ({ userId, quizId: quiz.id, total: questions.length, startedAt: now }));
    const attempts: string[] = [];
    for (let start = 0; start < rows.length; start += 500) {
      const created = await db.attempt.createManyAndReturn({ data: rows.slice(start, start + 500), select: { id: true } });
      attempts.push(...created.map((a) => a.id));
      if (answered) {
        // Every question answered, so a submit grades a full 11-row submission.
        const responses = created.flatMap((a) => questions.map((q) => ({ attemptId: a.id, questionId: q.id, answer: q.answer, answeredAt: now })));
        await db.response.createMany({ data: responses });
      }
    }
    students.push({ id: userId, cookie: signedCookie(token, secret), attempts });
  }
  process.stdout.write(`${JSON.stringify({ quizId: quiz.id, questions, students })}\n`);
}

async function verify(file: string): Promise<void> {
  const acknowledged = JSON.parse(readFileSync(file, 'utf8')) as Acknowledged;
  const db = await getDb();
  let savesStored = 0;
  const byAttempt = new Map<string, Map<string, string>>();
  for (const s of acknowledged.saves) {
    const m = byAttempt.get(s.attemptId) ?? new Map<string, string>();
    m.set(s.questionId, s.answer);
    byAttempt.set(s.attemptId, m);
  }
  const attemptIds = [...byAttempt.keys()];
  for (let start = 0; start < attemptIds.length; start += 500) {
    const rows = await db.response.findMany({
      where: { attemptId: { in: attemptIds.slice(start, start + 500) } },
      select: { attemptId: true, questionId: true, answer: true },
    });
    for (const r of rows) if (byAttempt.get(r.attemptId)?.get(r.questionId) === r.answer) savesStored++;
  }
  let submitsStored = 0;
  const submitted = [...new Set(acknowledged.submits)];
  for (let start = 0; start < submitted.length; start += 500) {
    submitsStored += await db.attempt.count({ where: { id: { in: submitted.slice(start, start + 500) }, status: 'submitted' } });
  }
  const savesAcknowledged = [...byAttempt.values()].reduce((n, m) => n + m.size, 0);
  process.stdout.write(`${JSON.stringify({ savesAcknowledged, savesStored, submitsAcknowledged: submitted.length, submitsStored })}\n`);
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'seed') await seed(args[0], Number(args[1]), Number(args[2]), args[3] === 'answered');
  else if (command === 'verify') await verify(args[0]);
  else throw new Error('usage: seed <slug> <students> <attemptsPerStudent> [empty|answered] | verify <file>');
  await disconnectDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
