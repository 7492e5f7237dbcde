// What a browser loads: first-load JavaScript (gzip) per page in Debian's Chromium, and
// Lighthouse's performance and accessibility scores.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Keep Chromium off the network: it has nothing to look up but this machine (DESIGN.md).
const QUIET_FLAGS = ['--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost'];

/** A Cookie header as Playwright cookies for `origin`. */
export function cookiesFor(origin, cookieHeader) {
  if (!cookieHeader) return [];
  return cookieHeader.split(/;\s*/).map((kv) => {
    const i = kv.indexOf('=');
    return { name: kv.slice(0, i), value: kv.slice(i + 1), url: origin };
  });
}

/**
 * Loads each page once in a fresh context and adds up the scripts it fetched: raw bytes, and
 * gzip at zlib's default level (what `next start` sends). Inline scripts (Next's RSC payload)
 * are counted apart.
 * @param {{ label: string, url: string, cookie?: string }[]} pages
 */
export async function measureFirstLoadJs(pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
  const out = [];
  try {
    for (const p of pages) {
      const context = await browser.newContext();
      await context.addCookies(cookiesFor(new URL(p.url).origin, p.cookie));
      const page = await context.newPage();
      const scripts = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(res);
      });
      const res = await page.goto(p.url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
      let raw = 0;
      let gzip = 0;
      for (const s of scripts) {
        const body = await s.body().catch(() => Buffer.alloc(0));
        raw += body.length;
        gzip += gzipSync(body).length;
      }
      const inline = await page.evaluate(() =>
        [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
      );
      out.push({
        page: p.label,
        status: res?.status() ?? 0,
        finalUrl: page.url(),
        scripts: scripts.length,
        rawKB: raw / 1024,
        gzipKB: gzip / 1024,
        inlineGzipKB: gzipSync(Buffer.from(inline)).length / 1024,
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * Lighthouse (default mobile settings, simulated throttling) in headless Debian Chromium.
 * @param {{ label: string, url: string, cookie?: string }[]} pages
 */
export async function runLighthouse(pages) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', ...QUIET_FLAGS],
  });
  const out = [];
  try {
    for (const p of pages) {
      const result = await lighthouse(
        p.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: p.cookie ? { Cookie: p.cookie } : undefined,
        },
      );
      const lhr = result?.lhr;
      const failed = lhr
        ? Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id)
        : [];
      out.push({
        page: p.label,
        finalUrl: lhr?.finalDisplayedUrl,
        performance: lhr ? Math.round((lhr.categories.performance.score ?? 0) * 100) : null,
        accessibility: lhr ? Math.round((lhr.categories.accessibility.score ?? 0) * 100) : null,
        lcpMs: lhr?.audits['largest-contentful-paint']?.numericValue,
        tbtMs: lhr?.audits['total-blocking-time']?.numericValue,
        accessibilityFailures: failed,
        runtimeError: lhr?.runtimeError?.message,
      });
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
