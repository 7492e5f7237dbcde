// Teachers rename, delete and archive articles (lib/dal/article-manage.ts, lib/actions/article-manage.ts),
// against a real database: only teachers may; an unused article goes with everything drawn from
// it; a used one (attempts, assignments, students' study cards, questions a teacher decided on)
// or one shipped in content/ is archived — gone from the library, practice, study and new assignments —
// while its assignment, attempts and results stay readable. Only the session lookup and Next's
// cache and redirect are stood in for.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '@/lib/auth';
import { loadArticles, parseArticle, SHIPPED_ARTICLES_DIR } from '@/lib/content';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { importArticle } from '@/lib/import-content';
import { addFlashcards, createClassroom, createQuiz, createViewer, THREE_QUESTIONS, TWO_FLASHCARDS } from '../factories';
import { assignInput, minutes } from './assignment-inputs';
import { form } from './action-form';

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth', () => ({ getViewer: async () => session.viewer }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error('NEXT_REDIRECT'), { to });
  },
}));

const { renameArticleAction, archiveArticleAction, deleteArticleAction } = await import('@/lib/actions/article-manage');
const { deleteUnusedArticle, getArticleUsage, renameArticle, setArticleArchived } = await import('@/lib/dal/article-manage');
const { getArticle, listArticles } = await import('@/lib/dal/articles');
const { createAssignment, getAssignFormData, startAssignmentAttempt } = await import('@/lib/dal/assignments');
const { getAttemptForTaking, openPracticeAttemptOnArchived, saveAnswer, startPracticeAttempt, submitAttempt } = await import('@/lib/dal/attempts');
const { getAssignmentReport } = await import('@/lib/dal/gradebook');
const { listArticlesForReview } = await import('@/lib/dal/review');
const { getAttemptReview } = await import('@/lib/dal/results');
const { gradeCard } = await import('@/lib/dal/study');
const { getStudySession } = await import('@/lib/dal/study-session');
const { getTodayOverview } = await import('@/lib/dal/study-today');

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);
beforeEach(() => {
  session.viewer = null;
});

const idle = { status: 'idle' } as const;
const articleRow = (slug: string) => db.article.findUnique({ where: { slug }, select: { title: true, archivedAt: true } });

/** An article whose questions are all generated drafts but one rejected: nothing a teacher keeps. */
async function unusedArticle() {
  const created = await createQuiz(db, THREE_QUESTIONS);
  await db.question.updateMany({ where: { id: { in: created.questionIds } }, data: { origin: 'generated', status: 'draft' } });
  await db.question.update({ where: { id: created.questionIds[2] }, data: { status: 'rejected' } });
  return created;
}

/** A class with one assignment on its article, which its student has taken and submitted. */
async function usedClassroom() {
  const room = await createClassroom(db, 1);
  const created = await createAssignment(room.teacher, assignInput(room), minutes(-60));
  if (created.result !== 'ok') throw new Error(created.result);
  const student = room.students[0];
  const started = await startAssignmentAttempt(student, created.id, minutes(5));
  if (started.outcome !== 'ok') throw new Error(started.outcome);
  const taking = (await getAttemptForTaking(student, started.attemptId, minutes(6)))!;
  await saveAnswer(student, started.attemptId, taking.questions[0].id, 'Paris', minutes(6));
  await submitAttempt(student, started.attemptId, minutes(7));
  return { ...room, student, assignmentId: created.id, attemptId: started.attemptId };
}

describe('only teachers manage articles', () => {
  it('a student is refused rename, archive and delete, by the DAL and by the actions, and nothing changes', async () => {
    const student = await createViewer(db, 'student');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const before = await articleRow(slug);

    expect(await renameArticle(student, slug, 'Taken over')).toBe('forbidden');
    expect(await setArticleArchived(student, slug, true)).toBe('forbidden');
    expect(await deleteUnusedArticle(student, slug)).toBe('forbidden');
    expect(await getArticleUsage(student, slug)).toBeNull();

    session.viewer = student;
    expect(await renameArticleAction(idle, form({ slug, title: 'Taken over' }))).toMatchObject({ status: 'error', message: 'Only teachers can manage articles.' });
    expect(await archiveArticleAction(idle, form({ slug, archive: 'archive' }))).toMatchObject({ status: 'error', message: 'Only teachers can manage articles.' });
    expect(await deleteArticleAction(idle, form({ slug }))).toMatchObject({ status: 'error', message: 'Only teachers can manage articles.' });
    session.viewer = null;
    expect(await deleteArticleAction(idle, form({ slug }))).toMatchObject({ status: 'error', message: expect.stringMatching(/session has ended/) });

    expect(await articleRow(slug)).toEqual(before);
  });
});

