// Teachers bring articles and question files in, and take questions out. Shared by the forms
// (which check sizes before sending) and the actions (which check again); no server imports.
import { z } from 'zod';
import { ARTICLE_TITLE_MAX } from '@/lib/input-limits';

/**
 * Server actions refuse request bodies over 1 MB (Next's default `bodySizeLimit`), and a
 * refused body is a crash, not a message. Uploads and pasted text stay well under it, so the
 * teacher always gets this limit's clear error instead.
 */
export const ARTICLE_MAX_BYTES = 500_000;
export const QUESTION_FILE_MAX_BYTES = 500_000;
/** Fewer words than this gives the generator nothing to ask about. */
export const ARTICLE_MIN_WORDS = 40;
export const ARTICLE_FILE_ACCEPT = '.md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html';
export const QUESTION_FILE_ACCEPT = '.gift,.txt,.xml,text/plain,application/xml,text/xml';
export const DEFAULT_LICENSE = 'Not stated';

export const QUESTION_FILE_FORMATS = ['auto', 'gift', 'moodle_xml'] as const;
export type QuestionFileFormat = (typeof QUESTION_FILE_FORMATS)[number];

/** The export formats a teacher can download, by the URL segment that names them. */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'qti', 'anki', 'quizlet', 'cards-anki', 'cards-quizlet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** "612 KB": sizes in the units teachers see in their file manager. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

export function tooLargeMessage(what: string, bytes: number, limit: number): string {
  return `${what} is ${formatBytes(bytes)}; the limit is ${formatBytes(limit)}. Split it into smaller parts.`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function tooShortMessage(words: number): string {
  const found = words === 0 ? 'no text was found' : `it has ${words} word${words === 1 ? '' : 's'}`;
  return `The article is too short to draw questions from: ${found}. Give at least ${ARTICLE_MIN_WORDS} words.`;
}

/**
 * An empty file input still sends a nameless, empty File, which arrives named "blob" once it
 * has passed through a server action's multipart body: either way it means "no file".
 */
export function isNoFile(v: unknown): boolean {
  if (v === undefined || v === '') return true;
  if (typeof v !== 'object' || v === null || !('size' in v) || !('name' in v)) return false;
  return v.size === 0 && (v.name === '' || v.name === 'blob');
}

const optionalFile = z.preprocess((v) => (isNoFile(v) ? undefined : v), z.file().optional());

const optionalLine = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`).optional().default('');

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A title over the limit is refused with its length, never cut: the teacher decides what goes. */
export function titleTooLongMessage(length: number): string {
  return `This title has ${length} characters; use at most ${ARTICLE_TITLE_MAX}.`;
}

export const SOURCE_MISSING = 'Enter where the article comes from, e.g. a publication or author.';

export const addArticleSchema = z
  .object({
    // Title and source may come from the uploaded file instead; the action checks once it has read it.
    title: z.string().trim().max(ARTICLE_TITLE_MAX, { error: (issue) => titleTooLongMessage(String(issue.input ?? '').length) }).optional().default(''),
    source: optionalLine(200),
    url: optionalLine(2000).refine((v) => v === '' || isWebAddress(v), 'Enter a web address that starts with http:// or https://'),
    license: optionalLine(200),
    // Bytes are checked below with a message that says how big; this cap only stops absurd input early.
    text: z.string().max(ARTICLE_MAX_BYTES * 2, tooLargeMessage('The pasted text', ARTICLE_MAX_BYTES * 2, ARTICLE_MAX_BYTES)).optional().default(''),
    file: optionalFile,
  })
  .strict()
  .superRefine((input, ctx) => {
    const hasText = input.text.trim() !== '';
    if (!hasText && !input.file) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Paste the article, or choose a file to upload.' });
      // With no text and no file nothing can supply the source (front matter can, so otherwise
      // the action checks once it has read them): say so now, not after the next submit.
      if (input.source === '') ctx.addIssue({ code: 'custom', path: ['source'], message: SOURCE_MISSING });
    }
    if (hasText && input.file) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'Paste the text or upload a file, not both.' });
    }
    // Checked here as well as after reading (where a headline line no longer counts), so that
    // a refusal for another field, such as the web address, also says the text is too short.
    const words = countWords(input.text);
    if (hasText && words < ARTICLE_MIN_WORDS) ctx.addIssue({ code: 'custom', path: ['text'], message: tooShortMessage(words) });
    // Browsers send a textarea's line breaks as CRLF; count them as the LF the page counted.
    const bytes = utf8Bytes(input.text.replace(/\r\n/g, '\n'));
    if (bytes > ARTICLE_MAX_BYTES) ctx.addIssue({ code: 'custom', path: ['text'], message: tooLargeMessage('The pasted text', bytes, ARTICLE_MAX_BYTES) });
    if (input.file) {
      if (!/\.(md|markdown|txt|html?)$/i.test(input.file.name)) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: 'Upload a .md, .txt or .html file.' });
      } else if (input.file.size > ARTICLE_MAX_BYTES) {
        ctx.addIssue({ code: 'custom', path: ['file'], message: tooLargeMessage('The file', input.file.size, ARTICLE_MAX_BYTES) });
      }
    }
  });

export type AddArticleInput = z.infer<typeof addArticleSchema>;

// A select left on its placeholder sends nothing: that too is "Choose an article.", not zod's own words.
const slug = z.string({ error: 'Choose an article.' }).trim().max(200).regex(/^[a-z0-9-]+$/, 'Choose an article.');

export const importQuestionsSchema = z
  .object({
    article: slug,
    format: z.enum(QUESTION_FILE_FORMATS).optional().default('auto'),
    file: optionalFile,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.file) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'Choose a GIFT or Moodle XML file.' });
    } else if (input.file.size > QUESTION_FILE_MAX_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: tooLargeMessage('The file', input.file.size, QUESTION_FILE_MAX_BYTES) });
    }
  });

export type ImportQuestionsInput = z.infer<typeof importQuestionsSchema>;

/** Picks the parser: the teacher's choice, else the file's extension, else a look at its first character. */
export function detectQuestionFormat(chosen: QuestionFileFormat, fileName: string, text: string): 'gift' | 'moodle_xml' {
  if (chosen !== 'auto') return chosen;
  if (/\.xml$/i.test(fileName)) return 'moodle_xml';
  if (/\.gift$/i.test(fileName)) return 'gift';
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('<') ? 'moodle_xml' : 'gift';
}
