'use client';
// The open quiz: every question arrives with the page, and moving between them (Next, Back, the
// review screen and its numbered links) happens here in the browser — the URL's ?q= changes
// through the history API, so a reload, the browser's Back and a bookmark still land in the same
// place, but the server renders a quiz once rather than once per question. Answers still go to the
// server one by one as they are given (QuestionForm). Without JavaScript each button and link is a
// plain request and the server renders the place the URL names.
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { parseQuizPosition, quizPositionHref, type QuizPosition } from '@/lib/quiz-position';
import { AnsweredCountProvider, useAnsweredCount } from './answered-count';
import { keyHint, QuestionForm, type QuizQuestion } from './question-form';
import { QuizProgress } from './quiz-progress';
import { ReviewLink } from './review-link';
import { SubmitForm } from './submit-form';

interface Props {
  attemptId: string;
  questions: QuizQuestion[];
  /** The answers stored when the page was rendered, by question id. */
  savedAnswers: Record<string, string>;
  /** When the server read them (its clock, ms): see tab-answers.ts. */
  answersReadAt: number;
}

/** Sent after this page's own pushState, so the position below reads the new address. */
const MOVED_EVENT = 'gleaner:quiz-moved';

function subscribeToAddress(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(MOVED_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(MOVED_EVENT, onChange);
  };
}

const addressQ = () => new URLSearchParams(window.location.search).get('q');

/**
 * ?q= as the address bar has it now. Next's router also follows pushState, but in a transition:
 * while a router.refresh is on its way (the tab shown again) its search params stay behind until
 * that refresh lands, so a Next pressed meanwhile would change the address but not the question.
 * Reading the address itself moves at once; the server's render uses the router's value.
 */
function useQuizQ(): string | null {
  const routerQ = useSearchParams().get('q');
  // A move by Next's router itself (none today; a Link or router.push to ?q= would be one) writes
  // the address after rendering: read it again once that render is committed.
  useEffect(() => {
    window.dispatchEvent(new Event(MOVED_EVENT));
  }, [routerQ]);
  return useSyncExternalStore(subscribeToAddress, addressQ, () => routerQ);
}

export function QuizPager({ attemptId, questions, savedAnswers, answersReadAt }: Props) {
  const position = parseQuizPosition(useQuizQ(), questions.length);
  const router = useRouter();
  const placeRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const questionIds = useMemo(() => questions.map((q) => q.id), [questions]);

  const go = useCallback(
    (to: QuizPosition) => {
      const href = quizPositionHref(attemptId, to);
      // A second click on Next while the first one's save was landing: one history entry.
      if (`${window.location.pathname}${window.location.search}` === href) return;
      moved.current = true;
      // Next's router follows pushState (no request); useQuizQ reads the new ?q= at once.
      window.history.pushState(null, '', href);
      window.dispatchEvent(new Event(MOVED_EVENT));
    },
    [attemptId],
  );

  // After a move (not on the first render), start the new place at the top and put the keyboard
  // and screen reader on its heading, as a page load would.
  const key = position.kind === 'review' ? 'review' : questions[position.index]?.id;
  useEffect(() => {
    if (!moved.current) return;
    window.scrollTo({ top: 0 });
    placeRef.current?.querySelector<HTMLElement>('[data-place-heading]')?.focus({ preventScroll: true });
  }, [key]);

  // When the page loads, the keyboard and screen reader start on the question itself: its prompt
  // is read, Enter presses Next, Tab reaches the choices. Once, without scrolling, and not when
  // the student has already put focus somewhere while the page loaded.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const place = placeRef.current;
    (place?.querySelector<HTMLElement>('[data-question-prompt]') ?? place?.querySelector<HTMLElement>('[data-place-heading]'))?.focus({
      preventScroll: true,
    });
  }, []);

  useEffect(() => {
    // The browser's Back and Forward between questions are moves too.
    const onPop = () => {
      moved.current = true;
    };
    // Back to this tab after working elsewhere (another tab or device may have answered, a
    // teacher may have given more time): the page's answers and deadline are read again.
    let hiddenAt = 0;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hiddenAt = Date.now();
      else if (hiddenAt && Date.now() - hiddenAt > 2_000) router.refresh();
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [router]);

  return (
    // One count for the whole quiz, following every save (answered-count.tsx).
    <AnsweredCountProvider attemptId={attemptId} questionIds={questionIds} savedAnswers={savedAnswers} answersReadAt={answersReadAt}>
      <div ref={placeRef} className="flex flex-col gap-6">
        {position.kind === 'review' ? (
          <QuizReview attemptId={attemptId} questions={questions} savedAnswers={savedAnswers} go={go} />
        ) : (
          <QuizQuestionPlace attemptId={attemptId} questions={questions} savedAnswers={savedAnswers} index={position.index} go={go} />
        )}
      </div>
    </AnsweredCountProvider>
  );
}

