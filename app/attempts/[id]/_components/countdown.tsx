'use client';
// The time left on an attempt with a deadline. The server decides (it refuses answers after the
// deadline and closes the attempt itself); this only shows the time and, at zero, submits what
// was saved so the student lands on their result — unless the server says the deadline has moved
// (a teacher gave more time), when it counts on to the new one. The time runs from the server's
// clock as this tab last heard it (quiz-clock.ts), not the device's.
import { useEffect, useRef, useState } from 'react';
import { hearDeadline, msUntilDeadline } from './quiz-clock';
import { openResults, postSubmit } from './quiz-routes';
import { settleAnswers } from './tab-answers';

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

const ANNOUNCE_AT = [10 * 60_000, 5 * 60_000, 60_000];

/**
 * The submit at zero, tried again (2 s, 4 s, … up to 30 s apart) while the connection is down.
 * Nothing is lost meanwhile: the server closes the attempt at its deadline by itself, with the
 * answers saved before it; this only brings the student to the result.
 */
async function submitUntilAnswered(attemptId: string, setFailure: (message: string) => void, stillShown: () => boolean): Promise<'submitted' | 'moved' | 'lifted' | 'stopped'> {
  for (let tries = 0; stillShown(); tries++) {
    const reply = await postSubmit(attemptId, { atDeadline: true });
    if (reply?.status === 'submitted') {
      openResults(attemptId);
      return 'submitted';
    }
    if (reply?.status === 'open') {
      setFailure('');
      // The time limit was removed since this page heard the deadline: no countdown any more.
      if (reply.deadlineAt === null) return 'lifted';
      // More time was given: count on to the new deadline.
      hearDeadline(attemptId, Date.parse(reply.deadlineAt), Date.parse(reply.serverNow));
      return 'moved';
    }
    if (reply?.status === 'error') {
      setFailure(
        reply.refusal === 'signed_out'
          ? 'Time is up. Your session has ended: your saved answers will be graded; sign in again to see your result.'
          : reply.message,
      );
      return 'stopped';
    }
    setFailure('Time is up, but Gleaner cannot be reached. Your saved answers will be graded; trying again…');
    await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 2_000 * 2 ** tries)));
  }
  return 'stopped';
}

interface Props {
  attemptId: string;
  /** The deadline and the server's clock when the page was rendered, in epoch milliseconds. */
  deadlineMs: number;
  serverNowMs: number;
}

export function Countdown({ attemptId, deadlineMs, serverNowMs }: Props) {
  // The first render (server and hydration alike) shows the time as rendered.
  const [left, setLeft] = useState(deadlineMs - serverNowMs);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');
  const [lifted, setLifted] = useState(false);
  const submitting = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    hearDeadline(attemptId, deadlineMs, serverNowMs);
    const announced = new Set(ANNOUNCE_AT.filter((t) => t >= (msUntilDeadline(attemptId) ?? 0)));
    const tick = () => {
      const now = msUntilDeadline(attemptId) ?? deadlineMs - serverNowMs;
      setLeft(now);
      for (const mark of ANNOUNCE_AT) {
        if (now <= mark && !announced.has(mark)) {
          announced.add(mark);
          setAnnouncement(`${mark / 60_000} ${mark === 60_000 ? 'minute' : 'minutes'} left.`);
        } else if (now > mark) {
          announced.delete(mark); // more time was given: announce the mark again when it comes
        }
      }
      if (now <= 0 && !submitting.current) {
        submitting.current = true;
        setAnnouncement('Time is up. Submitting your saved answers.');
        // The answer on screen and any save still in flight go first (the server allows 15 s of
        // grace after the deadline; this waits at most 5).
        void settleAnswers()
          .then(() => submitUntilAnswered(attemptId, setFailure, () => mounted.current))
          .then((outcome) => {
            if (outcome === 'lifted') {
              window.clearInterval(timer);
              setLifted(true);
              setAnnouncement('The time limit was removed.');
            } else if (outcome === 'moved') {
              setAnnouncement('More time was given. The countdown goes on.');
              // Not at once: a server whose clock runs a little behind may say "not yet" twice.
              window.setTimeout(() => {
                submitting.current = false;
              }, 2_000);
            }
          });
      }
    };
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [attemptId, deadlineMs, serverNowMs]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  if (lifted) {
    return (
      <p role="status" className="rounded-md border border-stone-200 bg-white px-4 py-2 dark:border-stone-800 dark:bg-stone-900">
        The time limit was removed: take the time you need.
      </p>
    );
  }
  const urgent = left <= 60_000;
  return (
    <div
      className={`sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-3 border-b px-4 py-2 sm:mx-0 sm:rounded-md sm:border ${
        urgent ? 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100' : 'border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900'
      }`}
    >
      {/* At zero the line reads "Time is up 0:00", not "Time left Time is up". */}
      <span>{left <= 0 ? 'Time is up' : 'Time left'}</span>
      <span role="timer" aria-label="Time left" className="font-mono text-xl font-semibold tabular-nums">
        {format(left)}
      </span>
      <span className="sr-only" aria-live="assertive">{announcement}</span>
      {failure ? (
        <p role="alert" className="basis-full text-sm">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
