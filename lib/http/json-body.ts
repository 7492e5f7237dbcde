// Reads a small JSON request body with a hard size cap. proxy.ts refuses a large declared
// Content-Length before any route runs; this also stops a chunked body (no length declared)
// at the cap instead of buffering whatever arrives.

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
    return { ok: false, status: 415, message: 'Send the answer as JSON (Content-Type: application/json).' };
  }
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return { ok: false, status: 400, message: 'The request has no body.' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
}

function tooLarge(): JsonBody {
  return { ok: false, status: 413, message: 'Request body too large.' };
}
