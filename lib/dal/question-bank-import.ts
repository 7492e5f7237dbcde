// Imported questions (GIFT, Moodle XML) join an article's bank. A teacher brought them, so they
// are approved at once, like a teacher's own question: origin 'teacher', kind 'imported', and no
// source sentence (students see the explanation instead). Only a teacher or the admin may call.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { refreshPracticeQuiz } from '@/lib/import-content';
import { importableQuestionsSchema, type InterchangeQuestion } from '@/lib/interchange';
import { parseAccepted, parseChoices } from './question-fields';
import { isTeacher } from './review';

export const IMPORTED_KIND = 'imported';

export type BankImportResult =
  | { status: 'ok'; slug: string; title: string; imported: number; skipped: number }
  | { status: 'invalid'; message: string }
  | 'forbidden'
  | 'not_found';

/**
 * What makes two questions the same for an import: re-importing a file adds nothing twice. The
 * other accepted answers are part of it, since they change what is graded right: a file that adds
 * or changes one brings a new question. Their order is not (grading tries them all).
 */
function identity(q: { type: string; prompt: string; choices: string[]; answer: string; accepted?: string[] }): string {
  return JSON.stringify([q.type, q.prompt, q.choices, q.answer, [...(q.accepted ?? [])].sort()]);
}

/**
 * Teachers: adds the questions to the article's bank, all or nothing, in one transaction.
 * Questions already in the bank (same type, text, choices, answer and other accepted answers) are
 * skipped and counted.
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

  const imported = await db.$transaction(async (tx) => {
    const existing = await tx.question.findMany({
      where: { articleId: article.id, status: { not: 'retired' } },
      select: { type: true, prompt: true, choicesJson: true, answer: true, acceptedJson: true },
    });
    const seen = new Set(existing.map((q) => identity({ ...q, choices: parseChoices(q.choicesJson), accepted: parseAccepted(q.acceptedJson) })));
    const last = await tx.question.aggregate({ where: { articleId: article.id }, _max: { rank: true } });
    let rank = last._max.rank ?? 0;
    let count = 0;
    for (const q of questions) {
      const key = identity(q);
      if (seen.has(key)) continue;
      seen.add(key);
      rank += 1;
      count += 1;
      await tx.question.create({
        data: {
          articleId: article.id, origin: 'teacher', status: 'approved', kind: IMPORTED_KIND, rank,
          type: q.type, prompt: q.prompt, choicesJson: JSON.stringify(q.choices), answer: q.answer,
          acceptedJson: JSON.stringify(q.accepted ?? []), explanation: q.explanation,
        },
        select: { id: true },
      });
    }
    if (count > 0) await refreshPracticeQuiz(tx as unknown as Db, article.id, article.title);
    return count;
    // 500 questions is the file limit; give a slow PostgreSQL server room for them.
  }, { timeout: 30_000 });
  return { status: 'ok', slug: article.slug, title: article.title, imported, skipped: questions.length - imported };
}
