// One autocannon run in which every request is built from a running counter (so each write has
// its own key) and every response is checked, so "acknowledged" means what a client saw succeed.
import autocannon from 'autocannon';

/**
 * @param {object} o
 * @param {string} o.url               server origin
 * @param {number} o.connections
 * @param {number} o.duration          seconds
 * @param {(k: number) => { method?: string, path: string, headers?: Record<string, string>, body?: string, key?: unknown }} o.build
 * @param {(status: number, body: string, headers: Record<string, string>, key: unknown) => boolean} o.check
 */
export async function runLoad({ url, connections, duration, build, check }) {
  let counter = 0;
  const acknowledged = [];
  let failed = 0;
  const firstFailures = [];
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 30,
    requests: [
      {
        setupRequest(req, context) {
          const r = build(counter++);
          context.key = r.key;
          return { ...req, method: r.method ?? 'GET', path: r.path, headers: { ...req.headers, ...r.headers }, body: r.body };
        },
        onResponse(status, body, context, headers) {
          if (check(status, String(body ?? ''), headers, context.key)) acknowledged.push(context.key);
          else {
            failed++;
            if (firstFailures.length < 3) firstFailures.push(`${status} ${JSON.stringify(headers).slice(0, 200)} ${String(body ?? '').slice(0, 200)}`);
          }
        },
      },
    ],
  });
  return {
    connections,
    seconds: duration,
    requests: result.requests.total,
    built: counter,
    ok: acknowledged.length,
    failed,
    errors: result.errors + result.timeouts,
    rps: acknowledged.length / duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    acknowledged,
    firstFailures,
  };
}

/** A few sequential requests so the JIT, the module caches and the connection pool are warm. */
export async function warmUp(url, make, count = 30) {
  for (let i = 0; i < count; i++) {
    const r = make(i);
    await fetch(url + r.path, { method: r.method ?? 'GET', headers: r.headers, body: r.body, redirect: 'manual' })
      .then((res) => res.arrayBuffer())
      .catch(() => {});
  }
}