describe('renaming', () => {
  it('trims the new title and refuses an empty or too long one, naming the limit; the practice quiz follows', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug, quizId } = await createQuiz(db, THREE_QUESTIONS);
    await db.quiz.update({ where: { id: quizId }, data: { title: `Article ${slug}: practice quiz` } });
    session.viewer = teacher;

    const blank = await renameArticleAction(idle, form({ slug, title: '   ' }));
    expect(blank).toMatchObject({ status: 'error', fieldErrors: { title: ['Enter a title.'] } });
    const long = 'A'.repeat(201);
    const tooLong = await renameArticleAction(idle, form({ slug, title: long }));
    expect(tooLong).toMatchObject({ status: 'error', fieldErrors: { title: ['Use at most 200 characters.'] }, values: { title: long } });
    expect((await articleRow(slug))?.title).toBe(`Article ${slug}`);

    expect(await renameArticleAction(idle, form({ slug, title: '  Glaciers, revised  ' }))).toMatchObject({ status: 'ok', message: 'Renamed to “Glaciers, revised”.' });
    expect((await articleRow(slug))?.title).toBe('Glaciers, revised');
    expect((await db.quiz.findUniqueOrThrow({ where: { id: quizId } })).title).toBe('Glaciers, revised: practice quiz');
  });
});

describe('deleting', () => {
  it('an unused article goes with its draft and rejected questions, quizzes and flashcards, in one go', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug, questionIds } = await unusedArticle();
    await addFlashcards(db, slug, TWO_FLASHCARDS);
    const { id: articleId } = await db.article.findUniqueOrThrow({ where: { slug } });

    const usage = await getArticleUsage(teacher, slug);
    expect(usage).toMatchObject({ questions: 3, flashcards: 2, quizzes: 1, studyCards: 0, keptQuestions: 0, attempts: 0, assignments: 0, isUsed: false, isShipped: false });

    session.viewer = teacher;
    await expect(deleteArticleAction(idle, form({ slug }))).rejects.toMatchObject({ to: '/teach?deleted=1' });

    expect(await db.article.count({ where: { id: articleId } })).toBe(0);
    expect(await db.question.count({ where: { id: { in: questionIds } } })).toBe(0);
    expect(await db.quiz.count({ where: { articleId } })).toBe(0);
    expect(await db.flashcard.count({ where: { articleId } })).toBe(0);
  });

  it('a student’s studied flashcards, or a question a teacher approved, retired or wrote, make it used: refused, and nothing is lost', async () => {
    const teacher = await createViewer(db, 'teacher');
    const student = await createViewer(db, 'student');
    session.viewer = teacher;

    const studied = await unusedArticle();
    const [flashcardId] = await addFlashcards(db, studied.slug, TWO_FLASHCARDS);
    expect(await gradeCard(student, `f:${flashcardId}`, 3, 0)).toBe('graded');
    expect(await getArticleUsage(teacher, studied.slug)).toMatchObject({ studyCards: 1, keptQuestions: 0, isUsed: true });
    expect(await deleteArticleAction(idle, form({ slug: studied.slug }))).toMatchObject({ status: 'error', message: expect.stringMatching(/flashcards.*Archive it instead/) });
    expect(await db.studyCard.count({ where: { userId: student.id } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: student.id } })).toBe(1);

    for (const kept of [{ status: 'approved' }, { status: 'retired' }, { origin: 'teacher' }]) {
      const { slug, questionIds } = await unusedArticle();
      await db.question.update({ where: { id: questionIds[0] }, data: kept });
      expect(await getArticleUsage(teacher, slug)).toMatchObject({ keptQuestions: 1, isUsed: true });
      expect(await deleteUnusedArticle(teacher, slug)).toBe('in_use');
      expect(await db.question.count({ where: { id: { in: questionIds } } })).toBe(3);
    }
  });

  it('a used article is refused and kept whole: it can be archived instead', async () => {
    const room = await usedClassroom();
    const slug = room.article.slug;
    expect(await getArticleUsage(room.teacher, slug)).toMatchObject({ attempts: 1, assignments: 1, isUsed: true });
    session.viewer = room.teacher;
    expect(await deleteArticleAction(idle, form({ slug }))).toMatchObject({ status: 'error', message: expect.stringMatching(/Archive it instead/) });
    expect(await db.question.count({ where: { article: { slug } } })).toBe(3);

    // Assigned but not yet taken counts as used too.
    const other = await createClassroom(db, 1);
    expect((await createAssignment(other.teacher, assignInput(other), minutes(-60))).result).toBe('ok');
    expect(await deleteUnusedArticle(other.teacher, other.article.slug)).toBe('in_use');
    expect(await articleRow(other.article.slug)).not.toBeNull();
  });
});

