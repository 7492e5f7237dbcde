// `npm run bench:deck-filter`: the assignment filter of study decks and practice (DESIGN.md's one
// rule for answers) and the teacher's answer-hold check, at scale. Not part of `npm test`.
// Builds a migrated SQLite file under data/bench/ (and, given BENCH_PG_URL of a local server, a
// database `gleaner_deck_filter` on it, dropped and made again) holding DECK_BENCH_QUIZZES quizzes
// (default 2,000) of 250 questions each, i.e. 500,000 QuizQuestion rows: four quizzes per article
// (the current and an older practice quiz, two assigned ones), a thousand assignments of other
// classes, and one student in a class with open and closed assignments. Then times the app's own
// functions (medians of DECK_BENCH_RUNS, default 7, after one warm-up run):
//   study page (getStudySession), Today page (getTodayOverview), practice pause (practicePausedFor),
//   a submit's deck check (readDeckQuestions), the assign form's answer holds (listAnswerHolds,
//   listAnswerHoldsForAssignment), and deleting an unused article (deleteUnusedArticle: the
//   Restrict check of each question against QuizQuestion).
// Run with `tsx --conditions=react-server`; the parent process runs one child per database
// (lib/db keeps one client and one dialect per process).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import pg from 'pg';
import type { Viewer } from '../lib/auth';
import { listAnswerHolds, listAnswerHoldsForAssignment } from '../lib/dal/answer-holds';
import { deleteUnusedArticle } from '../lib/dal/article-manage';
import { practicePausedFor } from '../lib/dal/attempts';
import { getStudySession } from '../lib/dal/study-session';
import { getTodayOverview } from '../lib/dal/study-today';
import { readDeckQuestions } from '../lib/dal/visibility-sql';
import { disconnectDb, getDb, type Db } from '../lib/db';

const ROOT = path.resolve(import.meta.dirname, '..');
const QUIZZES = Number(process.env.DECK_BENCH_QUIZZES ?? 2000);
const RUNS = Number(process.env.DECK_BENCH_RUNS ?? 7);
const QUESTIONS_PER_QUIZ = 250;
const QUIZZES_PER_ARTICLE = 4;
const ARTICLES = Math.ceil(QUIZZES / QUIZZES_PER_ARTICLE);
// Article 10 is the one studied; 0–5 carry the student's class's assignments.
if (ARTICLES < 11) throw new Error('DECK_BENCH_QUIZZES must be at least 44 (11 articles)');
const OTHER_CLASSES = 20;
const PG_DATABASE = 'gleaner_deck_filter';
// DECK_BENCH_SKIP=today,delete leaves timings out (keys: study, today, pauseHeld, pauseOpen, submit,
// holds, holdsEdit, delete): before migration 0011's indexes the Today page took 6.4 s on SQLite at
// 12,750 rows and grows with rows × questions, far too long to wait for at full size.
const SKIP = new Set((process.env.DECK_BENCH_SKIP ?? '').split(',').filter(Boolean));
const log = (...args: unknown[]) => console.error('▶', ...args);

