// The form schemas behind the add-article and import pages: one source, clear size limits.
import { describe, expect, it } from 'vitest';
import {
  addArticleSchema,
  ARTICLE_MAX_BYTES,
  detectQuestionFormat,
  importQuestionsSchema,
  isNoFile,
} from '@/lib/schemas/interchange';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);

/** Just long enough to draw questions from (40 words). */
const ARTICLE = 'word '.repeat(40);

describe('add-article form', () => {
  it('treats an empty file input as no file, and needs text or a file but not both', () => {
    expect(isNoFile(new File([], ''))).toBe(true);
    expect(isNoFile(new File([], 'blob'))).toBe(true);
    expect(isNoFile(new File(['x'], 'a.md'))).toBe(false);
    expect(addArticleSchema.safeParse({ text: ARTICLE, file: new File([], '') }).success).toBe(true);
    // Nothing to read a source from either: both said at once.
    expect(messages(addArticleSchema.safeParse({ text: '  ', file: new File([], '') }))).toEqual([
      'text: Paste the article, or choose a file to upload.',
      'source: Enter where the article comes from, e.g. a publication or author.',
    ]);
    expect(messages(addArticleSchema.safeParse({ text: '', source: 'BBC News' }))).toEqual(['text: Paste the article, or choose a file to upload.']);
    expect(messages(addArticleSchema.safeParse({ text: ARTICLE, file: new File(['y'], 'a.txt') }))).toEqual(['file: Paste the text or upload a file, not both.']);
  });

  it('refuses oversized text and files, other file types and non-web addresses with clear messages', () => {
    const big = 'é '.repeat(ARTICLE_MAX_BYTES / 3 + 1);
    expect(messages(addArticleSchema.safeParse({ text: big }))).toEqual(['text: The pasted text is 500 KB; the limit is 500 KB. Split it into smaller parts.']);
    // Line breaks arrive as CRLF but count once, as on the page.
    expect(addArticleSchema.safeParse({ text: 'a\r\n'.repeat(ARTICLE_MAX_BYTES / 2) }).success).toBe(true);
    expect(messages(addArticleSchema.safeParse({ file: new File([new Uint8Array(612_000)], 'page.html') }))).toEqual([
      'file: The file is 612 KB; the limit is 500 KB. Split it into smaller parts.',
    ]);
    expect(messages(addArticleSchema.safeParse({ file: new File(['x'], 'paper.pdf') }))).toEqual(['file: Upload a .md, .txt or .html file.']);
    expect(messages(addArticleSchema.safeParse({ text: ARTICLE, url: 'javascript:alert(1)' }))).toEqual([
      'url: Enter a web address that starts with http:// or https://',
    ]);
    expect(addArticleSchema.safeParse({ text: ARTICLE, extra: '1' }).success).toBe(false);
  });

  it('says at once every field that is wrong: a bad address and a too-short text both', () => {
    expect(messages(addArticleSchema.safeParse({ text: 'Bees make honey.', url: 'not a url' }))).toEqual([
      'url: Enter a web address that starts with http:// or https://',
      'text: The article is too short to draw questions from: it has 3 words. Give at least 40 words.',
    ]);
    expect(addArticleSchema.safeParse({ text: ARTICLE }).success).toBe(true);
  });
});

describe('import form', () => {
  it('needs an article and a file within the limit', () => {
    expect(messages(importQuestionsSchema.safeParse({ article: '', file: new File([], '') }))).toEqual([
      'article: Choose an article.',
      'file: Choose a GIFT or Moodle XML file.',
    ]);
    // The article select left on its placeholder sends no field at all.
    expect(messages(importQuestionsSchema.safeParse({ file: new File(['x'], 'q.gift') }))).toEqual(['article: Choose an article.']);
    expect(messages(importQuestionsSchema.safeParse({ article: 'a', file: new File([new Uint8Array(600_000)], 'q.gift') }))).toEqual([
      'file: The file is 600 KB; the limit is 500 KB. Split it into smaller parts.',
    ]);
  });

  it('tells GIFT from Moodle XML by choice, extension, then content', () => {
    expect(detectQuestionFormat('gift', 'q.xml', '<quiz/>')).toBe('gift');
    expect(detectQuestionFormat('auto', 'q.XML', 'x')).toBe('moodle_xml');
    expect(detectQuestionFormat('auto', 'q.gift', '<b>')).toBe('gift');
    expect(detectQuestionFormat('auto', 'q.txt', '\uFEFF  <?xml version="1.0"?><quiz/>')).toBe('moodle_xml');
    expect(detectQuestionFormat('auto', 'q.txt', 'Q? {T}')).toBe('gift');
  });
});
