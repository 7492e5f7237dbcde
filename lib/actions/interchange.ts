'use server';
// Teachers add articles (paste or upload) and import question files. Reading and parsing are
// pure (lib/interchange) and happen before any write; the DAL checks the role again.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Viewer } from '@/lib/auth';
import { createArticle } from '@/lib/dal/article-authoring';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { isTeacher } from '@/lib/dal/review';
import { decodeUpload, importGift, importMoodleXml, InterchangeImportError, type ImportResult } from '@/lib/interchange';
import { readArticleFile, readArticleText, type ArticleDraft } from '@/lib/interchange/article-upload';
import type { ActionState } from '@/lib/schemas/action-state';
import {
  addArticleSchema,
  SOURCE_MISSING,
  ARTICLE_MIN_WORDS,
  countWords,
  DEFAULT_LICENSE,
  detectQuestionFormat,
  importQuestionsSchema,
  titleTooLongMessage,
  tooShortMessage,
  type AddArticleInput,
} from '@/lib/schemas/interchange';
import { ARTICLE_TITLE_MAX } from '@/lib/input-limits';
import { validatedActionWithViewer } from './validated-action';

const NOT_A_TEACHER: ActionState = { status: 'error', message: 'Only teachers can add articles and import questions.' };

function fieldError(field: string, detail: string, summary = 'Please correct the fields below.'): ActionState {
  return { status: 'error', message: summary, fieldErrors: { [field]: [detail] } };
}

const NOTHING_IMPORTED = 'Nothing was imported. Fix the file and upload it again.';

async function readDraft(input: AddArticleInput): Promise<ArticleDraft> {
  if (input.file) return readArticleFile(input.file.name, new Uint8Array(await input.file.arrayBuffer()), input.title);
  return readArticleText(input.text, input.title);
}

const isWebAddress = (v: string | undefined): v is string => !!v && /^https?:\/\/\S+$/i.test(v) && v.length <= 2000;

async function addArticleHandler(input: AddArticleInput, viewer: Viewer): Promise<ActionState> {
  if (!isTeacher(viewer)) return NOT_A_TEACHER;
  const from = input.file ? 'file' : 'text';
  let draft: ArticleDraft;
  try {
    draft = await readDraft(input);
  } catch (e) {
    if (e instanceof InterchangeImportError) return fieldError(from, e.message);
    throw e;
  }
  const words = countWords(draft.body);
  if (words < ARTICLE_MIN_WORDS) return fieldError(from, tooShortMessage(words));
  // The form wins; the file's own title, source and so on fill what the teacher left empty.
  // The file's own title over the limit is refused like a typed one, not cut (titleTooLongMessage).
  if (!input.title && draft.title && draft.title.length > ARTICLE_TITLE_MAX) {
    return fieldError('title', `${titleTooLongMessage(draft.title.length)} The article's own title is too long: type a shorter one here.`);
  }
  const title = input.title || draft.title;
  const source = input.source || draft.source?.slice(0, 200);
  if (!title || !source) {
    const fieldErrors: Record<string, string[]> = {};
    if (!title) fieldErrors.title = ['Enter a title (the article does not give one).'];
    if (!source) fieldErrors.source = [SOURCE_MISSING];
    return { status: 'error', message: 'Please correct the fields below.', fieldErrors };
  }
  const result = await createArticle(viewer, {
    title,
    source,
    url: input.url || (isWebAddress(draft.url) ? draft.url : undefined),
    license: input.license || draft.license?.slice(0, 200) || DEFAULT_LICENSE,
    body: draft.body,
  });
  if (result === 'forbidden') return NOT_A_TEACHER;
  revalidatePath('/', 'layout');
  // The language travels as its two-letter code only; the page names it from its own list.
  const refused = result.status === 'created' && result.notEnglish ? `&refused=not_english${result.notEnglish.language ? `&lang=${result.notEnglish.language}` : ''}` : '';
  const flag = result.status === 'exists' ? 'existing=1' : `added=${result.questionCount}${refused}`;
  redirect(`/teach/articles/${result.slug}?status=draft&${flag}`);
}

export const addArticle = validatedActionWithViewer(addArticleSchema, addArticleHandler);

export const importQuestions = validatedActionWithViewer(importQuestionsSchema, async (input, viewer): Promise<ActionState> => {
  if (!isTeacher(viewer)) return NOT_A_TEACHER;
  const file = input.file;
  if (!file) return fieldError('file', 'Choose a GIFT or Moodle XML file.');
  let parsed: ImportResult;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = decodeUpload(bytes, 'question');
    parsed = detectQuestionFormat(input.format, file.name, text) === 'moodle_xml' ? importMoodleXml(text) : importGift(text);
  } catch (e) {
    // Parse errors name the line (GIFT) or the question and line (Moodle XML); nothing was written.
    if (e instanceof InterchangeImportError) return fieldError('file', e.message, NOTHING_IMPORTED);
    throw e;
  }
  const result = await importQuestionsIntoBank(viewer, input.article, parsed.questions);
  if (result === 'forbidden') return NOT_A_TEACHER;
  if (result === 'not_found') return fieldError('article', 'That article was not found. Choose another.');
  if (result.status === 'invalid') return fieldError('file', result.message, NOTHING_IMPORTED);
  revalidatePath('/teach', 'layout');
  // Notes say what was left out of the file (a catch-all "*" answer, per-answer feedback ...):
  // the teacher reads them here, since the bank's notice carries counts only, never file text.
  const notes = [
    ...parsed.warnings,
    ...result.acceptedDiffer.map(
      (prompt) => `“${[...prompt].length > 80 ? `${[...prompt].slice(0, 79).join('')}…` : prompt}” is in the bank already with other accepted answers, so it was skipped: edit it there to change what is accepted`,
    ),
  ];
  if (notes.length) return importedWithNotes({ ...result, skipped: result.skipped + result.acceptedDiffer.length }, notes);
  const params = new URLSearchParams({ status: 'approved', imported: String(result.imported) });
  if (result.skipped) params.set('skipped', String(result.skipped));
  if (result.approvedDrafts) params.set('approved', String(result.approvedDrafts));
  redirect(`/teach/articles/${result.slug}?${params}`);
});

/** How many notes the import page lists; a file can hold hundreds of questions. */
const NOTES_SHOWN = 20;

/**
 * An import that went through with notes: the first line sums it up, each further line is one
 * note (the import form lists them). `values.article` lets the form link to the bank.
 */
function importedWithNotes(result: { slug: string; title: string; imported: number; skipped: number; approvedDrafts: number }, warnings: string[]): ActionState {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  const summary = [
    result.imported > 0 ? `Imported ${plural(result.imported, 'question')} into “${result.title}”.` : `Nothing new was imported into “${result.title}”.`,
    result.approvedDrafts ? `${plural(result.approvedDrafts, 'question was', 'questions were')} waiting for review in the bank and ${result.approvedDrafts === 1 ? 'is' : 'are'} now approved.` : '',
    result.skipped ? `${plural(result.skipped, 'question was', 'questions were')} already in the bank and skipped.` : '',
    `Read ${warnings.length === 1 ? 'this note' : `these ${warnings.length} notes`} on what was left out or skipped:`,
  ].filter(Boolean).join(' ');
  const shown = warnings.slice(0, NOTES_SHOWN).map((w) => (w.length > 300 ? `${w.slice(0, 299)}…` : w));
  if (warnings.length > NOTES_SHOWN) shown.push(`… and ${warnings.length - NOTES_SHOWN} more like these.`);
  return { status: 'ok', message: [summary, ...shown].join('\n'), values: { article: result.slug } };
}
