// Flashcards: term <-> description pairs from titles, appositives and
// definitions, plus key facts from the strongest cloze and quote candidates.
import { makeId, sourceOf, type Candidate } from './candidates/candidate';
import { readingKey, vagueness } from './plain-readings';
import type { Analysis, Flashcard } from './types';

const MAX_CARDS = 60;
/**
 * A back that stops where the term would follow ("It is sometimes called the", "… the result is
 * called", "… add evaporation and transpiration together and") leads into the term instead of
 * saying what it is; one opening with a pronoun ("It is the only mammal …") needs the sentence
 * before it. The term's cloze card, its sentence with a blank, teaches it instead.
 */
const LEAD_IN_END = /\b(?:called|named|termed|known\s+as|nickname|nicknamed|dubbed|and|or|of|the|an?)$/i;
const OPENS_WITH_PRONOUN = /^(?:it|they|this|these|that|those|he|she)\b/i;
/** "dew point => The temperature at which it begins": a sentence-like back whose "it" means something unsaid. */
const LEANS_ON_PRONOUN = /^\p{Lu}(?=.*\b(?:it|they|them)\b)/u;

/**
 * One capitalised word and nothing else ("Councillor", "Judge", "Striker"), or a title stacked on
 * a role ("Co-author Professor"); "Prime Minister", "Chief Justice" say more and stay.
 */
const TITLE_ONLY = /^(?:\p{Lu}[\p{L}]*|Co-\p{L}+\s+\p{Lu}\p{L}*)$/u;

export function buildFlashcards(a: Analysis, candidates: Candidate[]): Flashcard[] {
  const cards: Flashcard[] = [];
  const fronts = new Set<string>();
  const add = (c: Omit<Flashcard, 'id'>): void => {
    const k = c.front.toLowerCase();
    if (fronts.has(k) || cards.length >= MAX_CARDS) return;
    fronts.add(k);
    cards.push({ id: makeId(c.kind, 'short_answer', c.back, c.source.start, c.front), ...c });
  };
  for (const d of a.descriptions) {
    if (LEAD_IN_END.test(d.description) || (d.kind === 'term' && (OPENS_WITH_PRONOUN.test(d.description) || LEANS_ON_PRONOUN.test(d.description)))) continue;
    // "Aoife Brannigan => Councillor", "=> Striker": a title alone says too little to learn; the
    // person's cards come from what the article says they did.
    if (d.kind === 'person' && TITLE_ONLY.test(d.description.trim())) continue;
    add({ front: d.term, back: d.description, kind: d.kind, source: sourceOf(a, d.sentence, d.sentence) });
  }
  // One key fact per answer: the best-scored question that asks for it.
  const seen = new Set<string>();
  const facts = candidates
    .filter((c) => c.type !== 'true_false')
    .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  const limit = Math.max(10, Math.ceil(a.sentences.length / 3));
  // A card is studied alone, so no other card's answer needs hiding: of the readings of its
  // question, the one that puts fewest plain descriptions in place of the sentence's other facts
  // ("serves 86,000 households", not "serves many households").
  const plainest = new Map<string, Candidate>();
  for (const c of facts) {
    const key = `${c.factKey}|${readingKey(c)}`;
    const best = plainest.get(key);
    if (!best || vagueness(c) < vagueness(best)) plainest.set(key, c);
  }
  for (const c of facts) {
    if (seen.size >= limit) break;
    if (seen.has(c.factKey)) continue;
    seen.add(c.factKey);
    const front = plainest.get(`${c.factKey}|${readingKey(c)}`)!;
    add({ front: front.prompt, back: c.answer, kind: c.kind, source: c.source });
  }
  return cards;
}
