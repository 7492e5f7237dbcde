// Seeds e2e data through the app's own Prisma client, against the e2e server's database.
// Run by e2e/support/factories.ts in a child process (tsx, react-server conditions).
import { disconnectDb, getDb } from '../../lib/db';
import { addFlashcards, createQuiz, THREE_QUESTIONS, TWO_FLASHCARDS } from '../../tests/factories';

async function main() {
  const [command, arg] = process.argv.slice(2);
  const db = await getDb();
  if (command === 'canary-quiz') {
    const canary = arg;
    const quiz = await createQuiz(db, [
      { type: 'short_answer', prompt: 'Type the secret word.', choices: [], answer: canary, explanation: `The word was ${canary}.` },
      { type: 'multiple_choice', prompt: 'Pick one.', choices: ['Red', 'Green', 'Blue', 'Yellow'], answer: 'Green', explanation: `Green, not ${canary}` },
    ]);
    // Other accepted answers are answer key too.
    await db.question.update({ where: { id: quiz.questionIds[0] }, data: { acceptedJson: JSON.stringify([`also-${canary}`]) } });
    process.stdout.write(JSON.stringify(quiz));
  } else if (command === 'attempt') {
    const row = await db.attempt.findUniqueOrThrow({ where: { id: arg }, include: { responses: true } });
    process.stdout.write(JSON.stringify({ status: row.status, score: row.score, submittedAt: row.submittedAt, responses: row.responses.length }));
  } else if (command === 'study-deck') {
    // Two flashcards (Jupiter, Mars) then three questions: a deck whose order and answers are known.
    const quiz = await createQuiz(db, THREE_QUESTIONS);
    await addFlashcards(db, quiz.slug, TWO_FLASHCARDS);
    process.stdout.write(JSON.stringify(quiz));
  } else if (command === 'study-logs') {
    const user = await db.user.findUniqueOrThrow({ where: { email: arg }, select: { id: true } });
    const logs = await db.reviewLog.findMany({ where: { userId: user.id }, orderBy: { reviewedAt: 'asc' }, select: { rating: true, source: true } });
    process.stdout.write(JSON.stringify(logs));
  } else if (command === 'assignable-article') {
    // An article whose three questions (THREE_QUESTIONS) are approved, ready to assign.
    const quiz = await createQuiz(db, THREE_QUESTIONS);
    const article = await db.article.update({ where: { slug: quiz.slug }, data: { title: `Assignable ${arg}` }, select: { title: true } });
    process.stdout.write(JSON.stringify({ ...quiz, title: article.title }));
  } else if (command === 'draft-article') {
    // An article whose three questions (THREE_QUESTIONS) all wait for review.
    const quiz = await createQuiz(db, THREE_QUESTIONS);
    await db.question.updateMany({ where: { id: { in: quiz.questionIds } }, data: { status: 'draft' } });
    const article = await db.article.update({ where: { slug: quiz.slug }, data: { title: `Drafts ${arg}` }, select: { title: true } });
    process.stdout.write(JSON.stringify({ ...quiz, title: article.title }));
  } else if (command === 'expire-open-attempts') {
    // Time passes on the server: the student's open attempts reach their deadline a minute ago.
    const user = await db.user.findUniqueOrThrow({ where: { email: arg }, select: { id: true } });
    const moved = await db.attempt.updateMany({
      where: { userId: user.id, status: 'in_progress', deadlineAt: { not: null } },
      data: { deadlineAt: new Date(Date.now() - 60_000) },
    });
    process.stdout.write(JSON.stringify({ moved: moved.count }));
  } else if (command === 'move-open-deadlines') {
    // The server's deadline of the student's open attempts moves to `seconds` from now (a teacher
    // giving more time, or time running out): arg is "email,seconds" or "email,none".
    const [email, seconds] = arg.split(',');
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    const moved = await db.attempt.updateMany({
      where: { userId: user.id, status: 'in_progress', deadlineAt: { not: null } },
      // "none": no deadline any more (the teacher removed the time limit).
      data: { deadlineAt: seconds === 'none' ? null : new Date(Date.now() + Number(seconds) * 1000) },
    });
    process.stdout.write(JSON.stringify({ moved: moved.count }));
  } else if (command === 'ten-choice-quiz') {
    // Three questions whose order and choices are known: four choices, ten choices (the tenth
    // picked by the key 0), a short answer. `arg` names the article.
    const quiz = await createQuiz(db, [
      { type: 'multiple_choice', prompt: 'Capital of France?', choices: ['Berlin', 'Paris', 'Rome', 'Madrid'], answer: 'Paris' },
      {
        type: 'multiple_choice',
        prompt: 'Which is the tenth planet in this list?',
        choices: ['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Eris'],
        answer: 'Eris',
      },
      { type: 'short_answer', prompt: 'Who wrote Hamlet?', choices: [], answer: 'William Shakespeare', kind: 'person' },
    ]);
    await db.article.update({ where: { slug: quiz.slug }, data: { title: `Ten choices ${arg}` } });
    process.stdout.write(JSON.stringify(quiz));
  } else {
    throw new Error(`unknown command ${command}`);
  }
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
