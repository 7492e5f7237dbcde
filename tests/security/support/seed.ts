// Seeds data for the security and durability suites through the app's own Prisma client.
// Run by harness.ts `seed()` in a child process: tsx --conditions=react-server seed.ts COMMAND JSON
import { randomUUID } from 'node:crypto';
import type { Viewer } from '../../../lib/auth';
import { disconnectDb, getDb } from '../../../lib/db';
import { createAssignment, startAssignmentAttempt } from '../../../lib/dal/assignments';
import { getAttemptForTaking, saveAnswer, submitAttempt } from '../../../lib/dal/attempts';
import { joinClass } from '../../../lib/dal/classes';
import { newOriginalQuestion } from '../../../lib/question-identity';
import { addFlashcards, createQuiz, createViewer, THREE_QUESTIONS, type QuestionSpec } from '../../factories';
import { assignInput, local } from '../../integration/assignment-inputs';

type Payload = Record<string, unknown>;

async function main() {
  const [command, raw] = process.argv.slice(2);
  const input = JSON.parse(raw ?? '{}') as Payload;
  const db = await getDb();
  let out: unknown;
  if (command === 'quiz') {
    const questions = (input.questions as QuestionSpec[] | undefined) ?? THREE_QUESTIONS;
    const quiz = await createQuiz(db, questions);
    const cards = input.flashcards ? await addFlashcards(db, quiz.slug, input.flashcards as never) : [];
    out = { ...quiz, flashcardIds: cards };
  } else if (command === 'admin') {
    const id = randomUUID();
    await db.user.create({ data: { id, name: 'Seeded admin', email: `admin-${id.slice(0, 8)}@sec.gleaner`, role: 'admin' } });
    out = { id };
  } else if (command === 'sessions') {
    // Students with a live session each, without paying for N argon2 sign-ups; the caller signs
    // the tokens into cookies with the server's secret (harness.ts sessionCookie).
    const users: { id: string; token: string }[] = [];
    const expiresAt = new Date(Date.now() + 86_400_000);
    for (let i = 0; i < Number(input.count); i++) {
      const id = randomUUID();
      const token = randomUUID().replace(/-/g, '');
      await db.user.create({ data: { id, name: `Load student ${i}`, email: `load-${id.slice(0, 12)}@sec.gleaner`, role: 'student' } });
      await db.session.create({ data: { id: randomUUID(), token, userId: id, expiresAt } });
      users.push({ id, token });
    }
    out = users;
  } else if (command === 'role') {
    await db.user.update({ where: { email: String(input.email) }, data: { role: String(input.role) } });
    out = { ok: true };
  } else if (command === 'article') {
    // An article whose title, body, questions and explanations all carry the given text.
    const text = String(input.text);
    const slug = `sec-${randomUUID().slice(0, 8)}`;
    const article = await db.article.create({
      data: {
        slug, title: `Article ${text}`, source: `Source ${text}`, license: 'CC0', body: `# Heading ${text}\n\nA paragraph ${text}.\n\n${text}`,
        wordCount: 10, contentHash: slug, generatorVersion: 'test',
      },
    });
    const ids: string[] = [];
    for (const [rank, type] of (['multiple_choice', 'short_answer'] as const).entries()) {
      const q = await db.question.create({
        data: {
          ...newOriginalQuestion(), articleId: article.id, origin: 'generated', status: rank === 0 ? 'approved' : 'draft', type, kind: 'term',
          prompt: `Prompt ${text}`, choicesJson: JSON.stringify(type === 'short_answer' ? [] : [`A ${text}`, 'B', 'C', 'D']),
          answer: type === 'short_answer' ? `answer ${text}` : `A ${text}`, explanation: `Because ${text}`, rank,
          sourceSentence: `A paragraph ${text}.`, sourceStart: 0, sourceEnd: 5,
        },
      });
      ids.push(q.id);
    }
    const quiz = await db.quiz.create({
      data: { articleId: article.id, title: `Quiz ${text}`, kind: 'practice', isCurrent: true, questions: { create: [{ questionId: ids[0], position: 0 }] } },
    });
    out = { slug, articleId: article.id, questionIds: ids, quizId: quiz.id };
  } else if (command === 'attempts') {
    // In-progress attempts with every answer saved, `perUser` for each user id.
    const quizId = String(input.quizId);
    const answers = input.answers as Record<string, string>;
    const questions = await db.quizQuestion.count({ where: { quizId } });
    const result: Record<string, string[]> = {};
    for (const userId of input.userIds as string[]) {
      result[userId] = [];
      for (let i = 0; i < Number(input.perUser ?? 1); i++) {
        const attempt = await db.attempt.create({
          data: {
            userId, quizId, total: questions,
            responses: { create: Object.entries(answers).map(([questionId, answer]) => ({ questionId, answer })) },
          },
          select: { id: true },
        });
        result[userId].push(attempt.id);
      }
    }
    out = result;
  } else if (command === 'marked-assignment') {
    // An open assignment of the teacher's class on a quiz of its own (so no other test's practice
    // quiz is held back), and the given student plus one more classmate who both submitted the
    // right answer to its first question: answers a teacher could mark, one by one or in bulk.
    const viewerOf = async (id: unknown): Promise<Viewer> => {
      const u = await db.user.findUniqueOrThrow({ where: { id: String(id) }, select: { id: true, name: true, email: true, role: true } });
      return { ...u, role: u.role as Viewer['role'] };
    };
    const [teacher, student] = [await viewerOf(input.teacherId), await viewerOf(input.studentId)];
    const classmate = await createViewer(db);
    await joinClass(classmate, String(input.joinCode));
    const quiz = await createQuiz(db, THREE_QUESTIONS);
    const now = new Date();
    const room = { classId: String(input.classId), article: { slug: quiz.slug } };
    const assigned = await createAssignment(teacher, assignInput(room, { openAt: local(new Date(now.getTime() - 60_000)), dueAt: local(new Date(now.getTime() + 7_200_000)) }), now);
    if (assigned.result !== 'ok') throw new Error(`not assigned: ${assigned.result}`);
    const attemptIds: string[] = [];
    let questionId = '';
    for (const viewer of [student, classmate]) {
      const started = await startAssignmentAttempt(viewer, assigned.id, now);
      if (started.outcome !== 'ok') throw new Error(`not started: ${started.outcome}`);
      const first = (await getAttemptForTaking(viewer, started.attemptId, now))!.questions.find((q) => q.prompt === THREE_QUESTIONS[0].prompt)!;
      await saveAnswer(viewer, started.attemptId, first.id, THREE_QUESTIONS[0].answer, now);
      await submitAttempt(viewer, started.attemptId, now);
      attemptIds.push(started.attemptId);
      questionId = first.id;
    }
    out = { assignmentId: assigned.id, attemptIds, questionId };
  } else {
    throw new Error(`unknown command ${command}`);
  }
  process.stdout.write(JSON.stringify(out));
  await disconnectDb();
}

main().catch(async (error) => {
  console.error(error);
  await disconnectDb().catch(() => {});
  process.exit(1);
});
