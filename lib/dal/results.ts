// Reviews of submitted attempts and the student's score history. Only the attempt's owner
// reads them, and correct answers appear only once the attempt is submitted.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { choiceValue, percent } from '@/lib/grading';
import { parseChoices, toSourceRef } from './question-fields';

export interface ReviewedQuestion {
  id: string;
  position: number;
  type: string;
  prompt: string;
  choices: string[];
  yourAnswer: string | null;
  correctAnswer: string;
  isCorrect: boolean;
  explanation: string;
  source: { sentence: string; start: number; end: number } | null;
}

export interface AttemptReview {
  id: string;
  article: { slug: string; title: string };
  submittedAt: Date;
  score: number;
  total: number;
  percent: number;
  questions: ReviewedQuestion[];
}

/** Shows a stored answer as the student saw it ("True" rather than "true"). */
function displayAnswer(type: string, choices: string[], value: string): string {
  return choices.find((c) => choiceValue(type, c) === value) ?? value;
}

/** The attempt's owner only, and only after submission; null otherwise (the page shows 404). */
export async function getAttemptReview(viewer: Viewer, attemptId: string): Promise<AttemptReview | null> {
  const db = await getDb();
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, userId: viewer.id, status: 'submitted' },
    select: {
      id: true,
      submittedAt: true,
      score: true,
      total: true,
      responses: { select: { questionId: true, answer: true, isCorrect: true } },
      quiz: {
        select: {
          article: { select: { slug: true, title: true } },
          questions: {
            orderBy: { position: 'asc' },
            select: {
              position: true,
              question: {
                select: {
                  id: true, type: true, prompt: true, choicesJson: true, answer: true, explanation: true,
                  sourceSentence: true, sourceStart: true, sourceEnd: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!attempt || !attempt.submittedAt) return null;
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const score = attempt.score ?? 0;
  return {
    id: attempt.id,
    article: attempt.quiz.article,
    submittedAt: attempt.submittedAt,
    score,
    total: attempt.total,
    percent: percent(score, attempt.total),
    questions: attempt.quiz.questions.map(({ position, question: q }) => {
      const choices = parseChoices(q.choicesJson);
      const response = responses.get(q.id);
      return {
        id: q.id,
        position,
        type: q.type,
        prompt: q.prompt,
        choices,
        yourAnswer: response ? displayAnswer(q.type, choices, response.answer) : null,
        correctAnswer: displayAnswer(q.type, choices, q.answer),
        isCorrect: response?.isCorrect ?? false,
        explanation: q.explanation,
        source: toSourceRef(q),
      };
    }),
  };
}

export interface ScoreRow {
  attemptId: string;
  submittedAt: Date;
  article: { slug: string; title: string };
  score: number;
  total: number;
  percent: number;
}

export interface QuizScoreSummary {
  article: { slug: string; title: string };
  attempts: number;
  best: ScoreRow;
  latest: ScoreRow;
}

/** The viewer's own submitted attempts, newest first, with best and latest per article. */
export async function listMyScores(viewer: Viewer): Promise<{ attempts: ScoreRow[]; perArticle: QuizScoreSummary[] }> {
  const db = await getDb();
  const rows = await db.attempt.findMany({
    where: { userId: viewer.id, status: 'submitted' },
    orderBy: { submittedAt: 'desc' },
    take: 500,
    select: {
      id: true, submittedAt: true, score: true, total: true,
      quiz: { select: { article: { select: { slug: true, title: true } } } },
    },
  });
  const attempts: ScoreRow[] = rows.map((r) => ({
    attemptId: r.id,
    submittedAt: r.submittedAt ?? new Date(0),
    article: r.quiz.article,
    score: r.score ?? 0,
    total: r.total,
    percent: percent(r.score ?? 0, r.total),
  }));
  const perArticle = new Map<string, QuizScoreSummary>();
  for (const row of attempts) {
    const summary = perArticle.get(row.article.slug);
    if (!summary) {
      perArticle.set(row.article.slug, { article: row.article, attempts: 1, best: row, latest: row });
      continue;
    }
    summary.attempts += 1;
    if (row.percent > summary.best.percent) summary.best = row;
  }
  return { attempts, perArticle: [...perArticle.values()] };
}
