// The study page's data: which card comes next for this student, the counts, the four
// grading options with their next intervals, the back once the student turns the card over,
// and a summary of today's study. The viewer comes first; schedules are read by owner.
import 'server-only';
import type { Viewer } from '@/lib/auth';
import { getDb, type Db } from '@/lib/db';
import { choiceLabel } from '@/lib/grading';
import { describeInterval, formatInterval, LEARN_AHEAD_MS, newSchedule, previewIntervals } from '@/lib/study/scheduler';
import { cueForFront } from '@/lib/study/card-cue';
import { checkTypedAnswer, type TypedAnswerKey, type TypedCheck } from '@/lib/study/typed-answer';
import { RATINGS, type CardState, type RatingValue } from '@/lib/schemas/study';
import { canUndo } from './study';
import { DECK_FLASHCARD_STATUSES, deckQuestionWhere, getRetention, listCardStates, listDeck, parseCardKey, type CardStateRow, type DeckEntry } from './study-deck';
import { parseAccepted, toSourceRef } from './question-fields';
import { startOfDay } from '@/lib/study/activity';

export interface StudyCounts {
  new: number;
  learning: number;
  due: number;
}

export interface GradeOption {
  rating: RatingValue;
  label: string;
  /** "3d", shown on the button */
  interval: string;
  /** "in 3 days", read by screen readers */
  spoken: string;
}

export interface StudyCardFront {
  key: string;
  version: number;
  state: CardState;
  front: string;
  cue: string | null;
  choices: string[];
  isTypable: boolean;
  options: GradeOption[];
}

/** Read only when the student turns the card over (DESIGN.md: the back is where answers show). */
export interface StudyCardBack {
  answer: string;
  /** A short answer's other accepted answers (the back is where answers show). */
  alsoAccepted: string[];
  explanation: string;
  source: { sentence: string; start: number; end: number } | null;
  typed: ({ text: string } & TypedCheck) | null;
}

export interface StudySummary {
  reviewed: number;
  byRating: Record<RatingValue, number>;
  nextDue: Date | null;
}

export interface StudySession {
  article: { slug: string; title: string };
  counts: StudyCounts;
  card: StudyCardFront | null;
  back: StudyCardBack | null;
  summary: StudySummary;
  canUndo: boolean;
}

interface Item {
  entry: DeckEntry;
  state: CardStateRow | null;
}

const isNew = (i: Item) => !i.state || i.state.state === 'new';
const isLearning = (i: Item) => i.state?.state === 'learning' || i.state?.state === 'relearning';
const byDue = (a: Item, b: Item) => a.state!.due.getTime() - b.state!.due.getTime();

/** Anki's order: learning cards that are due, then due reviews, then new cards, then learning a little ahead. */
function pickNext(items: Item[], now: Date): { next: Item | null; counts: StudyCounts } {
  const t = now.getTime();
  const learningNow = items.filter((i) => isLearning(i) && i.state!.due.getTime() <= t).sort(byDue);
  const learningSoon = items.filter((i) => isLearning(i) && i.state!.due.getTime() <= t + LEARN_AHEAD_MS).sort(byDue);
  const reviews = items.filter((i) => i.state?.state === 'review' && i.state.due.getTime() <= t).sort(byDue);
  const fresh = items.filter(isNew);
  const next = learningNow[0] ?? reviews[0] ?? fresh[0] ?? learningSoon[0] ?? null;
  return { next, counts: { new: fresh.length, learning: learningSoon.length, due: reviews.length } };
}