describe('archiving', () => {
  it('hides the article from the library, practice and new assignments; the assignment, attempt and results stay readable; restore brings it back', async () => {
    const room = await usedClassroom();
    const slug = room.article.slug;
    // Someone outside the class, whose practice no assignment pauses.
    const reader = await createViewer(db, 'student');
    expect((await listArticles()).map((a) => a.slug)).toContain(slug);
    expect(await getAssignFormData(room.teacher, room.classId).then((d) => d?.articles.map((a) => a.slug))).toContain(slug);
    session.viewer = room.teacher;
    expect(await archiveArticleAction(idle, form({ slug, archive: 'archive' }))).toMatchObject({ status: 'ok' });
    expect((await articleRow(slug))?.archivedAt).toBeInstanceOf(Date);

    expect((await listArticles()).map((a) => a.slug)).not.toContain(slug);
    expect(await startPracticeAttempt(reader, slug)).toBeNull();
    expect(await getArticle(slug)).toMatchObject({ hasQuiz: false, isArchived: true });
    const picker = await getAssignFormData(room.teacher, room.classId);
    expect(picker?.articles.map((a) => a.slug)).not.toContain(slug);
    expect(await createAssignment(room.teacher, assignInput(room, { title: 'Quiz 2' }), minutes(-60))).toEqual({ result: 'not_found' });
    // Teachers still find it, marked archived, to restore it.
    expect((await listArticlesForReview(room.teacher))?.find((a) => a.slug === slug)?.archivedAt).toBeInstanceOf(Date);

    const review = await getAttemptReview(room.student, room.attemptId, minutes(8));
    expect(review?.score).toBe(1);
    const report = await getAssignmentReport(room.teacher, room.assignmentId, minutes(8));
    expect(report).not.toBeNull();
    expect(JSON.stringify(report)).toContain(room.student.id);

    expect(await archiveArticleAction(idle, form({ slug, archive: 'restore' }))).toMatchObject({ status: 'ok' });
    expect((await listArticles()).map((a) => a.slug)).toContain(slug);
    expect(await startPracticeAttempt(reader, slug)).toEqual(expect.any(String));
  });

  it('sets a student’s started deck aside without touching it: off Today and study, no grades, back as it was on restore', async () => {
    const teacher = await createViewer(db, 'teacher');
    const student = await createViewer(db, 'student');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const [flashcardId] = await addFlashcards(db, slug, TWO_FLASHCARDS);
    const key = `f:${flashcardId}`;
    const studiedAt = new Date(Date.now() - 30 * 86_400_000);
    expect(await gradeCard(student, key, 1, 0, 'study', studiedAt)).toBe('graded');
    const card = await db.studyCard.findFirstOrThrow({ where: { userId: student.id, flashcardId } });
    const listed = async () => (await getTodayOverview(student)).articles.find((a) => a.slug === slug);
    expect(await listed()).toMatchObject({ due: 1, isStarted: true });

    expect(await setArticleArchived(teacher, slug, true)).toBe('ok');
    expect(await listed()).toBeUndefined();
    expect(await getStudySession(student, slug)).toBeNull();
    expect(await gradeCard(student, key, 3, card.version)).toBe('not_found');
    // The schedule and its history are kept as they were.
    expect(await db.studyCard.findUniqueOrThrow({ where: { id: card.id } })).toEqual(card);
    expect(await db.reviewLog.count({ where: { studyCardId: card.id } })).toBe(1);

    expect(await setArticleArchived(teacher, slug, false)).toBe('ok');
    expect(await listed()).toMatchObject({ due: 1, isStarted: true });
  });
});

