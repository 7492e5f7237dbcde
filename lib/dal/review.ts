// Question review for teachers: the article's question bank with sources, decisions, edits and
// teachers' own questions. Articles and their banks are shared by the school's teachers; only a
// teacher or the admin may call these (others get null / 'forbidden').
import 'server-only';
import type { DecidedStatus, Decision } from '@/lib/schemas/review-decision';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { lockArticle, refreshPracticeQuiz } from '@/lib/import-content';
import { newOriginalQuestion } from '@/lib/question-identity';
import { carryEditToUnstartedAssignments, previewEditReach, type EditReach } from './question-edit-reach';
import { parseAccepted, parseChoices, toSourceRef } from './question-fields';

export type QuestionStatus = 'draft' | 'approved' | 'rejected' | 'retired';

export interface ReviewQuestion {
  id: string;
  origin: string;
  status: QuestionStatus;
  type: string;
  kind: string;
  prompt: string;
  choices: string[];
  answer: string;
  /** Short answers: the other answers accepted besides `answer`. */
  accepted: string[];
  explanation: string;
  source: { sentence: string; start: number; end: number } | null;
}

export interface ArticleBank {
  slug: string;
  title: string;
  isArchived: boolean;
  questions: ReviewQuestion[];
}

export interface ArticleReviewSummary {
  slug: string;
  title: string;
  source: string;
  createdAt: Date;
  archivedAt: Date | null;
  counts: Record<'draft' | 'approved' | 'rejected', number>;
}

export function isTeacher(viewer: Viewer): boolean {
  return viewer.role === 'teacher' || viewer.role === 'admin';
}

/** Teachers: every article (archived ones too) with how many questions await review, are approved or rejected. */
export async function listArticlesForReview(viewer: Viewer): Promise<ArticleReviewSummary[] | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const [articles, groups] = await Promise.all([
    db.article.findMany({ orderBy: [{ title: 'asc' }, { createdAt: 'asc' }], select: { id: true, slug: true, title: true, source: true, createdAt: true, archivedAt: true } }),
    db.question.groupBy({ by: ['articleId', 'status'], _count: { _all: true } }),
  ]);
  return articles.map((a) => {
    const counts = { draft: 0, approved: 0, rejected: 0 };
    for (const g of groups) {
      if (g.articleId === a.id && g.status in counts) counts[g.status as keyof typeof counts] = g._count._all;
    }
    return { slug: a.slug, title: a.title, source: a.source, createdAt: a.createdAt, archivedAt: a.archivedAt, counts };
  });
}

/** Teachers: an article's bank, best-ranked first; retired questions are left out. */
export async function getArticleBank(viewer: Viewer, slug: string): Promise<ArticleBank | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const article = await db.article.findUnique({
    where: { slug },
    select: {
      slug: true,
      title: true,
      archivedAt: true,
      questions: {
        where: { status: { not: 'retired' } },
        orderBy: [{ rank: 'asc' }, { createdAt: 'asc' }],
        select: {
          id: true, origin: true, status: true, type: true, kind: true, prompt: true, choicesJson: true, answer: true,
          acceptedJson: true, explanation: true, sourceSentence: true, sourceStart: true, sourceEnd: true,
        },
      },
    },
  });
  if (!article) return null;
  return {
    slug: article.slug,
    title: article.title,
    isArchived: article.archivedAt !== null,
    questions: article.questions.map((q) => ({
      id: q.id,
      origin: q.origin,
      status: q.status as QuestionStatus,
      type: q.type,
      kind: q.kind,
      prompt: q.prompt,
      choices: parseChoices(q.choicesJson),
      answer: q.answer,
      accepted: parseAccepted(q.acceptedJson),
      explanation: q.explanation,
      source: toSourceRef(q),
    })),
  };
}

/** Teachers: one question for the edit form. */
/**
 * Teachers: the article of a question version an edit has replaced (status retired), so an old
 * edit link — the browser's Back after saving — can point at the bank instead of a bare 404.
 */
export async function getReplacedQuestionArticle(viewer: Viewer, questionId: string): Promise<{ slug: string; title: string } | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const q = await db.question.findFirst({ where: { id: questionId, status: 'retired' }, select: { article: { select: { slug: true, title: true } } } });
  return q?.article ?? null;
}

