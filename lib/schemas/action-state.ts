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

export function fieldErrorState(error: z.ZodError, message = 'Please correct the fields below.'): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(issue.code === 'unrecognized_keys' ? 'Unexpected field.' : issue.message);
  }
  return { status: 'error', message, fieldErrors };
}
