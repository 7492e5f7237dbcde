'use client';
// The open quiz: every question arrives with the page, and moving between them (Next, Back, the
// review screen and its numbered links) happens here in the browser — the URL's ?q= changes
// through the history API, so a reload, the browser's Back and a bookmark still land in the same
// place, but the server renders a quiz once rather than once per question. Answers still go to the
// server one by one as they are given (QuestionForm). Without JavaScript each button and link is a
// plain request and the server renders the place the URL names.
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef } from 'react';
import { parseQuizPosition, quizPositionHref, type QuizPosition } from '@/lib/quiz-position';
import { AnsweredCountProvider, useAnsweredCount } from './answered-count';
import { QuestionForm, type QuizQuestion } from './question-form';
import { QuizProgress } from './quiz-progress';
import { ReviewLink } from './review-link';
import { SubmitForm } from './submit-form';
import { rememberedAnswer } from './tab-answers';

interface Props {
  attemptId: string;
  questions: QuizQuestion[];
  /** The answers stored when the page was rendered, by question id. */
  savedAnswers: Record<string, string>;
}

export function QuizPager({ attemptId, questions, savedAnswers }: Props) {
  const position = parseQuizPosition(useSearchParams().get('q'), questions.length);
  const answeredAtLoad = questions.filter((q) => savedAnswers[q.id]).length;
  const placeRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  const go = useCallback(
    (to: QuizPosition) => {
      moved.current = true;
      // Next's router follows pushState: useSearchParams above sees the new ?q= without a request.
      window.history.pushState(null, '', quizPositionHref(attemptId, to));
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

  // The browser's Back and Forward between questions are moves too.
  useEffect(() => {
    const onPop = () => {
      moved.current = true;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return (
    // One count for the whole quiz: it starts from the server's and follows every save since.
    <AnsweredCountProvider initial={answeredAtLoad}>
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

interface PlaceProps extends Props {
  go: (to: QuizPosition) => void;
}

function QuizQuestionPlace({ attemptId, questions, savedAnswers, index, go }: PlaceProps & { index: number }) {
  const question = questions[index];
  const { answered } = useAnsweredCount(0);
  return (
    <>
      <QuizProgress current={index + 1} total={questions.length} answered={answered} />
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
        {question.type === 'short_answer' ? 'Keys: Enter next.' : `Keys: 1–${Math.max(2, question.choices.length)} choose, Enter next.`}{' '}
        Answers are saved as you go.{' '}
        <ReviewLink href={quizPositionHref(attemptId, { kind: 'review' })} onOpen={() => go({ kind: 'review' })}>
          Review and submit
        </ReviewLink>
      </p>
    </>
  );
}

/** A question counts as answered if this tab saved an answer to it, or the server had one. */
function isAnswered(attemptId: string, questionId: string, savedAnswers: Record<string, string>): boolean {
  return Boolean(rememberedAnswer(attemptId, questionId) ?? savedAnswers[questionId]);
}

function QuizReview({ attemptId, questions, savedAnswers, go }: PlaceProps) {
  const total = questions.length;
  const { answered } = useAnsweredCount(0);
  const unanswered = total - answered;
  return (
    <>
      <QuizProgress current={null} total={total} answered={answered} />
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
        <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10">
          {questions.map((question, i) => {
            const answeredHere = isAnswered(attemptId, question.id, savedAnswers);
            return (
              <li key={question.id}>
                <a
                  href={quizPositionHref(attemptId, { kind: 'question', index: i })}
                  aria-label={`Question ${i + 1}, ${answeredHere ? 'answered' : 'not answered'}`}
                  onClick={(event) => {
                    // A new tab or window (modifier keys, middle click) is the browser's business.
                    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                    event.preventDefault();
                    go({ kind: 'question', index: i });
                  }}
                  className={`flex min-h-11 items-center justify-center rounded-md border font-medium ${
                    answeredHere
                      ? 'border-sky-600 bg-sky-50 dark:border-sky-400 dark:bg-sky-950'
                      : 'border-dashed border-stone-400 dark:border-stone-600'
                  }`}
                >
                  {i + 1}
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