/**
 * Teachers: a question to edit, with the assignments that ask it as an edit would treat them
 * (question-edit-reach.ts): the viewer's own that no student has started get the edit, started ones
 * and other teachers' keep their wording. The edit page says so before the teacher saves.
 */
export async function getQuestionForEdit(viewer: Viewer, questionId: string): Promise<(ReviewQuestion & { slug: string; assignmentCount: number; reach: EditReach }) | null> {
  if (!isTeacher(viewer)) return null;
  const db = await getDb();
  const q = await db.question.findFirst({
    where: { id: questionId, status: { not: 'retired' } },
    select: {
      id: true, origin: true, status: true, type: true, kind: true, prompt: true, choicesJson: true, answer: true,
      acceptedJson: true, explanation: true, sourceSentence: true, sourceStart: true, sourceEnd: true, article: { select: { slug: true } },
    },
  });
  if (!q) return null;
  const reach = await previewEditReach(db, viewer.id, questionId);
  return {
    assignmentCount: reach.unstarted + reach.started + reach.others,
    reach,
    id: q.id, origin: q.origin, status: q.status as QuestionStatus, type: q.type, kind: q.kind, prompt: q.prompt,
    choices: parseChoices(q.choicesJson), answer: q.answer, accepted: parseAccepted(q.acceptedJson), explanation: q.explanation,
    source: toSourceRef(q),
    slug: q.article.slug,
  };
}

export type ReviewResult = 'ok' | 'forbidden' | 'not_found';

const DECISIONS = { approve: 'approved', reject: 'rejected', restore: 'draft' } as const satisfies Record<Decision, DecidedStatus>;

/** The decision that puts a question back in `status` (an undo). */
export function decisionFor(status: DecidedStatus): Decision {
  return status === 'approved' ? 'approve' : status === 'rejected' ? 'reject' : 'restore';
}

export type DecisionOutcome =
  | { result: 'ok'; previous: DecidedStatus; status: DecidedStatus; prompt: string }
  /** The question is already in the status asked for (approved twice, from two tabs): nothing to do. */
  | { result: 'already'; status: DecidedStatus; prompt: string }
  | { result: ReviewResult & ('forbidden' | 'not_found') }
  /** Decided otherwise in another tab or by another teacher since the caller saw it (it is left as it is). */
  | { result: 'changed' };

/**
 * Teachers: approve, reject or send back to draft, and say what the question was before (so
 * the page can offer to undo it); the article's practice quiz follows. With `expected` (the
 * status the page showed, or the one the decision being undone set), only a question still in
 * that status changes: a decision made on a stale page, or an undo, never overwrites a later one.
 * A question already in the status asked for is left alone and reported as 'already', whoever
 * put it there: the caller's wish holds, so it is no conflict.
 */
export async function applyDecision(viewer: Viewer, questionId: string, decision: Decision, expected?: DecidedStatus): Promise<DecisionOutcome> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const target = DECISIONS[decision];
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const q = await tx.question.findFirst({
      where: { id: questionId, status: { in: ['draft', 'approved', 'rejected'] } },
      select: { status: true, prompt: true, articleId: true, article: { select: { title: true } } },
    });
    if (!q) return { result: 'not_found' as const };
    const previous = q.status as DecidedStatus;
    if (previous === target) return { result: 'already' as const, status: target, prompt: q.prompt };
    if (expected && previous !== expected) return { result: 'changed' as const };
    await lockArticle(tx as unknown as typeof db, q.articleId); // before the question: see lockArticle
    // Conditional on the status just read: a concurrent decision makes this one a no-op.
    const changed = await tx.question.updateMany({ where: { id: questionId, status: previous }, data: { status: target } });
    if (changed.count === 0) {
      // Decided meanwhile (PostgreSQL re-checks the row once the other write commits): the same
      // decision is no conflict, another one is.
      const now = await tx.question.findUnique({ where: { id: questionId }, select: { status: true } });
      return now?.status === target ? { result: 'already' as const, status: target, prompt: q.prompt } : { result: 'changed' as const };
    }
    await refreshPracticeQuiz(tx as unknown as typeof db, q.articleId, q.article.title);
    return { result: 'ok' as const, previous, status: target, prompt: q.prompt };
  });
}

/**
 * Teachers: approve, reject or send back to draft; the article's practice quiz follows. With
 * `expected` (the status the caller saw), 'changed' says it was decided otherwise by someone
 * else since and left alone; 'already' that it is in the status asked for (nothing was done).
 * A concurrent decision is never reported as this one done.
 */
