// The spaced-repetition schedule: a thin, pure wrapper around ts-fsrs (FSRS-6). It converts
// between the database row (lib/dal/study.ts) and ts-fsrs's Card, so the DAL never touches
// ts-fsrs enums and this file never touches the database.
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { CARD_STATES, type CardState, type RatingValue } from '@/lib/schemas/study';

export const DEFAULT_RETENTION = 0.9;
/** Anki's default leech threshold; a leech is flagged and suspended. */
export const LEECH_LAPSES = 8;
/** Like Anki's "learn ahead limit": a learning card due this soon is shown rather than waiting. */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** The schedule fields of a StudyCard row (what undo restores, together with the flags). */
export interface Schedule {
  state: CardState;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: Date | null;
}

const STATE_OF: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

function toCard(s: Schedule): Card {
  return {
    state: STATE_OF[s.state],
    due: s.due,
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    last_review: s.lastReview ?? undefined,
  };
}

function fromCard(c: Card): Schedule {
  return {
    state: CARD_STATES[c.state],
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    lastReview: c.last_review ?? null,
  };
}

// Fuzz off: the interval printed on a button is exactly the one the grade gives.
function scheduler(retention: number) {
  return fsrs({ request_retention: retention, enable_fuzz: false, enable_short_term: true });
}

export function newSchedule(now: Date): Schedule {
  return fromCard(createEmptyCard(now));
}

export function nextSchedule(current: Schedule, rating: RatingValue, now: Date, retention = DEFAULT_RETENTION): Schedule {
  return fromCard(scheduler(retention).next(toCard(current), now, rating as Grade).card);
}

/** Milliseconds until the card would be due again after each rating, for the buttons' labels. */
export function previewIntervals(current: Schedule, now: Date, retention = DEFAULT_RETENTION): Record<RatingValue, number> {
  const preview = scheduler(retention).repeat(toCard(current), now);
  const ms = (r: Grade) => preview[r].card.due.getTime() - now.getTime();
  return { 1: ms(Rating.Again), 2: ms(Rating.Hard), 3: ms(Rating.Good), 4: ms(Rating.Easy) };
}

/** "1m", "10m", "3h", "4d", "2.5mo", "1.2y": short enough for a button on a phone. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 30) return `${days}d`;
  if (days < 365) return `${Math.round((days / 30) * 10) / 10}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/** The spoken form of formatInterval for screen readers ("in 3 days"). */
export function describeInterval(ms: number): string {
  const short = formatInterval(ms);
  const match = /^([\d.]+)(m|h|d|mo|y)$/.exec(short);
  if (!match) return short;
  const unit = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' }[match[2] as 'm' | 'h' | 'd' | 'mo' | 'y'];
  return `in ${match[1]} ${unit}${match[1] === '1' ? '' : 's'}`;
}
