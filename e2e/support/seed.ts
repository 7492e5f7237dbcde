// Seeds e2e data through the app's own Prisma client, against the e2e server's database.
// Run by e2e/support/factories.ts in a child process (tsx, react-server conditions).
import { disconnectDb, getDb } from '../../lib/db';
import { createQuiz } from '../../tests/factories';

async function main() {
  const [command, arg] = process.argv.slice(2);
  const db = await getDb();
  if (command === 'canary-quiz') {
    const canary = arg;
    const quiz = await createQuiz(db, [
      { type: 'short_answer', prompt: 'Type the secret word.', choices: [], answer: canary, explanation: `The word was ${canary}.` },
      { type: 'multiple_choice', prompt: 'Pick one.', choices: ['Red', 'Green', 'Blue', 'Yellow'], answer: 'Green', explanation: `Green, not ${canary}` },
    ]);
    process.stdout.write(JSON.stringify(quiz));
  } else if (command === 'attempt') {
    const row = await db.attempt.findUniqueOrThrow({ where: { id: arg }, include: { responses: true } });
    process.stdout.write(JSON.stringify({ status: row.status, score: row.score, submittedAt: row.submittedAt, responses: row.responses.length }));
  } else {
    throw new Error(`unknown command ${command}`);
  }
  await disconnectDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
