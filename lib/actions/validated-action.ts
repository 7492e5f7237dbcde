// Every server action does the same steps: who is asking -> parse the input -> act.
// Server actions are public endpoints, so the session check lives here, not in a proxy.
import 'server-only';
import type { z } from 'zod';
import { getViewer, type Viewer } from '@/lib/auth';
import { fieldErrorState, type ActionState } from '@/lib/schemas/action-state';

export const SIGNED_OUT_STATE: ActionState = { status: 'error', message: 'Your session has ended. Sign in again to continue.' };

/** FormData to a plain object; React's own `$ACTION…` bookkeeping fields are not input. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue> {
  const out: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith('$ACTION')) out[key] = value;
  }
  return out;
}

/** The submitted text fields, minus anything secret, to refill a form after an error. */
export function submittedValues(input: Record<string, FormDataEntryValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === 'string' && !/password/i.test(key)) out[key] = value.slice(0, 5000);
  }
  return out;
}

export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const input = formDataToObject(formData);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ...fieldErrorState(parsed.error), values: submittedValues(input) };
    const state = await handler(parsed.data);
    return state.status === 'error' ? { ...state, values: submittedValues(input) } : state;
  };
}

export function validatedActionWithViewer<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await getViewer();
    if (!viewer) return SIGNED_OUT_STATE;
    const input = formDataToObject(formData);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ...fieldErrorState(parsed.error), values: submittedValues(input) };
    const state = await handler(parsed.data, viewer);
    return state.status === 'error' ? { ...state, values: submittedValues(input) } : state;
  };
}
