// What the student QA tour found, against a real database (SQLite and PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmailRegistered } from '@/lib/dal/accounts';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

describe('sign-up', () => {
  it('knows an email already in use', async () => {
    const student = await createViewer(db);
    expect(await isEmailRegistered(student.email)).toBe(true);
    expect(await isEmailRegistered(`nobody-${student.id}@test.gleaner`)).toBe(false);
  });
});
