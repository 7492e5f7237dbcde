// Teachers' articles and question files against a real database: only teachers may add,
// export or import; an added article's questions land in review; an import is all or nothing.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content';
import { createArticle, slugFromTitle } from '@/lib/dal/article-authoring';
import { importQuestionsIntoBank } from '@/lib/dal/question-bank-import';
import { getExportCounts, getFlashcardsForExport, getQuestionsForExport } from '@/lib/dal/question-export';
import { disconnectDb, getDb, type Db } from '@/lib/db';
import type { InterchangeQuestion } from '@/lib/interchange';
import { addFlashcards, createQuiz, createViewer, THREE_QUESTIONS, TWO_FLASHCARDS } from '../factories';

let db: Db;
let body: string;
beforeAll(async () => {
  db = await getDb();
  body = splitFrontMatter(await readFile('content/articles/the-great-barrier-reef.md', 'utf8')).body;
});
afterAll(disconnectDb);

const IMPORTED: InterchangeQuestion[] = [
  { type: 'multiple_choice', prompt: 'Which river flows through Paris?', choices: ['The Seine', 'The Thames'], answer: 'The Seine', explanation: 'Paris lies on the Seine.' },
  { type: 'true_false', prompt: 'The Moon is a planet.', choices: ['True', 'False'], answer: 'false', explanation: 'It is a satellite.' },
  { type: 'short_answer', prompt: 'Who wrote "Hamlet"?', choices: [], answer: 'Shakespeare', explanation: '' },
];

describe('adding an article', () => {
  it('is refused to students, and adds nothing', async () => {
    const student = await createViewer(db, 'student');
    const title = `Student attempt ${randomUUID()}`;
    expect(await createArticle(student, { title, source: 'Me', license: 'CC0', body })).toBe('forbidden');
    expect(await db.article.count({ where: { title } })).toBe(0);
  });

  it('draws draft questions with sources and flashcards, and never adds the same article twice', async () => {
    const teacher = await createViewer(db, 'teacher');
    const title = `The Reef ${randomUUID().slice(0, 8)}`;
    const input = { title, source: 'Gleaner tests', url: 'https://example.org/reef', license: 'CC BY 4.0', body: body.replace(/\n/g, '\r\n') };
    const result = await createArticle(teacher, input);
    if (result === 'forbidden') throw new Error('refused');
    expect(result).toMatchObject({ status: 'created', slug: slugFromTitle(title) });
    expect(result.questionCount).toBeGreaterThan(5);

    const row = await db.article.findUniqueOrThrow({ where: { slug: result.slug }, include: { questions: true, flashcards: true, quizzes: true } });
    expect(row).toMatchObject({ title, source: 'Gleaner tests', url: 'https://example.org/reef', license: 'CC BY 4.0', body });
    expect(row.wordCount).toBeGreaterThan(100);
    expect(row.contentHash).not.toBe('');
    expect(row.questions.every((q) => q.status === 'draft' && q.origin === 'generated')).toBe(true);
    for (const q of row.questions) expect(row.body.slice(q.sourceStart!, q.sourceEnd!)).toBe(q.sourceSentence);
    expect(row.flashcards.length).toBeGreaterThan(0);
    expect(row.quizzes.filter((q) => q.isCurrent)).toHaveLength(1);

    // A double submit finds the article it already made.
    expect(await createArticle(teacher, input)).toMatchObject({ status: 'exists', slug: result.slug });
    // Same title, different text: a second article with its own slug; the first is untouched.
    const second = await createArticle(teacher, { ...input, body: `${body}\n\nOne more paragraph about the reef and its fish.` });
    expect(second).toMatchObject({ status: 'created', slug: `${result.slug}-2` });
    expect((await db.article.findUniqueOrThrow({ where: { slug: result.slug } })).body).toBe(body);
  });

  it('saves an article that is not English for reading, draws no questions from it, and says why', async () => {
    const teacher = await createViewer(db, 'teacher');
    const title = `Le budget de Lyon ${randomUUID().slice(0, 8)}`;
    const french = [
      "Le conseil municipal de Lyon a voté mardi un budget de 1 500 millions d'euros pour l'année prochaine.",
      'La maire a déclaré que la ville allait construire deux nouvelles écoles et une piscine dans le quartier de la Croix-Rousse.',
      "Les travaux doivent commencer au printemps et durer plusieurs mois. Selon l'opposition, le projet coûtera plus cher que prévu,",
      'mais la majorité estime que les habitants attendent ces équipements depuis longtemps. Le vote a eu lieu après un débat de six heures.',
    ].join('\n');
    const result = await createArticle(teacher, { title, source: 'Gleaner tests', license: 'CC BY 4.0', body: french });
    if (result === 'forbidden') throw new Error('refused');
    expect(result).toMatchObject({ status: 'created', questionCount: 0, notEnglish: { language: 'fr' } });
    const row = await db.article.findUniqueOrThrow({ where: { slug: result.slug }, include: { questions: true, flashcards: true } });
    expect(row).toMatchObject({ title, body: french });
    expect(row.questions).toEqual([]);
    expect(row.flashcards).toEqual([]);
    // An English article is drawn from as before, with no refusal.
    const english = await createArticle(teacher, { title: `${title} (English)`, source: 'Gleaner tests', license: 'CC BY 4.0', body });
    if (english === 'forbidden') throw new Error('refused');
    expect(english).not.toHaveProperty('notEnglish');
  });

  it('makes safe slugs that never shadow the teacher pages', () => {
    expect(slugFromTitle('Café Society: Naïve Art!')).toBe('cafe-society-naive-art');
    // A long title is cut at a word boundary, within 80 characters.
    const long = slugFromTitle('The Gemini Missions: How Ten Flights in Twenty Months Tested Rendezvous, Docking and Taught Astronauts to Work Outside');
    expect(long).toBe('the-gemini-missions-how-ten-flights-in-twenty-months-tested-rendezvous-docking');
    expect(slugFromTitle('x'.repeat(100))).toBe('x'.repeat(80));
    expect(slugFromTitle('Add')).toBe('article-add');
    expect(slugFromTitle('東京')).toBe('article');
  });
});

