// Which shortlisted candidates could conflict with a given one (see `conflicts` in rank.ts):
// the same fact or stem, an overlapping source, or a giveaway term of one inside the
// other's stem. A term can only be in a stem that has each of its words, so each term is
// filed under its rarest word. Checking only these keeps the cost of adding a question to
// the quiz independent of the shortlist's length.
import type { Candidate } from './candidates/candidate';
import { wordRuns } from './tokens';

// Quotation marks and apostrophes part words either way, so they need no folding first.
const wordsOf = (t: string): string[] => wordRuns(t.toLowerCase());

/**
 * The distinct words of a stem, lower-cased, in their first order. A multiple-choice and a typed
 * reading share their stem, and the index and the conflict check (rank.ts) both need its words:
 * split once per stem. Emptied when full, so it never holds more than this many stems.
 */
const STEMS_KEPT = 4096;
const wordsOfStem = new Map<string, ReadonlySet<string>>();

export function stemWords(prompt: string): ReadonlySet<string> {
  let ws = wordsOfStem.get(prompt);
  if (ws === undefined) {
    if (wordsOfStem.size >= STEMS_KEPT) wordsOfStem.clear();
    ws = new Set(wordsOf(prompt));
    wordsOfStem.set(prompt, ws);
  }
  return ws;
}

export class NearIndex {
  private readonly byFact = new Map<string, Candidate[]>();
  private readonly byPrompt = new Map<string, Candidate[]>();
  /** Stems by word, and candidates by the rarest word of each giveaway term. */
  private readonly byWord = new Map<string, Candidate[]>();
  private readonly byTermWord = new Map<string, Candidate[]>();
  /** Candidates with a giveaway term of no letters or digits, checked against everything. */
  private readonly unkeyed: Candidate[] = [];
  private readonly promptWords = new Map<Candidate, ReadonlySet<string>>();
  private readonly termWords = new Map<Candidate, string[]>();
  private readonly byStart: Candidate[];
  private readonly longest: number;

  constructor(shortlist: Candidate[]) {
    for (const c of shortlist) {
      add(this.byFact, c.factKey, c);
      add(this.byPrompt, c.prompt, c);
      const ws = stemWords(c.prompt);
      this.promptWords.set(c, ws);
      for (const w of ws) add(this.byWord, w, c);
    }
    const df = (w: string): number => this.byWord.get(w)?.length ?? 0;
    for (const c of shortlist) {
      const keys: string[] = [];
      for (const g of c.giveaway) {
        const ws = wordsOf(g);
        if (!ws.length) {
          this.unkeyed.push(c);
          continue;
        }
        keys.push(ws.reduce((x, y) => (df(y) < df(x) ? y : x)));
      }
      this.termWords.set(c, keys);
      for (const k of new Set(keys)) add(this.byTermWord, k, c);
    }
    this.byStart = [...shortlist].sort((x, y) => x.source.start - y.source.start);
    this.longest = Math.max(0, ...shortlist.map((c) => c.source.end - c.source.start));
  }

  /** Every shortlisted candidate `c` might conflict with (a superset; each once). */
  around(c: Candidate): Set<Candidate> {
    const out = new Set<Candidate>(this.unkeyed);
    const take = (list: Candidate[] | undefined): void => {
      if (list) for (const x of list) out.add(x);
    };
    take(this.byFact.get(c.factKey));
    take(this.byPrompt.get(c.prompt));
    // `c`'s giveaway in another stem: the stems holding each term's rarest word.
    const keys = this.termWords.get(c) ?? [...new Set(c.giveaway.flatMap((g) => wordsOf(g).slice(0, 1)))];
    for (const k of keys) take(this.byWord.get(k));
    if (!this.termWords.has(c) && c.giveaway.some((g) => !wordsOf(g).length)) return new Set(this.byStart);
    // Another's giveaway in `c`'s stem: the terms filed under a word of that stem.
    for (const w of this.promptWords.get(c) ?? stemWords(c.prompt)) take(this.byTermWord.get(w));
    // Overlapping sources: those starting before `c` ends and no earlier than the longest source allows.
    const xs = this.byStart;
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid].source.start < c.source.end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && xs[i].source.start > c.source.start - this.longest - 1; i--) {
      if (xs[i].source.end > c.source.start) out.add(xs[i]);
    }
    return out;
  }
}

function add<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}
