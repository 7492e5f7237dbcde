// Students with open attempts, ready to submit over HTTP: sessions seeded straight into the
// database (signed with the server's secret), attempts with one answer already saved.
import { seed, sessionCookie } from '../../security/support/harness';

export interface LoadAttempt {
  userId: string;
  cookie: string;
  attemptId: string;
}

export interface LoadQuiz {
  slug: string;
  quizId: string;
  questionIds: string[];
}

/**
 * `students` students with `perStudent` open attempts each at one quiz (three questions); the
 * given answers are already saved (default: q1 correct).
 */
export function seedLoad(
  databaseUrl: string,
  students: number,
  perStudent: number,
  answers: (quiz: LoadQuiz) => Record<string, string> = (quiz) => ({ [quiz.questionIds[0]]: 'Paris' }),
): { quiz: LoadQuiz; attempts: LoadAttempt[] } {
  const quiz = seed<LoadQuiz>(databaseUrl, 'quiz');
  const users = seed<{ id: string; token: string }[]>(databaseUrl, 'sessions', { count: students });
  const byUser = seed<Record<string, string[]>>(databaseUrl, 'attempts', {
    quizId: quiz.quizId,
    userIds: users.map((u) => u.id),
    perUser: perStudent,
    answers: answers(quiz),
  });
  const attempts: LoadAttempt[] = [];
  for (const u of users) for (const attemptId of byUser[u.id]) attempts.push({ userId: u.id, cookie: sessionCookie(u.token), attemptId });
  return { quiz, attempts };
}