async function readBack(viewer: Viewer, db: Db, key: string, typed: string | undefined, isTypable: boolean): Promise<StudyCardBack | null> {
  const ref = parseCardKey(key);
  let back: Omit<StudyCardBack, 'typed'> | null = null;
  // What a typed answer is checked against besides the answer shown: the quiz's rules.
  let answerKey: TypedAnswerKey = {};
  if ('flashcardId' in ref) {
    const f = await db.flashcard.findFirst({
      where: { id: ref.flashcardId, status: { in: DECK_FLASHCARD_STATUSES } },
      select: { front: true, back: true, kind: true, sourceSentence: true, sourceStart: true, sourceEnd: true },
    });
    if (f) {
      back = { answer: f.back, alsoAccepted: [], explanation: '', source: toSourceRef(f) };
      // A card whose front is a bare name has the name's kind but a description on its back:
      // the surname rule fits only a back that answers the front (no cue needed).
      if (cueForFront(f.front, f.kind) === null) answerKey = { kind: f.kind };
    }
  } else {
    const q = await db.question.findFirst({
      where: { id: ref.questionId, ...deckQuestionWhere(viewer) },
      select: {
        type: true, kind: true, answer: true, acceptedJson: true, choicesJson: true, explanation: true,
        sourceSentence: true, sourceStart: true, sourceEnd: true,
      },
    });
    if (q) {
      const choices = JSON.parse(q.choicesJson) as string[];
      const answer = choiceLabel(q.type, choices, q.answer);
      const alsoAccepted = q.type === 'short_answer' ? parseAccepted(q.acceptedJson) : [];
      back = { answer, alsoAccepted, explanation: q.sourceSentence ? '' : q.explanation, source: toSourceRef(q) };
      answerKey = { accepted: alsoAccepted, kind: q.kind };
    }
  }
  if (!back) return null;
  const text = typed?.trim();
  return { ...back, typed: text && isTypable ? { text, ...checkTypedAnswer(text, back.answer, answerKey) } : null };
}


/**
 * Signed-in viewer, their own schedule only. `pin` keeps a card on screen (the one being
 * turned over, or the one just restored by undo) even if another became due meanwhile;
 * `reveal` adds its back. Null when there is no such article.
 */
export async function getStudySession(
  viewer: Viewer,
  slug: string,
  /** timeZone: the student's (knownTimeZone), for what counts as "today"; UTC when unknown. */
  options: { pin?: string; reveal?: boolean; typed?: string; timeZone?: string } = {},
  now = new Date(),
): Promise<StudySession | null> {
  const db = await getDb();
  // An archived article's deck is set aside (study-today.ts says why).
  const article = await db.article.findFirst({ where: { slug, archivedAt: null }, select: { id: true, slug: true, title: true } });
  if (!article) return null;
  const [deck, states, retention, logs, undoable] = await Promise.all([
    listDeck(viewer, article.id, db),
    listCardStates(viewer, article.id, db),
    getRetention(viewer, db),
    db.reviewLog.groupBy({
      by: ['rating'],
      where: { userId: viewer.id, source: 'study', reviewedAt: { gte: startOfDay(now, options.timeZone) }, studyCard: { userId: viewer.id, articleId: article.id } },
      _count: { _all: true },
    }),
    canUndo(viewer, slug, db),
  ]);
  const items = deck.map((entry) => ({ entry, state: states.get(entry.key) ?? null })).filter((i) => !i.state?.isSuspended);
  const { next, counts } = pickNext(items, now);
  const current = items.find((i) => options.pin !== undefined && i.entry.key === options.pin) ?? next;

  let card: StudyCardFront | null = null;
  let back: StudyCardBack | null = null;
  if (current) {
    const intervals = previewIntervals(current.state ?? newSchedule(now), now, retention);
    card = {
      key: current.entry.key,
      version: current.state?.version ?? 0,
      state: current.state?.state ?? 'new',
      front: current.entry.front,
      cue: current.entry.cue,
      choices: current.entry.choices,
      isTypable: current.entry.isTypable,
      options: RATINGS.map(({ value, label }) => ({ rating: value, label, interval: formatInterval(intervals[value]), spoken: describeInterval(intervals[value]) })),
    };
    if (options.reveal) back = await readBack(viewer, db, current.entry.key, options.typed, current.entry.isTypable);
  }

  const byRating: Record<RatingValue, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const g of logs) byRating[g.rating as RatingValue] = g._count._all;
  const upcoming = items.filter((i) => i.state && !isNew(i)).map((i) => i.state!.due.getTime());
  return {
    article: { slug: article.slug, title: article.title },
    counts,
    card,
    back,
    summary: {
      reviewed: Object.values(byRating).reduce((a, b) => a + b, 0),
      byRating,
      nextDue: upcoming.length ? new Date(Math.min(...upcoming)) : null,
    },
    canUndo: undoable,
  };
}
