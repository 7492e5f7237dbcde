// Server-only code (the database, sessions, secrets, the sign-in limit) can never end up in a
// browser bundle: every such module starts with `import 'server-only'`, and a client component
// that imports one fails `next build`. The build is of a tiny throwaway app under tmp/ whose
// one client component imports real modules, so nothing in the shared app/ is touched.
// Measured on a loaded 2-core machine: about 35-50 s with the two modules below, 77 s with all
// 32 (a full build of the app: 60-170 s); the first test covers every module statically.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from './support/harness';

/** Modules that hold the database, sessions, secrets or password hashing. */
function serverOnlyModules(): string[] {
  const dal = readdirSync(path.join(ROOT, 'lib/dal'))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => `lib/dal/${name}`);
  const others = [
    'lib/db.ts',
    'lib/auth.ts',
    'lib/auth-server.ts',
    'lib/auth-sign-in.ts',
    'lib/env.ts',
    'lib/password.ts',
    'lib/import-content.ts',
    'lib/demo-accounts.ts',
    'lib/demo-classroom.ts',
    'lib/attempt-sweep.ts',
    'lib/actions/validated-action.ts',
  ];
  return [...dal, ...others];
}

test('every server-only module says so before its first import', () => {
  const missing = serverOnlyModules().filter((file) => {
    const code = readFileSync(path.join(ROOT, file), 'utf8');
    const firstImport = /^import\s.*$/m.exec(code)?.[0];
    return firstImport !== "import 'server-only';";
  });
  expect(missing).toEqual([]);
});

test('a client component importing server-only modules fails the build, on each module', () => {
  test.setTimeout(300_000);
  // The Prisma client and the parsed secrets. SERVER_ONLY_BUILD=all imports every module above.
  const modules = process.env.SERVER_ONLY_BUILD === 'all' ? serverOnlyModules() : ['lib/db.ts', 'lib/env.ts'];
  const dir = path.join(ROOT, 'tmp', `server-only-${process.pid}-${Date.now()}`);
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  try {
    // Plain .jsx, so the app's own tsc and eslint (which skip tmp/) never see the fixture.
    writeFileSync(path.join(dir, 'next.config.js'), 'export default {};\n');
    writeFileSync(path.join(dir, 'jsconfig.json'), JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': [`${path.relative(dir, ROOT)}/*`] } } }));
    writeFileSync(path.join(dir, 'app/layout.jsx'), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
    writeFileSync(path.join(dir, 'app/page.jsx'), "import { Leak } from './leak';\nexport default function Page() {\n  return <Leak />;\n}\n");
    writeFileSync(
      path.join(dir, 'app/leak.jsx'),
      [
        "'use client';",
        ...modules.map((file, i) => `import * as m${i} from '@/${file.replace(/\.ts$/, '')}';`),
        `export function Leak() {\n  return <p>{[${modules.map((_, i) => `m${i}`).join(', ')}].length}</p>;\n}`,
      ].join('\n'),
    );
    const started = Date.now();
    const build = spawnSync(path.join(ROOT, 'node_modules/.bin/next'), ['build', '--experimental-build-mode', 'compile'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 280_000,
    });
    const output = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    console.log(`fixture build with ${modules.length} server-only imports: exit ${build.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(build.status, output.slice(-3000)).not.toBe(0);
    expect(output).toContain("'server-only' cannot be imported from a Client Component module");
    // Each module is refused on its own `import 'server-only'` line, not only through lib/db.ts.
    const refused = modules.filter((file) => new RegExp(`\\./${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+\\s*\\n\\s*Error: [^\\n]*server-only`).test(output));
    expect(modules.filter((file) => !refused.includes(file)), output.slice(0, 3000)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
