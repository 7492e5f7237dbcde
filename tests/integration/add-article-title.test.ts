// Add an article with a title over the limit (lib/actions/interchange.ts addArticle): refused
// with a message that gives its length — never cut, never stored — whether typed in the form or
// taken from the article's own front matter or a web page's <title>; what was typed comes back to the form whole.
// Only the session lookup and Next's cache and redirect are stood in for.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { createViewer } from '../factories';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));

const { addArticle } = await import('@/lib/actions/interchange');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const idle = { status: 'idle' } as const;
const BODY = Array.from({ length: 12 }, (_, i) => `Glaciers move slowly down the valley number ${i + 1}.`).join(' ');

describe('a title over 200 characters', () => {
  it('typed in the form: refused with its length, kept whole for the form, nothing added', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const title = `Long ${'a'.repeat(225)}`;
    const before = await db.article.count();
    const state = await addArticle(idle, form({ title, source: 'Tests', text: BODY }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { title: ['This title has 230 characters; use at most 200.'] } });
    expect(state.values?.title).toBe(title);
    expect(state.values?.text).toBe(BODY);
    expect(await db.article.count()).toBe(before);
  });

  it('from the article’s own front matter: refused, not cut', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const own = `Own ${'b'.repeat(206)}`;
    const text = `---\ntitle: ${own}\nsource: Tests\n---\n${BODY}`;
    const state = await addArticle(idle, form({ title: '', source: '', text }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { title: [expect.stringMatching(/^This title has 210 characters; use at most 200\. /)] } });
    expect(await db.article.count({ where: { title: { startsWith: own.slice(0, 200) } } })).toBe(0);
  });

  it('from a web page’s <title>: refused, not cut', async () => {
    session.viewer = await createViewer(db, 'teacher');
    const own = `Page ${'c'.repeat(215)}`;
    const page = `<!doctype html><html><head><title>${own}</title></head><body><p>${BODY}</p></body></html>`;
    const state = await addArticle(idle, form({ title: '', source: 'Tests', text: page }));
    expect(state).toMatchObject({ status: 'error', fieldErrors: { title: [expect.stringMatching(/^This title has 220 characters; use at most 200\. /)] } });
    expect(await db.article.count({ where: { title: { startsWith: own.slice(0, 200) } } })).toBe(0);
  });

  it('a student is refused before anything is read', async () => {
    session.viewer = await createViewer(db, 'student');
    expect(await addArticle(idle, form({ title: 'Mine', source: 'Tests', text: BODY }))).toMatchObject({ status: 'error', message: 'Only teachers can add articles and import questions.' });
  });
});