export async function decideQuestion(viewer: Viewer, questionId: string, decision: Decision, expected?: DecidedStatus): Promise<ReviewResult | 'changed' | 'already'> {
  return (await applyDecision(viewer, questionId, decision, expected)).result;
}

export interface QuestionContent {
  type: string;
  prompt: string;
  choices: string[];
  answer: string;
  /** Other accepted answers (short answers); none when left out. */
  accepted?: string[];
  explanation: string;
}

export type EditOutcome =
  /** `questionId`: the new version; `reach`: what the edit did to the assignments asking the old one. */
  | { result: 'ok'; questionId: string; reach: EditReach }
  | { result: ReviewResult & ('forbidden' | 'not_found') };

/**
 * Teachers: an edit makes a new approved version and retires the old one, so responses given
 * to the old wording keep pointing at what the student saw. In the same transaction the new
 * version takes the old one's place in the editor's assignments that no student has started
 * (question-edit-reach.ts, which also says why a student starting meanwhile sees one version).
 */
export async function applyEdit(viewer: Viewer, questionId: string, content: QuestionContent): Promise<EditOutcome> {
  if (!isTeacher(viewer)) return { result: 'forbidden' };
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const old = await tx.question.findFirst({
      where: { id: questionId, status: { not: 'retired' } },
      select: { articleId: true, lineageId: true, kind: true, rank: true, difficulty: true, sourceSentence: true, sourceStart: true, sourceEnd: true, generatorVersion: true, article: { select: { title: true } } },
    });
    if (!old) return { result: 'not_found' as const };
    await lockArticle(tx as unknown as typeof db, old.articleId); // before the question: see lockArticle
    const retired = await tx.question.updateMany({ where: { id: questionId, status: { not: 'retired' } }, data: { status: 'retired' } });
    if (retired.count === 0) return { result: 'not_found' as const };
    const created = await tx.question.create({
      data: {
        // The same question, reworded: its lineage goes on (an open assignment asking the old
        // version keeps this one out of practice too: assignment-visibility.ts).
        lineageId: old.lineageId,
        articleId: old.articleId, origin: 'teacher', status: 'approved', kind: old.kind, rank: old.rank, difficulty: old.difficulty,
        sourceSentence: old.sourceSentence, sourceStart: old.sourceStart, sourceEnd: old.sourceEnd, generatorVersion: old.generatorVersion,
        type: content.type, prompt: content.prompt, choicesJson: JSON.stringify(content.choices), answer: content.answer,
        acceptedJson: JSON.stringify(content.accepted ?? []), explanation: content.explanation,
      },
      select: { id: true },
    });
    await refreshPracticeQuiz(tx as unknown as typeof db, old.articleId, old.article.title);
    // After the practice quiz: the lock order question-edit-reach.ts relies on.
    const reach = await carryEditToUnstartedAssignments(tx, viewer.id, questionId, created.id);
    return { result: 'ok' as const, questionId: created.id, reach };
  });
}

/** Teachers: applyEdit, for callers that need only whether it was done. */
export async function editQuestion(viewer: Viewer, questionId: string, content: QuestionContent): Promise<ReviewResult> {
  return (await applyEdit(viewer, questionId, content)).result;
}

/** Teachers: a question of their own, approved, with no source sentence (its explanation is shown instead). */
export async function createTeacherQuestion(viewer: Viewer, slug: string, content: QuestionContent): Promise<ReviewResult> {
  if (!isTeacher(viewer)) return 'forbidden';
  const db = await getDb();
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (!article) return 'not_found';
  await db.$transaction(async (tx) => {
    await lockArticle(tx as unknown as typeof db, article.id); // before the question: see lockArticle
    const last = await tx.question.aggregate({ where: { articleId: article.id }, _max: { rank: true } });
    await tx.question.create({
      data: {
        ...newOriginalQuestion(), articleId: article.id, origin: 'teacher', status: 'approved', kind: 'term', rank: (last._max.rank ?? 0) + 1,
        type: content.type, prompt: content.prompt, choicesJson: JSON.stringify(content.choices), answer: content.answer,
        acceptedJson: JSON.stringify(content.accepted ?? []), explanation: content.explanation,
      },
    });
    await refreshPracticeQuiz(tx as unknown as typeof db, article.id, article.title);
  });
  return 'ok';
}
