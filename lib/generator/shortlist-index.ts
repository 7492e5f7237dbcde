// The shortlist laid out for a fast scan (rank.ts, fill): each candidate's score, sentence,
// kind-and-type group and whether it is a statement or already used, by shortlist position,
// since reading these from candidates of many shapes is what a long shortlist costs most;
// and the candidates of each sentence and of each fact, in shortlist order.
import type { Candidate } from './candidates/candidate';
import type { QuestionType } from './types';

export interface ShortlistIndex {
  inSentence: Map<number, Candidate[]>;
  ofFact: Map<string, Candidate[]>;
  scoreAt: Float64Array;
  sentenceAt: Int32Array;
  /** 1 for a true/false statement. */
  statement: Uint8Array;
  /** 1 once used; set through `spend`. */
  spent: Uint8Array;
  /** Each group's kind and type; `groupAt` gives a candidate's group. */
  groups: Array<[string, QuestionType]>;
  groupAt: Int32Array;
  spend: (c: Candidate) => void;
}

export function indexShortlist(shortlist: Candidate[]): ShortlistIndex {
  const inSentence = new Map<number, Candidate[]>();
  const ofFact = new Map<string, Candidate[]>();
  const scoreAt = Float64Array.from(shortlist, (c) => c.score);
  const sentenceAt = Int32Array.from(shortlist, (c) => c.sentence);
  const statement = Uint8Array.from(shortlist, (c) => (c.type === 'true_false' ? 1 : 0));
  const spent = new Uint8Array(shortlist.length);
  const groupIds = new Map<string, number>();
  const groups: Array<[string, QuestionType]> = [];
  const groupAt = Int32Array.from(shortlist, (c) => {
    const key = `${c.kind}|${c.type}`;
    let g = groupIds.get(key);
    if (g === undefined) {
      groupIds.set(key, (g = groups.length));
      groups.push([c.kind, c.type]);
    }
    return g;
  });
  // Candidates sharing an id are one question: using one uses them all.
  const samePosition = new Map<string, number[]>();
  shortlist.forEach((c, i) => {
    const list = samePosition.get(c.id);
    if (list) list.push(i);
    else samePosition.set(c.id, [i]);
  });
  const spend = (c: Candidate): void => {
    for (const i of samePosition.get(c.id) ?? []) spent[i] = 1;
  };
  for (const c of shortlist) {
    push(inSentence, c.sentence, c);
    push(ofFact, c.factKey, c);
  }
  return { inSentence, ofFact, scoreAt, sentenceAt, statement, spent, groups, groupAt, spend };
}

function push<K>(m: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = m.get(k);
  if (list) list.push(c);
  else m.set(k, [c]);
}
