// Importing articles: questions keep their source offsets, an unchanged re-import keeps ids,
// and a changed article retires old drafts while past attempts still point at what they answered.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles, parseArticle } from '@/lib/content';
import { saveAnswer, startPracticeAttempt, submitAttempt } from '@/lib/dal/attempts';
import { getAttemptReview } from '@/lib/dal/results';
import { applyEdit } from '@/lib/dal/review';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import { importArticle, importArticles, PRACTICE_QUIZ_SIZE } from '@/lib/import-content';
import { createViewer } from '../factories';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});
afterAll(disconnectDb);

async function seedArticle(slugSuffix: string, extra = '') {
  const raw = await readFile('content/articles/putin-offers-mediation-south-caucasus.md', 'utf8');
  return parseArticle(raw + extra, `seed-${slugSuffix}.md`);
}

describe('importing content/', () => {
  it('imports every shipped article with a practice quiz whose questions point at their sentences', async () => {
    const articles = await loadArticles('content/articles');
    expect(articles.length).toBeGreaterThanOrEqual(3);
    const results = await importArticles(db, articles);
    expect(results.every((r) => r.outcome !== 'unchanged' || r.questionCount > 0)).toBe(true);
    for (const article of articles) {
      const row = await db.article.findUniqueOrThrow({
        where: { slug: article.slug },
        include: { questions: true, quizzes: { where: { isCurrent: true }, include: { questions: true } } },
      });
      expect(row.questions.length).toBeGreaterThan(0);
      for (const q of row.questions) {
        expect(row.body.slice(q.sourceStart!, q.sourceEnd!)).toBe(q.sourceSentence);
      }
      expect(row.quizzes).toHaveLength(1);
      expect(row.quizzes[0].questions.length).toBe(Math.min(PRACTICE_QUIZ_SIZE, row.questions.length));
    }
  });

  it('keeps questions and ids when an unchanged article is imported again', async () => {
    const article = await seedArticle('unchanged');
    expect((await importArticle(db, article)).outcome).toBe('created');
    const before = await db.question.findMany({ where: { article: { slug: article.slug } }, select: { id: true }, orderBy: { id: 'asc' } });
    expect((await importArticle(db, article)).outcome).toBe('unchanged');
    const after = await db.question.findMany({ where: { article: { slug: article.slug } }, select: { id: true }, orderBy: { id: 'asc' } });
    expect(after).toEqual(before);
  });

  it('retires old drafts when the text changes, keeping past attempts intact', async () => {
    const original = await seedArticle('changed');
    await importArticle(db, original);
    const student = await createViewer(db);
    const attemptId = (await startPracticeAttempt(student, original.slug))!;
    const firstQuiz = await db.quiz.findFirstOrThrow({ where: { article: { slug: original.slug }, isCurrent: true }, include: { questions: true } });
    const answered = firstQuiz.questions[0].questionId;
    const question = await db.question.findUniqueOrThrow({ where: { id: answered } });
    // The stored key is exactly what the right choice posts ("true"/"false" for true/false).
    expect(await saveAnswer(student, attemptId, answered, question.answer)).toBe('saved');
    await submitAttempt(student, attemptId);

    // A teacher approved one question: it must survive the change.
    const approved = firstQuiz.questions[1].questionId;
    await db.question.update({ where: { id: approved }, data: { status: 'approved' } });

    const changed = { ...original, body: original.body.replace(/Putin/g, 'Vladimir Putin'), contentHash: `${original.contentHash}-v2` };
    expect((await importArticle(db, changed)).outcome).toBe('updated');

    const statuses = await db.question.findMany({ where: { article: { slug: original.slug } }, select: { id: true, status: true } });
    const byId = new Map(statuses.map((q) => [q.id, q.status]));
    expect(byId.get(approved)).toBe('approved');
    expect(statuses.some((q) => q.status === 'retired')).toBe(true);
    expect(statuses.some((q) => q.status === 'draft')).toBe(true);

    const quizzes = await db.quiz.findMany({ where: { article: { slug: original.slug } } });
    expect(quizzes.filter((q) => q.isCurrent)).toHaveLength(1);
    // The old attempt's review still shows the question it answered, as it was.
    const review = await getAttemptReview(student, attemptId);
    expect(review?.questions[0].id).toBe(answered);
    expect(review?.score).toBe(1);
  });

  it('does not bring back the old wording of a question a teacher edited when the article is drawn again', async () => {
    const article = await seedArticle('edited');
    await importArticle(db, article);
    const teacher = await createViewer(db, 'teacher');
    const v1 = await db.question.findFirstOrThrow({ where: { article: { slug: article.slug }, type: 'short_answer' }, orderBy: { rank: 'asc' } });
    const edited = await applyEdit(teacher, v1.id, { type: 'short_answer', prompt: `${v1.prompt} (reworded)`, choices: [], answer: v1.answer, explanation: '' });
    expect(edited.result).toBe('ok');
    // A new generator version draws the same text again, v1's question among it.
    await db.article.update({ where: { slug: article.slug }, data: { generatorVersion: 'older' } });
    expect((await importArticle(db, article)).outcome).toBe('updated');
    expect((await db.question.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe('retired');
    const v2 = await db.question.findUniqueOrThrow({ where: { id: edited.result === 'ok' ? edited.questionId : '' } });
    expect(v2.status).not.toBe('retired');
    // A retired question nobody edited still comes back when it is drawn again.
    const other = await db.question.findFirstOrThrow({ where: { article: { slug: article.slug }, status: 'draft', id: { not: v1.id } } });
    await db.question.update({ where: { id: other.id }, data: { status: 'retired' } });
    await db.article.update({ where: { slug: article.slug }, data: { generatorVersion: 'older' } });
    await importArticle(db, article);
    expect((await db.question.findUniqueOrThrow({ where: { id: other.id } })).status).toBe('draft');
  });
});

