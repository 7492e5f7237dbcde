// POST /api/attempts/:attemptId/submit: the quiz page submits here (its Submit button and the
// countdown at zero), then shows the results page itself. A route handler, not a server action:
// an action's redirect makes Next render the results page into the submit's own reply (through
// an HTTP request to itself), so every submit paid for a page view before answering; and every
// refusal has its real status (401 signed out, 403 from another site, 404 not this student's
// attempt). Without JavaScript the form posts to the submitAttempt server action instead.
import { after } from 'next/server';
import { SUBMIT_MESSAGES, SUBMIT_STATUS, resultsPath, type SubmitAttemptReply, type SubmitRefusal } from '@/lib/attempt-submit-reply';
import { getViewer } from '@/lib/auth';
import { openAttemptDeadline, submitAttempt } from '@/lib/dal/attempts';
import { readJsonBody } from '@/lib/http/json-body';
import { noStoreJson } from '@/lib/http/no-store-json';
import { isSameOrigin } from '@/lib/http/same-origin';
import { submitAttemptSchema } from '@/lib/schemas/attempts';

function refuse(refusal: SubmitRefusal): Response {
  const reply: SubmitAttemptReply = { status: 'error', refusal, message: SUBMIT_MESSAGES[refusal] };
  return noStoreJson(reply, SUBMIT_STATUS[refusal]);
}

/** The body is optional (the Submit button sends none); only a JSON `{"atDeadline": true}` means anything. */
async function askedAtDeadline(request: Request): Promise<boolean> {
  // Read whether or not a length was declared (a proxy may forward it chunked), up to a small cap.
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return false;
  const body = await readJsonBody(request, 1_000);
  return body.ok && typeof body.value === 'object' && body.value !== null && (body.value as { atDeadline?: unknown }).atDeadline === true;
}

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  if (!isSameOrigin(request)) return refuse('cross_site');
  const viewer = await getViewer();
  if (!viewer) return refuse('signed_out');
  const path = submitAttemptSchema.safeParse(await params);
  if (!path.success) return refuse('not_found');
  const { attemptId } = path.data;
  const now = new Date();
  // The countdown at zero asks with {"atDeadline": true}: if a teacher has given more time since
  // its page heard the deadline, nothing is submitted and the new deadline goes back to it.
  const atDeadline = await askedAtDeadline(request);
  if (atDeadline) {
    const open = await openAttemptDeadline(viewer, attemptId, now);
    if (open) {
      const reply: SubmitAttemptReply = { status: 'open', deadlineAt: open.deadlineAt?.toISOString() ?? null, serverNow: now.toISOString() };
      return noStoreJson(reply);
    }
  }
  // The grade is committed before the reply; the study schedule follows after it.
  const result = await submitAttempt(viewer, attemptId, now, { deferSchedule: after, byCountdown: atDeadline });
  if (result.outcome === 'not_found') return refuse('not_found');
  return noStoreJson({ status: 'submitted', results: resultsPath(attemptId) } satisfies SubmitAttemptReply);
}
