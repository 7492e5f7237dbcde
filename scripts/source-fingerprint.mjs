// A fingerprint of what `next build` reads, so `npm start` and the security suite rebuild only
// when a source file changed. tsconfig.json is left out: the build itself rewrites it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const BUILD_INPUTS = ['app', 'components', 'lib', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'postcss.config.mjs', 'package-lock.json'];

/** Paths, sizes and modification times of every build input under `root` (generated code aside). */
export function sourceFingerprint(root) {
  const hash = createHash('sha256');
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      if (p.endsWith('generated')) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(`${path.relative(root, p)}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  for (const p of BUILD_INPUTS) walk(path.join(root, p));
  return hash.digest('hex');
}
