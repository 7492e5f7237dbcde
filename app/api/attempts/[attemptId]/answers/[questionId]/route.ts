// PUT /api/attempts/:attemptId/answers/:questionId {answer, seen?}: the quiz page saves each
// answer here in the background, the moment a choice is picked or a typed answer is left.
// A route handler, not a server action, so every refusal has its real status (400 bad or
// oversized input, 401 signed out, 403 from another site, 404 not this student's attempt,
// 409 closed or changed in another tab, 413 too large) and a save costs no page machinery.
// Without JavaScript the question form posts to the saveAnswer server action instead.
import { SAVE_MESSAGES, SAVE_STATUS, type SaveAnswerReply, type SaveRefusal } from '@/lib/answer-save-reply';
import { getViewer } from '@/lib/auth';
import { saveAnswer } from '@/lib/dal/attempts';
import { readJsonBody } from '@/lib/http/json-body';
import { noStoreJson } from '@/lib/http/no-store-json';
import { isSameOrigin } from '@/lib/http/same-origin';
import { fieldErrorState } from '@/lib/schemas/action-state';
import { answerBodySchema, answerPathSchema } from '@/lib/schemas/attempts';

// An answer and the answer the tab last saw, each at most 300 characters of up to 4 bytes,
// escaped as JSON: far under this.
const MAX_BODY_BYTES = 16 * 1024;

function refuse(refusal: SaveRefusal, fieldErrors?: Record<string, string[] | undefined>): Response {
  const reply: SaveAnswerReply = { status: 'error', refusal, message: SAVE_MESSAGES[refusal], fieldErrors };
  return noStoreJson(reply, SAVE_STATUS[refusal]);
}

export async function PUT(request: Request, { params }: { params: Promise<{ attemptId: string; questionId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return refuse('cross_site');
  const viewer = await getViewer();
  if (!viewer) return refuse('signed_out');
  const path = answerPathSchema.safeParse(await params);
  if (!path.success) return refuse('not_found');
  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return noStoreJson({ status: 'error', refusal: 'invalid', message: body.message }, body.status);
  const parsed = answerBodySchema.safeParse(body.value);
  if (!parsed.success) return refuse('invalid', fieldErrorState(parsed.error).fieldErrors);
  const { attemptId, questionId } = path.data;
  const result = await saveAnswer(viewer, attemptId, questionId, parsed.data.answer, new Date(), parsed.data.seen);
  if (result !== 'saved') return refuse(result, result === 'invalid_choice' ? { answer: [SAVE_MESSAGES.invalid_choice] } : undefined);
  // Taken after the write: a page whose answers were read later than this includes it.
  return noStoreJson({ status: 'saved', storedAt: Date.now() } satisfies SaveAnswerReply);
}
