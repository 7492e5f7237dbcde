// Scores the generator on lib/generator/fixtures: recall and precision of expected
// facts among the top N questions (N = number of expected facts) and the share of
// questions breaking a quality rule. Informational: exits non-zero only on a crash.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../lib/content';
import { generate } from '../lib/generator';
import { checkQuestion, checkQuiz } from '../lib/generator/checks';
import { matchesFact as matches, type Fact } from './eval-match';

const DIR = path.join(import.meta.dirname, '..', 'lib', 'generator', 'fixtures');

interface Score {
  name: string;
  holdout: boolean;
  /** Which blind batch a holdout fixture came in ("2026-12-04 b"): each is reported apart too. */
  batch?: string;
  recall: number;
  precision: number;
  defects: number;
  questions: number;
  missed: string[];
  problems: string[];
}

/** EVAL_TUNING_ONLY=1 skips holdout fixtures entirely: only their facts file's
 * holdout flag is read, never their article, and nothing about them is printed. */
const TUNING_ONLY = process.env.EVAL_TUNING_ONLY === '1';

async function scoreFixture(file: string): Promise<Score | null> {
  const spec = JSON.parse(await readFile(path.join(DIR, file.replace(/\.md$/, '.facts.json')), 'utf8')) as { holdout?: boolean; batch?: string; facts: Fact[] };
  if (TUNING_ONLY && spec.holdout === true) return null;
  const raw = await readFile(path.join(DIR, file), 'utf8');
  const { body } = splitFrontMatter(raw);
  const n = spec.facts.length;
  const { questions } = generate(body, { count: n });
  const recalled = spec.facts.filter((f) => questions.some((q) => q.type !== 'true_false' && matches(q, f)));
  const precise = questions.filter((q) => spec.facts.some((f) => matches(q, f)));
  const problems: string[] = [];
  let defective = 0;
  for (const q of questions) {
    const d = checkQuestion(q, body);
    if (d.length) defective++;
    problems.push(...d.map((x) => `${x}: ${q.prompt.slice(0, 60)}`));
  }
  const quiz = checkQuiz(questions);
  problems.push(...quiz);
  return {
    name: file.replace(/\.md$/, ''),
    holdout: spec.holdout === true,
    batch: spec.batch,
    recall: recalled.length / n,
    precision: questions.length ? precise.length / questions.length : 0,
    defects: questions.length ? Math.min(1, (defective + quiz.length) / questions.length) : 0,
    questions: questions.length,
    missed: spec.facts.filter((f) => !recalled.includes(f)).map((f) => f.answer),
    problems,
  };
}

const pct = (v: number): string => `${(v * 100).toFixed(0).padStart(3)}%`;

/** Holdout fixtures print aggregates only: their missed facts and defect prompts would
 * show their text, and reading it is how a holdout stops being one. */
function report(label: string, scores: Score[], isDetailed: boolean): void {
  const avg = (k: 'recall' | 'precision' | 'defects'): number => scores.reduce((s, x) => s + x[k], 0) / Math.max(1, scores.length);
  console.log(`\n${label} (${scores.length} fixtures)`);
  for (const s of scores) {
    if (!isDetailed) continue;
    console.log(`  ${s.name.padEnd(34)} recall ${pct(s.recall)}  precision ${pct(s.precision)}  defects ${pct(s.defects)}  (${s.questions} q)`);
    if (s.missed.length) console.log(`      missed: ${s.missed.join(', ')}`);
    for (const p of s.problems) console.log(`      defect: ${p}`);
  }
  const pct1 = (v: number): string => `${(v * 100).toFixed(1).padStart(5)}%`;
  console.log(`  ${'MEAN'.padEnd(34)} recall ${pct1(avg('recall'))}  precision ${pct1(avg('precision'))}  defects ${pct1(avg('defects'))}`);
}

async function main(): Promise<void> {
  const files = (await readdir(DIR)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const scores = (await Promise.all(files.map(scoreFixture))).filter((s): s is Score => s !== null);
  report('Tuned fixtures', scores.filter((s) => !s.holdout), true);
  if (TUNING_ONLY) {
    console.log('\nholdout skipped (EVAL_TUNING_ONLY)');
    return;
  }
  const holdout = scores.filter((s) => s.holdout);
  if (!holdout.length) {
    console.log('\nHoldout fixtures (never tuned on; aggregates only): none ("holdout": true in a facts file marks one)');
    return;
  }
  report('Holdout fixtures (never tuned on; aggregates only)', holdout, false);
  console.log(`  defective questions: ${holdout.reduce((n, s) => n + s.problems.length, 0)}`);
  // A batch written after the generator had been scored on the others says whether a gain
  // carries to text nobody has seen, not only to the batch it was judged on.
  const batches = [...new Set(holdout.flatMap((s) => (s.batch ? [s.batch] : [])))].sort();
  if (batches.length > 1) for (const b of batches) report(`  holdout batch ${b}`, holdout.filter((s) => s.batch === b), false);
}

main().catch((e: unknown) => {
  console.error('eval:generator crashed:', e);
  process.exitCode = 1;
});