const student: Viewer = { id: 'deck-student', name: 'Deck student', email: 'deck-student@gleaner.test', role: 'student' };
const teacher: Viewer = { id: 'deck-teacher', name: 'Deck teacher', email: 'deck-teacher@gleaner.test', role: 'teacher' };
const slugOf = (a: number) => `deck-bench-${a}`;
const isSqlite = () => process.env.DATABASE_URL!.startsWith('file:');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Articles `${prefix}0..count-1` (slugs `${slug}-N`), each with 250 questions (own lineage) and `quizzes` quizzes of all of them. */
async function insertArticles(db: Db, prefix: string, slug: string, count: number, quizzes: number, now: Date, draftsOnly = false): Promise<void> {
  // Plain SQL that both databases read alike: recursive counters instead of generate_series, and
  // `k.i <> 1` as a boolean (0/1 in SQLite). Dates go in as parameters so the adapter writes them.
  const counter = (name: string, n: number) => `${name}(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM ${name} WHERE i < ${n - 1})`;
  // PostgreSQL types a parameter in a SELECT list as text: a date needs its cast there.
  const at = isSqlite() ? sql`${now}` : sql`CAST(${now} AS TIMESTAMP(3))`;
  const a = raw(`WITH RECURSIVE ${counter('a', count)}`);
  const aj = raw(`WITH RECURSIVE ${counter('a', count)}, ${counter('j', QUESTIONS_PER_QUIZ)}`);
  const ak = raw(`WITH RECURSIVE ${counter('a', count)}, ${counter('k', quizzes)}`);
  const ajk = raw(`WITH RECURSIVE ${counter('a', count)}, ${counter('j', QUESTIONS_PER_QUIZ)}, ${counter('k', quizzes)}`);
  await db.$executeRaw(sql`
    INSERT INTO "Article" ("id", "slug", "title", "source", "license", "body", "wordCount", "contentHash", "generatorVersion", "updatedAt")
    ${a} SELECT ${prefix} || CAST(a.i AS TEXT), ${slug + '-'} || CAST(a.i AS TEXT), 'Bench article', 'bench', 'CC0', 'Body.', 1, 'hash', 'bench', ${at} FROM a`);
  await db.$executeRaw(sql`
    INSERT INTO "Question" ("id", "articleId", "status", "type", "kind", "prompt", "answer", "rank", "lineageId", "updatedAt")
    ${aj} SELECT ${prefix} || CAST(a.i AS TEXT) || 'q' || CAST(j.i AS TEXT), ${prefix} || CAST(a.i AS TEXT), CASE WHEN j.i % 10 = 9 OR ${raw(draftsOnly ? '1 = 1' : '1 = 0')} THEN 'draft' ELSE 'approved' END,
      CASE WHEN j.i % 2 = 0 THEN 'short_answer' ELSE 'true_false' END, 'fact', 'Prompt', 'true', j.i, ${prefix} || CAST(a.i AS TEXT) || 'q' || CAST(j.i AS TEXT), ${at}
    FROM a CROSS JOIN j`);
  await db.$executeRaw(sql`
    INSERT INTO "Quiz" ("id", "articleId", "title", "kind", "isCurrent", "ownerId")
    ${ak} SELECT ${prefix} || CAST(a.i AS TEXT) || 'z' || CAST(k.i AS TEXT), ${prefix} || CAST(a.i AS TEXT), 'Bench quiz', CASE WHEN k.i < 2 THEN 'practice' ELSE 'assigned' END,
      k.i <> 1, CASE WHEN k.i < 2 THEN NULL ELSE ${teacher.id} END
    FROM a CROSS JOIN k`);
  await db.$executeRaw(sql`
    INSERT INTO "QuizQuestion" ("quizId", "questionId", "position")
    ${ajk} SELECT ${prefix} || CAST(a.i AS TEXT) || 'z' || CAST(k.i AS TEXT), ${prefix} || CAST(a.i AS TEXT) || 'q' || CAST(j.i AS TEXT), j.i FROM a CROSS JOIN k CROSS JOIN j`);
}