describe('articles shipped in content/', () => {
  it('a teacher’s title survives a re-import of the file, even one a new generator version redraws', async () => {
    const teacher = await createViewer(db, 'teacher');
    const raw = await readFile(`${SHIPPED_ARTICLES_DIR}/putin-offers-mediation-south-caucasus.md`, 'utf8');
    const file = parseArticle(raw, `renamed-${Date.now().toString(36)}.md`);
    await importArticle(db, file);
    expect(await renameArticle(teacher, file.slug, 'Caucasus talks, for Year 9')).toBe('ok');

    await db.article.update({ where: { slug: file.slug }, data: { generatorVersion: 'an-older-generator' } });
    expect((await importArticle(db, file)).outcome).toBe('updated');
    expect((await articleRow(file.slug))?.title).toBe('Caucasus talks, for Year 9');
    const quiz = await db.quiz.findFirstOrThrow({ where: { article: { slug: file.slug }, kind: 'practice', isCurrent: true } });
    expect(quiz.title).toBe('Caucasus talks, for Year 9: practice quiz');
  });

  it('cannot be deleted, since the next start would import it again: only archived', async () => {
    const teacher = await createViewer(db, 'teacher');
    const [shipped] = await loadArticles(SHIPPED_ARTICLES_DIR);
    // Another test file may import the same file at the same moment: a lost race is its import.
    await importArticle(db, shipped).catch(() => importArticle(db, shipped));
    // Nothing in it is used, so only its origin stands in the way.
    expect(await getArticleUsage(teacher, shipped.slug)).toMatchObject({ isShipped: true });

    expect(await deleteUnusedArticle(teacher, shipped.slug)).toBe('shipped');
    session.viewer = teacher;
    expect(await deleteArticleAction(idle, form({ slug: shipped.slug }))).toMatchObject({
      status: 'error',
      message: 'This article ships with Gleaner in content/ and would come back at the next start; archive it instead.',
    });
    expect(await db.article.count({ where: { slug: shipped.slug } })).toBe(1);
  });
});

describe('a practice attempt open when its article is archived', () => {
  it('stays the student’s to finish at its own address, with the answers saved so far; no new one starts', async () => {
    const teacher = await createViewer(db, 'teacher');
    const student = await createViewer(db, 'student');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const attemptId = (await startPracticeAttempt(student, slug))!;
    const taking = (await getAttemptForTaking(student, attemptId))!;
    const pick = (q: (typeof taking.questions)[number]) => q.choices[0]?.value ?? 'Shakespeare';
    expect(await saveAnswer(student, attemptId, taking.questions[0].id, pick(taking.questions[0]))).toBe('saved');
    expect(await openPracticeAttemptOnArchived(student, slug)).toBeNull();

    expect(await setArticleArchived(teacher, slug, true)).toBe('ok');
    expect(await startPracticeAttempt(student, slug)).toBeNull();
    // The article page links it ("Finish your practice quiz").
    expect(await openPracticeAttemptOnArchived(student, slug)).toBe(attemptId);
    const resumed = (await getAttemptForTaking(student, attemptId))!;
    expect(resumed.answers).toEqual({ [taking.questions[0].id]: pick(taking.questions[0]) });
    expect(await saveAnswer(student, attemptId, taking.questions[1].id, pick(taking.questions[1]))).toBe('saved');
    expect(await submitAttempt(student, attemptId)).toMatchObject({ outcome: 'submitted', total: 3 });
    expect(await openPracticeAttemptOnArchived(student, slug)).toBeNull();
  });
});

describe('duplicate titles', () => {
  it('teacher lists and the assignment picker give each article its source and the date it was added', async () => {
    const room = await createClassroom(db, 0);
    const twin = await createQuiz(db, THREE_QUESTIONS);
    const title = `Twin ${twin.slug}`;
    await db.article.update({ where: { slug: room.article.slug }, data: { title, source: 'BBC News' } });
    await db.article.update({ where: { slug: twin.slug }, data: { title, source: 'Ms Rivera' } });
    const picker = (await getAssignFormData(room.teacher, room.classId))!.articles.filter((a) => a.title === title);
    expect(picker.map((a) => a.source).sort()).toEqual(['BBC News', 'Ms Rivera']);
    expect(picker.every((a) => a.createdAt instanceof Date)).toBe(true);
    const review = (await listArticlesForReview(room.teacher))!.filter((a) => a.title === title);
    expect(review.map((a) => a.source).sort()).toEqual(['BBC News', 'Ms Rivera']);
  });
});

