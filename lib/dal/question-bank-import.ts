// Imported questions (GIFT, Moodle XML) join an article's bank. A teacher brought them, so they
// are approved at once, like a teacher's own question: origin 'teacher', kind 'imported', and no
// source sentence (students see the explanation instead). Only a teacher or the admin may call.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { lockArticle, refreshPracticeQuiz } from '@/lib/import-content';
import { importableQuestionsSchema, type InterchangeQuestion } from '@/lib/interchange';
import { newOriginalQuestion } from '@/lib/question-identity';
import { parseAccepted, parseChoices } from './question-fields';
import { isTeacher } from './review';

export const IMPORTED_KIND = 'imported';

export type BankImportResult =
  | {
      status: 'ok';
      slug: string;
      title: string;
      imported: number;
      /** Already in the bank as they are. */
      skipped: number;
      /** Already in the bank as drafts awaiting review: the import approved them (the teacher chose them). */
      approvedDrafts: number;
      /** Prompts of questions in the bank already but with other accepted answers: left as they are. */
      acceptedDiffer: string[];
    }
  | { status: 'invalid'; message: string }
  | 'forbidden'
  | 'not_found';

type Comparable = { type: string; prompt: string; choices: string[]; answer: string; accepted?: string[] };

/** What makes two questions the same for an import: re-importing a file adds nothing twice. */
function sameQuestion(q: Comparable): string {
  return JSON.stringify([q.type, q.prompt, q.choices, q.answer]);
}

/** The same question with the same other accepted answers (in any order: grading tries them all). */
function identity(q: Comparable): string {
  return JSON.stringify([sameQuestion(q), [...(q.accepted ?? [])].sort()]);
}

/**
 * Teachers: adds the questions to the article's bank, all or nothing, in one transaction.
 * Questions already in the bank (same type, text, choices, answer and other accepted answers) are
 * skipped and counted; one waiting there as a draft (drawn by the generator, not yet reviewed) is
 * approved instead, since bringing it in a file is choosing it — left a draft, it could not be
 * assigned, and the teacher was told only that it was skipped. One in the bank already but with other accepted answers is not added
 * beside it — students would meet the same question twice — and its prompt is returned, so the
 * teacher can be told to edit the one in the bank.
 */
export async function importQuestionsIntoBank(viewer: Viewer, slug: string, input: InterchangeQuestion[]): Promise<BankImportResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  // The parsers validate already; checking again keeps a bad caller from writing half a file, or
  // a question the teacher's form would refuse to save again.
  const parsed = importableQuestionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: 'invalid', message: `Question ${Number(issue.path[0] ?? 0) + 1}: ${issue.message}` };
  }
  const questions = parsed.data;
  const db = await getDb();
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!article) return 'not_found';

  const acceptedDiffer: string[] = [];
  let approvedDrafts = 0;
  const imported = await db.$transaction(async (tx) => {
    // The article first (see lockArticle): two imports of one file at once then add it once.
    await lockArticle(tx as unknown as Db, article.id);
    const existing = await tx.question.findMany({
      where: { articleId: article.id, status: { not: 'retired' } },
      select: { id: true, status: true, type: true, prompt: true, choicesJson: true, answer: true, acceptedJson: true },
    });
    const stored = existing.map((q) => ({ ...q, choices: parseChoices(q.choicesJson), accepted: parseAccepted(q.acceptedJson) }));
    const seen = new Set(stored.map(identity));
    const seenQuestions = new Set(stored.map(sameQuestion));
    const drafts = new Map<string, string[]>();
    for (const q of stored) if (q.status === 'draft') drafts.set(identity(q), [...(drafts.get(identity(q)) ?? []), q.id]);
    const last = await tx.question.aggregate({ where: { articleId: article.id }, _max: { rank: true } });
    let rank = last._max.rank ?? 0;
    let count = 0;
    for (const q of questions) {
      const key = identity(q);
      const draftIds = drafts.get(key);
      if (draftIds) {
        drafts.delete(key);
        // Conditional on still being a draft: a decision made meanwhile in the review page stands.
        const changed = await tx.question.updateMany({ where: { id: { in: draftIds }, status: 'draft' }, data: { status: 'approved' } });
        if (changed.count > 0) approvedDrafts += 1;
        continue;
      }
      if (seen.has(key)) continue;
      if (seenQuestions.has(sameQuestion(q))) {
        acceptedDiffer.push(q.prompt);
        continue;
      }
      seen.add(key);
      seenQuestions.add(sameQuestion(q));
      rank += 1;
      count += 1;
      await tx.question.create({
        data: {
          ...newOriginalQuestion(), articleId: article.id, origin: 'teacher', status: 'approved', kind: IMPORTED_KIND, rank,
          type: q.type, prompt: q.prompt, choicesJson: JSON.stringify(q.choices), answer: q.answer,
          acceptedJson: JSON.stringify(q.accepted ?? []), explanation: q.explanation,
        },
        select: { id: true },
      });
    }
    if (count > 0 || approvedDrafts > 0) await refreshPracticeQuiz(tx as unknown as Db, article.id, article.title);
    return count;
    // 500 questions is the file limit; give a slow PostgreSQL server room for them.
  }, { timeout: 30_000 });
  return { status: 'ok', slug: article.slug, title: article.title, imported, approvedDrafts, skipped: questions.length - imported - approvedDrafts - acceptedDiffer.length, acceptedDiffer };
}
