// The Today page: due and new cards per article, the review heatmap, the streak, leeches,
// and the student's desired retention. Only the viewer's own schedules and reviews are read.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb } from '@/lib/db';
import { buildHeatmap, countByDay, currentStreak, dayKey, type HeatmapDay } from '@/lib/study/activity';
import { DECK_FLASHCARD_STATUSES, DECK_QUESTION_STATUSES, getRetention } from './study-deck';
import { readDeckSizes } from './study-today-sql';
import { readHiddenDeckQuestions } from './visibility-sql';

export interface ArticleDue {
  slug: string;
  title: string;
  due: number;
  new: number;
  /** Whether the student has studied a card of it (so the deck stays listed once finished). */
  isStarted: boolean;
  /** When its next studied card comes due, if none is due now. */
  nextDue: Date | null;
  /** Nothing due before the student's day ends. */
  isDoneToday: boolean;
}

export interface Leech {
  id: string;
  front: string;
  lapses: number;
  article: { slug: string; title: string };
}

export interface TodayOverview {
  articles: ArticleDue[];
  totalDue: number;
  totalNew: number;
  heatmap: HeatmapDay[][];
  reviewsToday: number;
  streak: number;
  leeches: Leech[];
  retention: number;
}

const STREAK_LOOKBACK_DAYS = 366;

/** Signed-in viewer, their own data only; days are counted in `timeZone` (a valid IANA name). */
export async function getTodayOverview(viewer: Viewer, now = new Date(), timeZone = 'UTC'): Promise<TodayOverview> {
  const db = await getDb();
  // An archived article's deck is set aside, not suspended card by card: a teacher archives an
  // article to withdraw it from new work (outdated or wrong), so it leaves Today and its study
  // page, already-started cards included. Nothing is written to the student's cards: their
  // schedules, own suspensions and review history (the heatmap and streak still count those
  // reviews) stay exactly as they were, and un-archiving brings the deck back as it was.
  //
  // A deck is deckQuestionWhere's questions, but its assignment rule is applied here in two
  // steps: the queries below filter by status only, and the questions an assignment hides from
  // the viewer are read once, starting from the viewer's assignments (readHiddenDeckQuestions),
  // then taken off the counts and the cards. Asking the rule of every question in the count
  // cost seconds on a large question bank (bench/deck-filter.ts).
  const inDeckByStatus = {
    article: { archivedAt: null },
    OR: [{ flashcard: { status: { in: DECK_FLASHCARD_STATUSES } } }, { question: { status: { in: DECK_QUESTION_STATUSES } } }],
  };
  const [articles, statesByStatus, reviews, leechesByStatus, retention, hidden] = await Promise.all([
    readDeckSizes(db),
    db.studyCard.findMany({ where: { userId: viewer.id, ...inDeckByStatus }, select: { articleId: true, questionId: true, state: true, due: true, isSuspended: true } }),
    db.reviewLog.findMany({
      where: { userId: viewer.id, reviewedAt: { gte: new Date(now.getTime() - STREAK_LOOKBACK_DAYS * 86_400_000) } },
      select: { reviewedAt: true },
    }),
    db.studyCard.findMany({
      where: { userId: viewer.id, isLeech: true, ...inDeckByStatus },
      orderBy: { updatedAt: 'desc' },
      select: {
        id: true,
        questionId: true,
        lapses: true,
        article: { select: { slug: true, title: true } },
        flashcard: { select: { front: true } },
        question: { select: { prompt: true } },
      },
    }),
    getRetention(viewer, db),
    readHiddenDeckQuestions(db, viewer.id, now),
  ]);
  const hiddenIds = new Set(hidden.map((q) => q.id));
  const hiddenPerArticle = new Map<string, number>();
  for (const q of hidden) hiddenPerArticle.set(q.articleId, (hiddenPerArticle.get(q.articleId) ?? 0) + 1);
  // A card is a flashcard's or a question's, never both (schema.prisma), so a card of a hidden
  // question is one the status filter let in by its question alone.
  const isNotHidden = (card: { questionId: string | null }) => card.questionId === null || !hiddenIds.has(card.questionId);
  const states = statesByStatus.filter(isNotHidden);
  const leeches = leechesByStatus.filter(isNotHidden);

  const perArticle = new Map(
    articles.map((a) => [a.id, { slug: a.slug, title: a.title, due: 0, new: a.cards - (hiddenPerArticle.get(a.id) ?? 0), isStarted: false, nextDue: null as Date | null }]),
  );
  for (const s of states) {
    const entry = perArticle.get(s.articleId);
    if (!entry) continue;
    // A card leaves "new" once seen (undo can put it back), and a suspended card is in no count.
    if (s.state !== 'new' || s.isSuspended) entry.new -= 1;
    if (s.isSuspended || s.state === 'new') continue;
    entry.isStarted = true;
    if (s.due <= now) entry.due += 1;
    else if (!entry.nextDue || s.due < entry.nextDue) entry.nextDue = s.due;
  }
  const today = dayKey(now, timeZone);
  // Most due first, then decks with new cards, then finished ones; each in title order.
  const list = [...perArticle.values()]
    .map((a) => ({ ...a, nextDue: a.due > 0 ? null : a.nextDue, isDoneToday: a.due === 0 && a.new === 0 && (!a.nextDue || dayKey(a.nextDue, timeZone) > today) }))
    .sort((a, b) => b.due - a.due || Number(b.new > 0) - Number(a.new > 0));
  const counts = countByDay(reviews.map((r) => r.reviewedAt), timeZone);
  return {
    articles: list,
    totalDue: list.reduce((n, a) => n + a.due, 0),
    totalNew: list.reduce((n, a) => n + a.new, 0),
    heatmap: buildHeatmap(counts, now, timeZone),
    reviewsToday: counts.get(dayKey(now, timeZone)) ?? 0,
    streak: currentStreak(counts, now, timeZone),
    leeches: leeches.map((l) => ({
      id: l.id,
      front: l.flashcard?.front ?? l.question?.prompt ?? '',
      lapses: l.lapses,
      article: l.article,
    })),
    retention,
  };
}

/** Signed-in viewer: their own desired retention (validated 0.7..0.97 by the action's schema). */
export async function updateStudySettings(viewer: Viewer, desiredRetention: number): Promise<void> {
  const db = await getDb();
  await db.studySettings.upsert({
    where: { userId: viewer.id },
    create: { userId: viewer.id, desiredRetention },
    update: { desiredRetention },
  });
}