async function build(now: Date): Promise<number> {
  const db = await getDb();
  const day = 86_400_000;
  log(`${ARTICLES} articles × ${QUIZZES_PER_ARTICLE} quizzes × ${QUESTIONS_PER_QUIZ} questions`);
  await insertArticles(db, 'b', 'deck-bench', ARTICLES, QUIZZES_PER_ARTICLE, now);
  // Unused articles for the delete timing, one per run: drafts only (a decided question is
  // kept), slugs not in content/.
  await insertArticles(db, 'u', 'deck-unused', RUNS + 1, 1, now, true);

  const others = Array.from({ length: 50 }, (_, i) => ({ id: `deck-s${i}`, name: `Student ${i}`, email: `deck-s${i}@gleaner.test`, role: 'student' }));
  await db.user.createMany({
    data: [
      { ...student },
      { ...teacher },
      { id: 'deck-teacher2', name: 'Other teacher', email: 'deck-teacher2@gleaner.test', role: 'teacher' },
      ...others,
    ],
  });
  await db.class.createMany({
    data: [
      { id: 'deck-class', name: 'Deck class', joinCode: 'DECK0000', teacherId: teacher.id },
      ...Array.from({ length: OTHER_CLASSES }, (_, c) => ({ id: `deck-c${c}`, name: `Class ${c}`, joinCode: `DECKC${c}`, teacherId: 'deck-teacher2' })),
    ],
  });
  await db.enrollment.createMany({
    data: [
      { classId: 'deck-class', userId: student.id },
      ...others.slice(0, 25).map((s) => ({ classId: 'deck-class', userId: s.id })),
      ...others.map((s, i) => ({ classId: `deck-c${i % OTHER_CLASSES}`, userId: s.id })),
    ],
  });
  // The student's class: open assignments on articles 0–2, closed ones on 3–5. Other classes: both
  // assigned quizzes of every article, one in ten still open.
  const assignment = (id: string, classId: string, quizId: string, dueAt: Date) => ({ id, classId, quizId, title: id, openAt: new Date(now.getTime() - 7 * day), dueAt });
  await db.assignment.createMany({
    data: [
      ...[0, 1, 2].map((a) => assignment(`deck-open${a}`, 'deck-class', `b${a}z2`, new Date(now.getTime() + 3 * day))),
      ...[3, 4, 5].map((a) => assignment(`deck-closed${a}`, 'deck-class', `b${a}z2`, new Date(now.getTime() - 3 * day))),
      ...Array.from({ length: ARTICLES * 2 }, (_, n) =>
        assignment(`deck-x${n}`, `deck-c${n % OTHER_CLASSES}`, `b${n >> 1}z${2 + (n & 1)}`, new Date(now.getTime() + (n % 10 === 0 ? 2 : -2) * day)),
      ),
    ],
  });
  // Some history on the studied article, so the deck has schedules beside new cards.
  await db.studyCard.createMany({
    data: Array.from({ length: 20 }, (_, j) => ({ userId: student.id, articleId: 'b10', questionId: `b10q${j}`, state: 'review', due: new Date(now.getTime() - day), stability: 3, difficulty: 5, reps: 2, lastReview: new Date(now.getTime() - 4 * day) })),
  });
  // PostgreSQL's autovacuum would gather statistics soon after; SQLite has none unless ANALYZE
  // runs, and Gleaner never runs it, so its planner is measured without them.
  if (!isSqlite()) await db.$executeRawUnsafe('ANALYZE');
  const counted = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "QuizQuestion"`);
  log(`QuizQuestion rows: ${Number(counted[0].n).toLocaleString('en-GB')}`);
  return Number(counted[0].n);
}

async function time(key: string, label: string, fn: (run: number) => Promise<unknown>): Promise<[string, number | string]> {
  if (SKIP.has(key)) return [label, 'skipped'];
  const ms: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t = performance.now();
    await fn(run);
    if (run > 0) ms.push(performance.now() - t); // run 0 warms up (query compilation, caches)
  }
  const m = median(ms);
  log(`${label}: ${m.toFixed(1)} ms median`);
  return [label, Number(m.toFixed(1))];
}

async function measure(): Promise<{ rows: number; medians: Record<string, number | string> }> {
  const now = new Date();
  const rows = await build(now);
  const db = await getDb();
  const tenQuestions = Array.from({ length: 10 }, (_, j) => `b10q${j}`);
  const heldQuestions = Array.from({ length: QUESTIONS_PER_QUIZ }, (_, j) => `b0q${j}`);
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`bench data is not what it should be: ${what}`);
  };
  // The data says what the timings assume: article 0 is held from the student, article 10 is not.
  check((await practicePausedFor(student, slugOf(0)))?.reason === 'own_time', 'practice of article 0 paused');
  check((await practicePausedFor(student, slugOf(10))) === null, 'practice of article 10 open');
  check((await getStudySession(student, slugOf(0)))?.card === null, 'no question card of article 0');
  check((await listAnswerHolds(teacher, { classId: 'deck-class', questionIds: heldQuestions }))?.length === 1, 'one hold on article 0');
  const medians = Object.fromEntries([
    await time('study', 'study page (getStudySession)', () => getStudySession(student, slugOf(10))),
    await time('today', 'Today page (getTodayOverview)', () => getTodayOverview(student, new Date())),
    await time('pauseHeld', 'practice pause, held (practicePausedFor)', () => practicePausedFor(student, slugOf(0))),
    await time('pauseOpen', 'practice pause, open (practicePausedFor)', () => practicePausedFor(student, slugOf(10))),
    await time('submit', 'submit deck check (readDeckQuestions)', () => readDeckQuestions(db, student.id, tenQuestions, new Date())),
    await time('holds', 'assign form holds (listAnswerHolds)', () => listAnswerHolds(teacher, { classId: 'deck-class', questionIds: heldQuestions })),
    await time('holdsEdit', 'edit form holds (listAnswerHoldsForAssignment)', () => listAnswerHoldsForAssignment(teacher, 'deck-open0')),
    await time('delete', 'delete unused article (deleteUnusedArticle)', async (run) => check((await deleteUnusedArticle(teacher, `deck-unused-${run}`)) === 'ok', 'deleted')),
  ]);
  return { rows, medians };
}

async function prepareDatabase(kind: 'sqlite' | 'pg'): Promise<string> {
  if (kind === 'sqlite') {
    const dir = path.join(ROOT, 'data', 'bench');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'deck-filter.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    return `file:${file}`;
  }
  const admin = new pg.Client({ connectionString: process.env.BENCH_PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${PG_DATABASE}`);
  await admin.end();
  const u = new URL(process.env.BENCH_PG_URL!);
  u.pathname = `/${PG_DATABASE}`;
  return u.toString();
}

async function child(): Promise<void> {
  const result = await measure();
  await disconnectDb();
  console.log(JSON.stringify(result));
}

async function main(): Promise<void> {
  const kinds: ('sqlite' | 'pg')[] = ['sqlite', ...(process.env.BENCH_PG_URL ? ['pg' as const] : [])];
  const table: Record<string, Record<string, number | string>> = {};
  const rows: string[] = [];
  for (const kind of kinds) {
    const url = await prepareDatabase(kind);
    log(`${kind}: migrating ${url.replace(/\/\/[^@]*@/, '//')}`);
    execFileSync('npx', ['prisma', 'migrate', 'deploy'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: 'pipe' });
    const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--child'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    if (r.status !== 0) throw new Error(`${kind} run failed (${r.status})\n${r.stdout}`);
    const result = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof measure>>;
    rows.push(`${kind} ${result.rows.toLocaleString('en-GB')}`);
    for (const [label, ms] of Object.entries(result.medians)) (table[label] ??= {})[kind] = ms;
  }
  console.log(`\nDeck filter: median ms of ${RUNS} runs; QuizQuestion rows: ${rows.join(', ')}`);
  console.table(table);
}

if (process.argv.includes('--child')) await child();
else await main();
