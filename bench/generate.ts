// Median ms per article and words/second for content/articles, the generator
// fixtures and synthetic 1,000- and 20,000-word articles (20k/1k shows linearity).
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../lib/content';
import { generate } from '../lib/generator';

const ROOT = path.join(import.meta.dirname, '..');
const RUNS = 9;

async function bodies(dir: string): Promise<Array<[string, string]>> {
  if (!existsSync(dir)) return [];
  const files = (await readdir(dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  return Promise.all(files.map(async (f): Promise<[string, string]> => [f, splitFrontMatter(await readFile(path.join(dir, f), 'utf8')).body]));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(body: string): { ms: number; words: number } {
  let words = 0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    words = generate(body, { count: 10 }).article.wordCount;
    times.push(performance.now() - t);
  }
  return { ms: median(times), words };
}

/** Deterministic synthetic prose built from the fixtures, varied so entities repeat realistically. */
function synthetic(sources: string[], words: number): string {
  const sentences = sources.join('\n').split(/(?<=[.!?])\s+/).filter((s) => /^[A-Z“"]/.test(s) && s.split(' ').length > 5);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[(i * 7) % sentences.length];
    out.push(s);
    count += s.split(/\s+/).length;
    if (i % 5 === 4) out.push('\n\n');
  }
  return out.join(' ');
}

async function main(): Promise<void> {
  const sets = [
    ['content/articles', await bodies(path.join(ROOT, 'content', 'articles'))],
    ['fixtures', await bodies(path.join(ROOT, 'lib', 'generator', 'fixtures'))],
  ] as const;
  generate(sets[1][1][0]?.[1] ?? 'Warm up the lexicon. It is loaded once.', { count: 3 });
  for (const [label, list] of sets) {
    if (!list.length) continue;
    console.log(`\n${label}`);
    for (const [name, body] of list) {
      const r = time(body);
      console.log(`  ${name.padEnd(44)} ${String(r.words).padStart(6)} words ${r.ms.toFixed(1).padStart(7)} ms  ${Math.round((r.words / r.ms) * 1000).toLocaleString('en-US').padStart(9)} words/s`);
    }
  }
  const src = sets.flatMap(([, l]) => l.map(([, b]) => b));
  const small = time(synthetic(src, 1_000));
  const large = time(synthetic(src, 20_000));
  console.log('\nsynthetic');
  console.log(`  1,000 words:  ${small.ms.toFixed(1)} ms median (${small.words} words, ${Math.round((small.words / small.ms) * 1000).toLocaleString('en-US')} words/s)`);
  console.log(`  20,000 words: ${large.ms.toFixed(1)} ms median (${large.words} words, ${Math.round((large.words / large.ms) * 1000).toLocaleString('en-US')} words/s)`);
  console.log(`  20k/1k time ratio: ${(large.ms / small.ms).toFixed(1)} (linear would be ~${(large.words / small.words).toFixed(0)})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
