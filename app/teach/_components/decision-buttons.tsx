'use client';
// Approve / reject / back to review on the article review page, with an undo. One action state
// for the whole page (ReviewDecisions): a decided question often leaves the filtered list at
// once, so what it answers — the message and the Undo — is shown in the list where the question
// was (ReviewItem), in the flow of the page: it covers nothing, and the next question follows
// it. Screen readers hear each answer once, from one polite live region that is always in the
// page (visually hidden); the notice in the list is plain text. The focus moves to Undo after
// a decision and back to the question after an undo. Undo is an ordinary form, so it works
// without JavaScript too, and it only changes a question still in the status the decision set.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useActionState } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { decide, type ReviewDecisionState } from '@/lib/actions/review';

/** Where the notice goes: after a question still listed, or before the one that followed it. */
type Slot = { after: string } | { before: string } | 'end' | null;

interface DecisionContextValue {
  action: (formData: FormData) => void;
  pending: boolean;
  slot: Slot;
  notice: ReactNode;
}

const DecisionContext = createContext<DecisionContextValue | null>(null);

const initialState: ReviewDecisionState = { status: 'idle' };

export const DECISION_NOTICE_ID = 'decision-notice';

/** The notice's place: by the question it is about, as the page lists them now. */
function slotFor(questionId: string | undefined, order: string[], shown: string[]): Slot {
  if (!questionId) return shown.length ? { before: shown[0] } : 'end';
  if (shown.includes(questionId)) return { after: questionId };
  const at = order.indexOf(questionId);
  const next = at < 0 ? undefined : order.slice(at + 1).find((id) => shown.includes(id));
  return next ? { before: next } : 'end';
}

/**
 * `order`: every question of the bank in the page's order; `shown`: those listed under the
 * current filter — so the notice takes the decided question's place even once it has left.
 */
export function ReviewDecisions({ order, shown, children }: { order: string[]; shown: string[]; children: ReactNode }) {
  const [state, action, pending] = useActionState(decide, initialState);
  const undoRef = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLLIElement>(null);

  const slot = state.message ? slotFor(state.questionId, order, shown) : null;
  const firstButtonOf = (questionId: string) => document.getElementById(`decide-${questionId}`)?.querySelector('button');

  useEffect(() => {
    if (!state.seq) return;
    if (state.undo) {
      // The decided question (and the button that had the focus) may have left the list; Undo
      // is where it was, and the next question follows.
      undoRef.current?.focus();
    } else if (state.undone) {
      firstButtonOf(state.undone)?.focus();
    } else if (!document.activeElement || document.activeElement === document.body) {
      // A refusal whose question is now shown as it is (or gone): the question, else the next
      // one — not the notice, which the live region has just read out.
      const target = (state.questionId && firstButtonOf(state.questionId)) || (slot && slot !== 'end' && 'before' in slot && firstButtonOf(slot.before));
      (target || noticeRef.current)?.focus();
    }
    // Once per answer (seq), with the list as that answer left it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.seq]);

  const notice = state.message ? (
    <li
      id={DECISION_NOTICE_ID}
      ref={noticeRef}
      tabIndex={-1}
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border p-3 focus:outline-2 focus:outline-offset-2 focus:outline-sky-600 ${
        state.status === 'error'
          ? 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200'
          : 'border-stone-300 bg-stone-100 dark:border-stone-700 dark:bg-stone-800'
      }`}
    >
      {/* Plain text: the live region below says it (once). */}
      <p className="min-w-0 flex-1 break-words">{state.message}</p>
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
    </li>
  ) : null;

  return (
    <DecisionContext.Provider value={{ action, pending, slot, notice }}>
      {/* A live region without role="status": the page's own notices (an import, a new
          article) already use that role, and tests and tools look one up by it. */}
      <p id="decision-status" aria-live="polite" aria-atomic="true" className="sr-only">
        {/* A new node per answer, so the same message twice in a row is read out twice. */}
        <span key={state.seq ?? 0}>{state.message ?? ''}</span>
      </p>
      {children}
    </DecisionContext.Provider>
  );
}

function useDecisionContext(): DecisionContextValue {
  const context = useContext(DecisionContext);
  if (!context) throw new Error('Review decisions must be inside ReviewDecisions');
  return context;
}

/** One question of the list, with the decision notice before or after it when it is about it. */
export function ReviewItem({ questionId, className, children }: { questionId: string; className?: string; children: ReactNode }) {
  const { slot, notice } = useDecisionContext();
  const isBefore = slot !== null && slot !== 'end' && 'before' in slot && slot.before === questionId;
  const isAfter = slot !== null && slot !== 'end' && 'after' in slot && slot.after === questionId;
  return (
    <>
      {isBefore ? notice : null}
      <li data-question-id={questionId} className={className}>
        {children}
      </li>
      {isAfter ? notice : null}
    </>
  );
}

/** The notice when its question was the last in the list (or the list is empty now). */
export function DecisionNoticeAtEnd() {
  const { slot, notice } = useDecisionContext();
  return slot === 'end' ? notice : null;
}

/** Approve / reject / back-to-review for one question; each button posts its decision. */
export function DecisionButtons({ questionId, status, label }: { questionId: string; status: string; label: string }) {
  const { action, pending } = useDecisionContext();
  return (
    <form id={`decide-${questionId}`} action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="questionId" value={questionId} />
      {/* What this page showed: if someone else decided it since, nothing changes and the page says so. */}
      <input type="hidden" name="shown" value={status} />
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
