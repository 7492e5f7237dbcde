// What the whole article is about, when it says so in its first sentence.
import type { Analysis } from './types';

/**
 * "The Varna is a river in Estravia.", "The pangolin is a mammal covered …", "The Halvorsen Canal,
 * which links …, was one of the great engineering projects …": an article that opens by saying
 * what a thing is describes that thing throughout. Blanking it ("The _____ is a mammal …") asks
 * only what the article is about, which every reader knows from its title; the facts a teacher
 * picks are what it says about it. A person is left out: a biography or an interview may open the
 * same way ("Maren Holt is a marine biologist …"), and who someone is stays a fact to learn; so is
 * a firm ("Kestrel Thermal is a maker of heat pumps"), whose name a business report asks for. Only
 * an indefinite class or a superlative says what a thing is ("The Great Barrier Reef is the largest
 * coral reef system on Earth"; "The Wolves are the champions" tells news of them),
 * and only a thing named with "the" is a kind, a river or a work an entry is about.
 */
const OPENS_DEFINITION = /^\s*(?:\([^()]{0,80}\)\s*)?(?:,[^,.;:!?]{1,160},\s*)?(?:is|are|was|were)\s+(?:an?|one\s+of|the\s+(?:\p{Ll}+est|most\s+\p{Ll}+|only|oldest|longest|world's\s+\p{Ll}+est))\s/iu;

const topics = new WeakMap<Analysis, string | null>();

/** The key of the entity the article opens by defining, or null. */
export function articleTopic(a: Analysis): string | null {
  if (topics.has(a)) return topics.get(a)!;
  let found: string | null = null;
  // The lead: the first sentence of some length (a byline or dateline is shorter).
  const lead = a.sentences.slice(0, 3).find((s) => s.text.trim().split(/\s+/).length >= 5);
  const m = lead ? a.bySentence[lead.index][0] : undefined;
  if (lead && m && (m.kind === 'place' || m.kind === 'term')) {
    const before = a.masked.slice(lead.start, m.start);
    if (/^[\s*_>"“]*the\s+$/i.test(before) && OPENS_DEFINITION.test(a.masked.slice(m.end, lead.end))) found = m.key;
  }
  topics.set(a, found);
  return found;
}