describe('exporting', () => {
  it('gives teachers the approved questions only, and students nothing', async () => {
    const teacher = await createViewer(db, 'teacher');
    const student = await createViewer(db, 'student');
    const { slug, questionIds } = await createQuiz(db, THREE_QUESTIONS);
    await db.question.update({ where: { id: questionIds[1] }, data: { status: 'draft' } });
    await addFlashcards(db, slug, TWO_FLASHCARDS);

    expect(await getQuestionsForExport(student, slug)).toBeNull();
    expect(await getFlashcardsForExport(student, slug)).toBeNull();
    expect(await getExportCounts(student, slug)).toBeNull();
    expect(await getQuestionsForExport(teacher, 'no-such-article')).toBeNull();

    const bank = await getQuestionsForExport(teacher, slug);
    expect(bank?.questions.map((q) => q.prompt)).toEqual([THREE_QUESTIONS[0].prompt, THREE_QUESTIONS[2].prompt]);
    expect(bank?.questions[0]).toEqual({ type: 'multiple_choice', prompt: 'Capital of France?', choices: ['Berlin', 'Paris', 'Rome', 'Madrid'], answer: 'Paris', explanation: '' });
    expect(bank?.skipped).toBe(0);
    const deck = await getFlashcardsForExport(teacher, slug);
    expect(deck?.cards).toEqual([{ front: 'Largest planet', back: 'Jupiter' }, { front: 'Red planet', back: 'Mars' }]);
    expect(await getExportCounts(teacher, slug)).toEqual({ questions: 2, cards: 2 });
  });
});

describe('importing into a bank', () => {
  it('is refused to students and for unknown articles', async () => {
    const student = await createViewer(db, 'student');
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    expect(await importQuestionsIntoBank(student, slug, IMPORTED)).toBe('forbidden');
    expect(await importQuestionsIntoBank(teacher, 'no-such-article', IMPORTED)).toBe('not_found');
    expect(await db.question.count({ where: { article: { slug } } })).toBe(3);
  });

  it('adds approved teacher questions without sources, joins the practice quiz, and skips what is already there', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const result = await importQuestionsIntoBank(teacher, slug, [...IMPORTED, IMPORTED[0]]);
    expect(result).toMatchObject({ status: 'ok', slug, imported: 3, skipped: 1 });
    const rows = await db.question.findMany({ where: { article: { slug }, kind: 'imported' }, orderBy: { rank: 'asc' } });
    expect(rows.map((r) => r.prompt)).toEqual(IMPORTED.map((q) => q.prompt));
    for (const r of rows) expect(r).toMatchObject({ origin: 'teacher', status: 'approved', sourceSentence: null, sourceStart: null });
    const quiz = await db.quiz.findFirstOrThrow({ where: { article: { slug }, isCurrent: true }, include: { questions: true } });
    expect(quiz.questions).toHaveLength(6);

    // The same file again adds nothing.
    expect(await importQuestionsIntoBank(teacher, slug, IMPORTED)).toMatchObject({ status: 'ok', imported: 0, skipped: 3 });
    expect(await db.question.count({ where: { article: { slug } } })).toBe(6);
  });

  it('refuses a list with one bad question and writes nothing', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const bad = { ...IMPORTED[0], answer: 'The Danube' };
    const result = await importQuestionsIntoBank(teacher, slug, [IMPORTED[1], bad, IMPORTED[2]]);
    expect(result).toEqual({ status: 'invalid', message: 'Question 2: the answer must be one of the choices' });
    expect(await db.question.count({ where: { article: { slug } } })).toBe(3);
  });

  it('rolls back every question when the database fails half way', async () => {
    const teacher = await createViewer(db, 'teacher');
    const { slug } = await createQuiz(db, THREE_QUESTIONS);
    const marker = `BOOM-${randomUUID()}`;
    const name = `boom_${randomUUID().replace(/-/g, '')}`;
    const isSqlite = (process.env.DATABASE_URL ?? '').startsWith('file:');
    // A real failure from the database on the third insert, not a mock.
    if (isSqlite) {
      await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Question" WHEN NEW.prompt = '${marker}' BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    } else {
      await db.$executeRawUnsafe(`CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF NEW.prompt = '${marker}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Question" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
    }
    try {
      const questions = [IMPORTED[0], IMPORTED[1], { ...IMPORTED[2], prompt: marker }];
      await expect(importQuestionsIntoBank(teacher, slug, questions)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(isSqlite ? `DROP TRIGGER ${name}` : `DROP TRIGGER ${name} ON "Question"`);
      if (!isSqlite) await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    }
    expect(await db.question.count({ where: { article: { slug } } })).toBe(3);
  });
});
