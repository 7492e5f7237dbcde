// The one shape every server action returns for expected outcomes (DESIGN.md, house style).
import type { z } from 'zod';

export interface ActionState {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What was submitted, so a form that React resets after its action can show it again. Never passwords. */
  values?: Record<string, string>;
  /** A one-time link (invite, password reset) shown once to the admin who made it. */
  link?: string;
}

export const idleState: ActionState = { status: 'idle' };

/** zod's own wording ("Invalid input: expected string, received undefined"), never meant for a teacher or student. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid\b|Too (small|big)\b)/;

/** What a person reads for an issue: the schema's own message, or plain words where zod's default would show. */
function readableMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'Unexpected field.';
  if (!ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  // A field the form did not send at all: a select left on its placeholder, a radio group with none chosen.
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return 'Fill in or choose this.';
  return 'This value is not accepted here; check it.';
}

export function fieldErrorState(error: z.ZodError, message = 'Please correct the fields below.'): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(readableMessage(issue));
  }
  return { status: 'error', message, fieldErrors };
}
