'use client';
// Before a teacher saves an assignment: which of their other assignments on the same questions
// still hold the answers back, until when, and what that means for this one
// (lib/dal/answer-holds.ts). It follows the form as it is filled in: the questions chosen, the
// opening time (a hold that ends before this opens does not matter), the due time and the
// review setting.
import Link from '@/components/ui/link';
import { useState, useSyncExternalStore } from 'react';
import { LocalTime } from '@/components/local-time';
import type { AnswerHoldView } from './answer-hold-view';

export interface HoldFormValues {
  /** The questions this assignment asks; null: every question the holds were read for. */
  questionIds: string[] | null;
  /** `datetime-local` values; an empty opening time means now. */
  openAt: string;
  dueAt: string;
  reviewPolicy: string;
}

export const ANSWER_HOLDS_ID = 'answer-holds';

/** The form's fields the warning follows (both forms name them alike); the questions are the form's own. */
export function readHoldFields(form: HTMLFormElement, questionIds: string[] | null = null): HoldFormValues {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  return { questionIds, openAt: text('openAt'), dueAt: text('dueAt'), reviewPolicy: text('reviewPolicy') };
}

/** A `datetime-local` value as a moment: the browser's zone once hydrated, UTC before (as the forms say). */
function readLocal(value: string, isBrowser: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const t = new Date(isBrowser ? value : `${value.slice(0, 16)}:00Z`).getTime();
  return Number.isNaN(t) ? null : t;
}

/** How often a form left open looks at the clock again. */
const TICK_MS = 30_000;
const subscribeTick = (onTick: () => void) => {
  const timer = setInterval(onTick, TICK_MS);
  document.addEventListener('visibilitychange', onTick);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onTick);
  };
};
// Date.now, not performance.now: the monotonic clock stops while a laptop sleeps in some browsers,
// and a form left open overnight must know the night has passed.
const readTick = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

/**
 * The server's clock as it runs on (ms): the page's `serverNow` plus the time since the form
 * appeared, re-read every half minute — so a form left open for hours stops warning about a
 * hold that has ended, and a skewed browser clock does not matter (only its run since then). The server render uses
 * `serverNow` as it is.
 */
export function useServerClock(serverNow: number): number {
  const [mountedAt] = useState(() => Date.now());
  const tick = useSyncExternalStore(subscribeTick, readTick, () => -1);
  return tick < 0 ? serverNow : serverNow + Math.max(0, tick - mountedAt);
}

/**
 * The holds that concern the form as it is now: those still holding answers back when this
 * assignment opens — its opening time, or `now` if that is empty or already past (an
 * assignment open already shows its questions from now on, whatever its opening time was).
 */
export function relevantHolds(holds: AnswerHoldView[], values: HoldFormValues, now: number, isBrowser: boolean): AnswerHoldView[] {
  const chosen = values.questionIds ? new Set(values.questionIds) : null;
  const opens = Math.max(readLocal(values.openAt, isBrowser) ?? now, now);
  return holds
    .map((h) => ({ ...h, questionIds: chosen ? h.questionIds.filter((id) => chosen.has(id)) : h.questionIds }))
    .filter((h) => h.questionIds.length > 0 && new Date(h.releaseAt).getTime() > opens);
}

/**
 * Whether this assignment, as set, would show another class's held answers sooner. Its students
 * are held back only by their own class's assignments: once this one is past its due time, its
 * questions come back into their flashcards (answer on the back) and practice quiz, whatever
 * the review setting says — so "Never" does not keep them back; only the due time does.
 */
function isLeak(h: AnswerHoldView, values: HoldFormValues, isBrowser: boolean): boolean {
  if (h.isSameClass) return false;
  if (values.reviewPolicy === 'immediately') return true;
  const due = readLocal(values.dueAt, isBrowser);
  return due !== null && due < new Date(h.releaseAt).getTime();
}

function latestRelease(holds: AnswerHoldView[]): string {
  return holds.reduce((latest, h) => (h.releaseAt > latest ? h.releaseAt : latest), holds[0].releaseAt);
}

function consequence(h: AnswerHoldView, values: HoldFormValues, isBrowser: boolean): string {
  if (h.isSameClass) {
    return 'In this class those answers stay hidden until then — in this assignment’s review too, whatever you choose under “Students see correct answers”.';
  }
  if (!isLeak(h, values, isBrowser)) return 'With these settings this assignment does not show them sooner.';
  const when = values.reviewPolicy === 'immediately' ? 'right after submitting' : 'after this assignment’s due time (on their flashcards and in practice, whatever the review setting)';
  return `Students here would see them ${when}, before ${h.className} is done, and could pass them on.`;
}

export function AnswerHoldWarning({ holds, values, now, isBrowser, changeHint }: {
  holds: AnswerHoldView[];
  values: HoldFormValues;
  /** The server's clock now (ms): useServerClock. */
  now: number;
  isBrowser: boolean;
  /** The other way out in this form, after "To keep them back, set this assignment’s due time after <date>, …" ('' for none). */
  changeHint: string;
}) {
  const shown = relevantHolds(holds, values, now, isBrowser);
  if (shown.length === 0) return null;
  const many = shown.length > 1;
  const leaking = shown.filter((h) => isLeak(h, values, isBrowser));
  return (
    <div id={ANSWER_HOLDS_ID} role="note" aria-labelledby={`${ANSWER_HOLDS_ID}-title`} className="rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <p id={`${ANSWER_HOLDS_ID}-title`} className="font-semibold">
        {many ? `${shown.length} other assignments still hold back answers to these questions` : 'Another assignment still holds back answers to these questions'}
      </p>
      <ul className="mt-2 flex flex-col gap-2">
        {shown.map((h) => (
          <li key={h.assignmentId} className="wrap-anywhere">
            <Link href={`/teach/assignments/${h.assignmentId}`} className="font-medium underline">{h.title}</Link>{' '}
            ({h.isSameClass ? 'this class' : h.className}) holds back the answers to {h.questionIds.length} of these questions until{' '}
            <strong><LocalTime iso={h.releaseAt} /></strong>
            {h.isExtended ? ' (a student there has extra time or is still working)' : ''}.{' '}
            {consequence(h, values, isBrowser)}
          </li>
        ))}
      </ul>
      {leaking.length ? (
        <p className="mt-2 text-sm">
          To keep them back, set this assignment’s due time after <LocalTime iso={latestRelease(leaking)} />
          {values.reviewPolicy === 'immediately' ? ' and choose “After the due time” or “Never”' : ''}
          {changeHint ? `, ${changeHint}` : '.'}
        </p>
      ) : null}
    </div>
  );
}
