// CLI: npm run generate -- <file> [--json] [--count N] [--types multiple_choice,true_false]
// With --json stdout carries only the validated JSON result; messages go to stderr.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter } from '../lib/content';
import { splitHeadline } from '../lib/interchange/article-upload';
import { generate, GeneratorInputError, type QuestionType } from '../lib/generator';
import { generatorResultSchema } from '../lib/generator/schema';

const USAGE = 'usage: npm run generate -- <file.md|file.txt> [--json] [--count N] [--types multiple_choice,true_false,short_answer]';
const TYPES: QuestionType[] = ['multiple_choice', 'true_false', 'short_answer'];

class UsageError extends Error {}

interface Args {
  file: string;
  json: boolean;
  count?: number;
  types?: QuestionType[];
}

export function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let json = false;
  let count: number | undefined;
  let types: QuestionType[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') json = true;
    else if (flag === '--count') {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 200) throw new UsageError(`--count must be a whole number from 1 to 200, got "${v}"`);
      count = Number(v);
    } else if (flag === '--types') {
      const list = value().split(',').map((t) => t.trim()).filter(Boolean);
      const bad = list.filter((t) => !TYPES.includes(t as QuestionType));
      if (bad.length || !list.length) throw new UsageError(`--types takes ${TYPES.join(', ')}; unknown: ${bad.join(', ') || '(empty)'}`);
      types = list as QuestionType[];
    } else if (flag === '--help' || flag === '-h') throw new UsageError('');
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else if (file) throw new UsageError(`only one file, got "${file}" and "${flag}"`);
    else file = flag;
  }
  if (!file) throw new UsageError('no file given');
  return { file, json, count, types };
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) console.error(`error: ${e.message}`);
      console.error(USAGE);
      return 2;
    }
    throw e;
  }
  let raw: string;
  try {
    raw = await readFile(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    console.error(`error: cannot read ${args.file}${code === 'ENOENT' ? ' (no such file)' : code === 'EISDIR' ? ' (a directory)' : code ? ` (${code})` : ''}`);
    return 2;
  }
  const { data, body } = splitFrontMatter(raw);
  // A plain-text file's title is its headline, as the add-article page reads it.
  const title = typeof data.title === 'string' ? data.title : splitHeadline(body.trim())?.title;
  if (!args.json) console.error(`Generating questions from ${path.basename(args.file)}…`);
  let result;
  try {
    result = generate(body, { count: args.count, types: args.types, title });
  } catch (e) {
    if (e instanceof GeneratorInputError) {
      console.error(`error: ${args.file}: ${e.message}`);
      return 2;
    }
    throw e;
  }
  // Not an error: the article is fine to keep, the generator just draws nothing from it.
  if (result.refused) console.error(`note: ${args.file}: no questions drawn. ${result.refused.message}`);
  if (args.json) {
    const checked = generatorResultSchema.parse(result);
    process.stdout.write(JSON.stringify(checked, null, 2) + '\n');
    return 0;
  }
  printTable(result);
  return 0;
}

function printTable(result: ReturnType<typeof generate>): void {
  const { article, questions, flashcards } = result;
  console.log(`${article.title ?? '(untitled)'} — ${article.wordCount} words, ${article.sentenceCount} sentences, generator ${article.generatorVersion}`);
  console.log('');
  questions.forEach((q, i) => {
    console.log(`${String(i + 1).padStart(2)}. [${q.type} · ${q.kind} · difficulty ${q.difficulty.toFixed(2)}]`);
    console.log(`    ${q.prompt}`);
    if (q.choices.length) console.log(`    choices: ${q.choices.join(' | ')}`);
    console.log(`    answer:  ${q.answer}`);
  });
  console.log('');
  console.log(`${flashcards.length} flashcards`);
  for (const f of flashcards) console.log(`  - ${truncate(f.front, 70)}  →  ${truncate(f.back, 60)}`);
}

const truncate = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`error: generation failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
