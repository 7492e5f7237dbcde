// Seed factories: every test makes its own users and articles instead of sharing fixtures.
import { randomUUID } from 'node:crypto';
import type { Viewer } from '@/lib/auth';
import { createClass, joinClass } from '@/lib/dal/classes';
import type { Db } from '@/lib/db';
import { newOriginalQuestion } from '@/lib/question-identity';

export async function createViewer(db: Db, role: Viewer['role'] = 'student'): Promise<Viewer> {
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@test.gleaner`;
  await db.user.create({ data: { id, name: `Test ${role}`, email, role } });
  return { id, name: `Test ${role}`, email, role };
}

export interface QuestionSpec {
  type: 'multiple_choice' | 'true_false' | 'short_answer';
  prompt: string;
  choices: string[];
  answer: string;
  explanation?: string;
  /** What the question asks about (generated questions carry one); 'term' unless given. */
  kind?: string;
}

/** An article with a current practice quiz made of the given questions, in order. */
export async function createQuiz(db: Db, questions: QuestionSpec[]): Promise<{ slug: string; quizId: string; questionIds: string[] }> {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  const article = await db.article.create({
    data: {
      slug, title: `Article ${slug}`, source: 'Tests', license: 'CC0', body: 'A body.', wordCount: 2,
      contentHash: slug, generatorVersion: 'test',
    },
  });
  const questionIds: string[] = [];
  for (const [rank, q] of questions.entries()) {
    const row = await db.question.create({
      data: {
        ...newOriginalQuestion(), articleId: article.id, origin: 'teacher', status: 'approved', type: q.type, kind: q.kind ?? 'term', prompt: q.prompt,
        choicesJson: JSON.stringify(q.choices), answer: q.answer, explanation: q.explanation ?? '', rank,
      },
    });
    questionIds.push(row.id);
  }
  const quiz = await db.quiz.create({
    data: {
      articleId: article.id, title: 'Quiz', kind: 'practice', isCurrent: true,
      questions: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
  });
  return { slug, quizId: quiz.id, questionIds };
}

export const THREE_QUESTIONS: QuestionSpec[] = [
  { type: 'multiple_choice', prompt: 'Capital of France?', choices: ['Berlin', 'Paris', 'Rome', 'Madrid'], answer: 'Paris' },
  { type: 'true_false', prompt: 'Water boils at 100 °C at sea level.', choices: ['True', 'False'], answer: 'true' },
  { type: 'short_answer', prompt: 'Who wrote Hamlet?', choices: [], answer: 'William Shakespeare', kind: 'person' },
];

export interface FlashcardSpec {
  front: string;
  back: string;
  sourceSentence?: string;
}

/** Generated-style flashcards on an existing article (found by slug), ranked in order. */
export async function addFlashcards(db: Db, slug: string, cards: FlashcardSpec[]): Promise<string[]> {
  const article = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const ids: string[] = [];
  for (const [rank, c] of cards.entries()) {
    const sentence = c.sourceSentence ?? null;
    const row = await db.flashcard.create({
      data: {
        articleId: article.id, genKey: randomUUID(), kind: 'term', front: c.front, back: c.back, rank,
        sourceSentence: sentence, sourceStart: sentence ? 0 : null, sourceEnd: sentence ? sentence.length : null,
      },
    });
    ids.push(row.id);
  }
  return ids;
}

export const TWO_FLASHCARDS: FlashcardSpec[] = [
  { front: 'Largest planet', back: 'Jupiter', sourceSentence: 'Jupiter is the largest planet.' },
  { front: 'Red planet', back: 'Mars', sourceSentence: 'Mars is called the red planet.' },
];

/** A teacher, a class with `students` enrolled, and an article with THREE_QUESTIONS (all approved). */
export async function createClassroom(db: Db, students = 1, className = 'Period 3') {
  const teacher = await createViewer(db, 'teacher');
  const created = await createClass(teacher, className);
  if (created.result !== 'ok') throw new Error('no class');
  const pupils: Viewer[] = [];
  for (let i = 0; i < students; i++) {
    const s = await createViewer(db);
    await joinClass(s, created.joinCode);
    pupils.push(s);
  }
  const article = await createQuiz(db, THREE_QUESTIONS);
  return { teacher, classId: created.id, students: pupils, article };
}
