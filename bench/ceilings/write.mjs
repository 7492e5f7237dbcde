// The database write every write ceiling does, shared by the bare node:http server (a) and the
// minimal Next.js endpoints (b): better-sqlite3, WAL, synchronous=FULL, one transaction.
//   save:   the attempt's row touched + one answer upserted (what saving an answer writes)
//   submit: an 11-row submission, one attempt and ten answers (what a submitted quiz stores)
import Database from 'better-sqlite3';

export const QUESTIONS = 10;

export function openCeilingDb(file) {
  const db = new Database(file, { timeout: 10_000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS attempt (id TEXT PRIMARY KEY, status TEXT NOT NULL, score INTEGER, updatedAt TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS response (attemptId TEXT NOT NULL, questionId TEXT NOT NULL, answer TEXT NOT NULL, isCorrect INTEGER,
      answeredAt TEXT NOT NULL, PRIMARY KEY (attemptId, questionId));`);
  const touch = db.prepare(`INSERT INTO attempt (id, status, updatedAt) VALUES (?, 'in_progress', ?)
    ON CONFLICT(id) DO UPDATE SET updatedAt = excluded.updatedAt WHERE attempt.status = 'in_progress'`);
  const upsert = db.prepare(`INSERT INTO response (attemptId, questionId, answer, answeredAt) VALUES (?, ?, ?, ?)
    ON CONFLICT(attemptId, questionId) DO UPDATE SET answer = excluded.answer, answeredAt = excluded.answeredAt`);
  const insertAttempt = db.prepare(`INSERT INTO attempt (id, status, score, updatedAt) VALUES (?, 'submitted', ?, ?)`);
  const insertGraded = db.prepare(`INSERT INTO response (attemptId, questionId, answer, isCorrect, answeredAt) VALUES (?, ?, ?, ?, ?)`);
  const save = db.transaction((attemptId, questionId, answer) => {
    const now = new Date().toISOString();
    touch.run(attemptId, now);
    upsert.run(attemptId, questionId, answer, now);
  });
  const submit = db.transaction((attemptId) => {
    const now = new Date().toISOString();
    insertAttempt.run(attemptId, QUESTIONS, now);
    for (let i = 0; i < QUESTIONS; i++) insertGraded.run(attemptId, `q${i}`, `answer ${i}`, 1, now);
  });
  return { db, save, submit };
}

/** Runs one write from a plain object `{ op, attemptId, questionId, answer }`; throws on bad input. */
export function runWrite(ceiling, input) {
  const attemptId = String(input.attemptId ?? '');
  if (!/^[\w-]{1,64}$/.test(attemptId)) throw new Error('bad attemptId');
  if (input.op === 'submit') ceiling.submit(attemptId);
  else ceiling.save(attemptId, String(input.questionId ?? 'q0').slice(0, 64), String(input.answer ?? '').slice(0, 300));
}
