// The quiz page's background save: one PUT per answer (see the route for its statuses).
import type { SaveAnswerReply } from '@/lib/answer-save-reply';

/** The server's reply, or null when none usable came (offline, server restarting, a 5xx): worth trying again. */
export async function putAnswer(attemptId: string, questionId: string, answer: string, seen: string): Promise<SaveAnswerReply | null> {
  try {
    const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers/${encodeURIComponent(questionId)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ answer, seen }),
      cache: 'no-store',
    });
    if (response.status >= 500) return null;
    const reply = (await response.json().catch(() => null)) as SaveAnswerReply | null;
    if (reply?.status === 'saved' || reply?.status === 'error') return reply;
    return { status: 'error', refusal: 'invalid', message: `Not saved: the server answered ${response.status}.` };
  } catch {
    return null;
  }
}
