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

export function validatedAction<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fieldErrorState(parsed.error);
    return handler(parsed.data);
  };
}

export function validatedActionWithViewer<S extends z.ZodType>(
  schema: S,
  handler: (data: z.infer<S>, viewer: Viewer) => Promise<ActionState>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const viewer = await getViewer();
    if (!viewer) return SIGNED_OUT_STATE;
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) return fieldErrorState(parsed.error);
    return handler(parsed.data, viewer);
  };
}
