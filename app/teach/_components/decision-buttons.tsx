'use client';
// Approve / reject / back to review on the article review page, with an undo. One action state
// for the whole page (ReviewDecisions): a decided question often leaves the filtered list at
// once, so what it answers — the message and the Undo — must live above the list, not in the
// question's own form. The message is in a polite live region that is always in the page (so
// screen readers announce each change); Undo is an ordinary form, so it works without
// JavaScript too, and it only changes a question still in the status the decision set.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { decide } from '@/lib/actions/review';
import type { DecisionState } from '@/lib/schemas/review-decision';

const DecisionContext = createContext<{ action: (formData: FormData) => void; pending: boolean } | null>(null);

const initialState: DecisionState = { status: 'idle' };

export function ReviewDecisions({ children }: { children: ReactNode }) {
  const [state, action, pending] = useActionState(decide, initialState);
  const undoRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (state.undo && lost) {
      // The decided question (and the button that had the focus) may have left the list.
      undoRef.current?.focus();
    } else if (state.undone && lost) {
      document.getElementById(`decide-${state.undone}`)?.querySelector('button')?.focus();
    }
  }, [state.seq, state.undo, state.undone]);

  return (
    <DecisionContext.Provider value={{ action, pending }}>
      {children}
      <div className="sticky bottom-0 z-10 -mx-2 px-2 pb-2">
        <div
          className={
            state.message
              ? 'flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-stone-300 bg-white p-3 shadow-lg dark:border-stone-700 dark:bg-stone-900'
              : ''
          }
        >
          {/* A live region without role="status": the page's own notices (an import, a new
              article) already use that role, and tests and tools look one up by it. */}
          <p id="decision-status" aria-live="polite" aria-atomic="true" className={state.status === 'error' ? 'text-red-700 dark:text-red-400' : ''}>
            {state.message ?? ''}
          </p>
          {state.undo ? (
            <form action={action}>
              <input type="hidden" name="questionId" value={state.undo.questionId} />
              <input type="hidden" name="decision" value={state.undo.decision} />
              <input type="hidden" name="expected" value={state.undo.status} />
              <button ref={undoRef} type="submit" disabled={pending} className={buttonClasses('secondary')}>
                Undo
              </button>
            </form>
          ) : null}
        </div>
      </div>
    </DecisionContext.Provider>
  );
}

/** Approve / reject / back-to-review for one question; each button posts its decision. */
export function DecisionButtons({ questionId, status, label }: { questionId: string; status: string; label: string }) {
  const context = useContext(DecisionContext);
  if (!context) throw new Error('DecisionButtons must be inside ReviewDecisions');
  const { action, pending } = context;
  return (
    <form id={`decide-${questionId}`} action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      {status !== 'approved' ? (
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClasses('primary')} aria-label={`Approve ${label}`}>
          Approve
        </button>
      ) : null}
      {status !== 'rejected' ? (
        <button type="submit" name="decision" value="reject" disabled={pending} className={buttonClasses('secondary')} aria-label={`Reject ${label}`}>
          Reject
        </button>
      ) : null}
      {status !== 'draft' ? (
        <button type="submit" name="decision" value="restore" disabled={pending} className={buttonClasses('ghost')} aria-label={`Send ${label} back to review`}>
          Back to review
        </button>
      ) : null}
    </form>
  );
}
