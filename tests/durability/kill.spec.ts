// The server is killed with SIGKILL while students save answers and submit, 50 times, and
// restarted each time on the same SQLite file. After every kill the file passes
// `PRAGMA integrity_check`, every answer and submission that got a success response is there
// in full, and no attempt is left half-graded.
import { expect, test } from '@playwright/test';
import { postSubmit, putAnswer } from '../security/support/client';
import { openSql } from '../security/support/db';
import { freshSqlite, startServer, type ServerHandle } from '../security/support/harness';
import { seedLoad, type LoadAttempt } from './support/load';

const CYCLES = Number(process.env.DURABILITY_KILL_CYCLES ?? 50);
const PER_CYCLE = 8;
const CLIENTS = 6;

test(`SIGKILL during submissions, ${CYCLES} times: integrity ok, every acknowledged submission kept in full`, async () => {
  test.setTimeout(CYCLES * 15_000 + 60_000);
  const databaseUrl = freshSqlite('durability', 'kill');
  // Enough open attempts that every cycle has fresh ones: 40 students x N.
  const students = 40;
  const { quiz, attempts } = seedLoad(databaseUrl, students, Math.ceil((CYCLES * PER_CYCLE * 2) / students));
  const ackedSaves = new Set<string>();
  const ackedSubmits = new Set<string>();
  let next = 0;
  let requests = 0;
  let failures = 0;
  const killDelays: number[] = [];
  let running: ServerHandle | null = null;
  // A timed-out test must not leave its server holding the port.
  process.once('exit', () => running?.process.kill('SIGKILL'));

  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const server = await startServer({ port: 3460, databaseUrl });
    running = server;
    let killed = false;
    const work = async () => {
      while (!killed && next < attempts.length) {
        const a: LoadAttempt = attempts[next++];
        requests++;
        try {
          // The quiz page's save and submit (its route handlers), as the browser sends them.
          const saved = await putAnswer(server.url, a.attemptId, quiz.questionIds[1], { answer: 'true', seen: '' }, { cookie: a.cookie, noRetry: true });
          if (saved.status === 200 && saved.json?.status === 'saved') ackedSaves.add(a.attemptId);
          requests++;
          const submitted = await postSubmit(server.url, a.attemptId, { cookie: a.cookie, noRetry: true });
          if (submitted.status === 200 && submitted.json?.status === 'submitted') ackedSubmits.add(a.attemptId);
        } catch {
          failures++; // the connection died with the server: not acknowledged
        }
      }
    };
    // Kill at a random moment while the clients are mid-stream: once the server has answered a
    // first submission of this cycle (it is warm; at most 4 s), 0-300 ms later.
    const ackedBefore = ackedSubmits.size;
    const clients = Array.from({ length: CLIENTS }, work);
    const warm = Date.now();
    while (ackedSubmits.size === ackedBefore && Date.now() - warm < 4_000 && next < attempts.length) await new Promise((r) => setTimeout(r, 10));
    const delay = Math.floor(Math.random() * 300);
    killDelays.push(Date.now() - warm + delay);
    await new Promise((r) => setTimeout(r, delay));
    killed = true;
    await server.stop('SIGKILL');
    running = null;
    await Promise.all(clients);

    // Between runs, with no server holding the file: a fresh connection recovers the WAL.
    const sql = await openSql(databaseUrl);
    try {
      expect((await sql.one<{ integrity_check: string }>('PRAGMA integrity_check'))!.integrity_check, `cycle ${cycle}`).toBe('ok');
    } finally {
      await sql.close();
    }
  }

  const sql = await openSql(databaseUrl);
  try {
    const rows = await sql.all<{ id: string; status: string; score: number | null; submittedAt: unknown; answer2: string | null; graded: number | string; responses: number | string }>(
      `SELECT a."id", a."status", a."score", a."submittedAt",
              MAX(CASE WHEN r."questionId" = ? THEN r."answer" END) AS "answer2",
              SUM(CASE WHEN r."isCorrect" IS NOT NULL THEN 1 ELSE 0 END) AS "graded", COUNT(r."id") AS "responses"
       FROM "Attempt" a LEFT JOIN "Response" r ON r."attemptId" = a."id"
       WHERE a."quizId" = ? GROUP BY a."id", a."status", a."score", a."submittedAt"`,
      [quiz.questionIds[1], quiz.quizId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const lostSaves = [...ackedSaves].filter((id) => byId.get(id)?.answer2 !== 'true');
    const lostSubmits = [...ackedSubmits].filter((id) => {
      const r = byId.get(id);
      return !r || r.status !== 'submitted' || r.submittedAt === null || r.score === null || Number(r.graded) !== Number(r.responses);
    });
    // All or nothing: a submitted attempt is always graded in full, an open one never.
    const halfDone = rows.filter((r) =>
      r.status === 'submitted' ? r.score === null || Number(r.graded) !== Number(r.responses) : r.score !== null || Number(r.graded) !== 0,
    );
    console.log(
      `${CYCLES} SIGKILLs (after ${Math.min(...killDelays)}-${Math.max(...killDelays)} ms of load each): ${requests} requests, ` +
        `${ackedSaves.size} saves and ${ackedSubmits.size} submissions acknowledged, ${failures} cut off by the kill; ` +
        `integrity_check ok ${CYCLES}/${CYCLES}; lost: ${lostSaves.length} saves, ${lostSubmits.length} submissions; half-done attempts: ${halfDone.length}`,
    );
    expect(ackedSubmits.size).toBeGreaterThan(CYCLES);
    expect(failures).toBeGreaterThan(0);
    expect(lostSaves).toEqual([]);
    expect(lostSubmits).toEqual([]);
    expect(halfDone).toEqual([]);
  } finally {
    await sql.close();
  }
});