interface PlaceProps extends Omit<Props, 'answersReadAt'> {
  go: (to: QuizPosition) => void;
}

function QuizQuestionPlace({ attemptId, questions, savedAnswers, index, go }: PlaceProps & { index: number }) {
  const question = questions[index];
  return (
    <>
      <QuizProgress current={index + 1} total={questions.length} />
      <QuestionForm
        key={question.id}
        attemptId={attemptId}
        index={index}
        total={questions.length}
        question={question}
        savedAnswer={savedAnswers[question.id] ?? null}
        onMove={go}
      />
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {/* A phone has no keys to tell of (the study page hides its hints the same way). */}
        <span className="pointer-coarse:hidden">
          {question.type === 'short_answer' ? 'Keys: Enter next.' : `Keys: ${keyHint(question.choices.length).replace(/^press /, '')} to choose, Enter next.`}{' '}
        </span>
        Answers are saved as you go.{' '}
        <ReviewLink href={quizPositionHref(attemptId, { kind: 'review' })} onOpen={() => go({ kind: 'review' })}>
          Review and submit
        </ReviewLink>
      </p>
    </>
  );
}

/** A prompt cut to about `max` characters at a word's end, for the review list. */
function shortPrompt(prompt: string, max = 90): string {
  const text = prompt.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.!?-]+$/, '')}…`;
}

function QuizReview({ attemptId, questions, go }: PlaceProps) {
  const total = questions.length;
  const { answered, isAnswered } = useAnsweredCount();
  const unanswered = total - answered;
  return (
    <>
      <QuizProgress current={null} total={total} />
      <section aria-labelledby="review-heading" className="flex flex-col gap-4">
        <h1 id="review-heading" data-place-heading tabIndex={-1} className="text-2xl font-semibold outline-none">
          Review your answers
        </h1>
        {unanswered > 0 ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
            You have {unanswered} unanswered {unanswered === 1 ? 'question' : 'questions'}. Unanswered questions count as wrong. Go back
            to answer them, or submit anyway.
          </p>
        ) : (
          <p>All questions are answered. You can still change an answer before submitting.</p>
        )}
        {/* Each question by its number, the start of its text and whether it is answered, so the
            one to revisit can be found; a long prompt is cut at a word and kept to two lines. */}
        <ol className="flex flex-col gap-2">
          {questions.map((question, i) => {
            const answeredHere = isAnswered(question.id);
            return (
              <li key={question.id}>
                <a
                  href={quizPositionHref(attemptId, { kind: 'question', index: i })}
                  onClick={(event) => {
                    // A new tab or window (modifier keys, middle click) is the browser's business.
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    go({ kind: 'question', index: i });
                  }}
                  className={`flex min-h-11 items-center gap-3 rounded-md border px-3 py-2 ${
                    answeredHere
                      ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                      : 'border-dashed border-stone-400 dark:border-stone-600'
                  }`}
                >
                  <span aria-hidden="true" className="w-6 shrink-0 text-right font-medium tabular-nums">
                    {i + 1}
                  </span>
                  <span className="sr-only">{`Question ${i + 1}, ${answeredHere ? 'answered' : 'not answered'}: `}</span>
                  <span className="line-clamp-2 min-w-0 flex-1 break-words">{shortPrompt(question.prompt)}</span>
                  <span
                    aria-hidden="true"
                    className={`shrink-0 text-sm ${answeredHere ? 'text-sky-800 dark:text-sky-300' : 'text-stone-600 dark:text-stone-400'}`}
                  >
                    {answeredHere ? 'Answered' : 'Not answered'}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
        <SubmitForm attemptId={attemptId} unanswered={unanswered} />
      </section>
    </>
  );
}
