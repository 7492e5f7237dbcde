'use client';
// After a server action refuses a form, the page re-renders and the browser's focus is left on
// <body> (the submit button was disabled while pending): a keyboard or screen reader user would
// start again from the top. This puts focus on the first field marked invalid, or else on the
// form's alert, as a page-load error summary would.
import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/schemas/action-state';

const FOCUSABLE = 'input, select, textarea, button, a[href], [tabindex]';

/** The ref goes on the <form>; `state` is the form's useActionState state. */
export function useFocusOnRefusal(state: ActionState) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    if (!target.matches(FOCUSABLE)) target.tabIndex = -1;
    target.focus();
  }, [state]);
  return formRef;
}
