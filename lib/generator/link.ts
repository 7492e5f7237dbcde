// Article-level decisions: a name's kind is voted over all its mentions, and
// surnames are linked back to full names ("Aliyev" -> "Ilham Aliyev").
import { isFirstName } from './lexicon';
import { NAMED_STORM, namesItsKind, type NameSpan } from './names';
import type { Entity, EntityKind, Mention } from './types';

export type SentenceSpan = NameSpan & { sentence: number };
export type NumberMention = Omit<Mention, 'key'>;

export const normKey = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '').trim();

interface Group {
  key: string;
  spans: SentenceSpan[];
  person: number;
  place: number;
  org: number;
  term: number;
  named: number;
  words: number;
  /** Its last word, written alone, is shown by the article to be a person ("Delacroix said …"). */
  surnameOfPerson?: boolean;
}

export function linkEntities(
  spans: SentenceSpan[],
  numbers: NumberMention[],
  isEnglish: boolean,
): { mentions: Mention[]; entities: Map<string, Entity> } {
  const groups = new Map<string, Group>();
  for (const s of spans) {
    const key = normKey(s.text);
    let g = groups.get(key);
    if (!g) {
      g = { key, spans: [], person: 0, place: 0, org: 0, term: 0, named: 0, words: key.split(' ').length };
      groups.set(key, g);
    }
    g.spans.push(s);
    g.person += s.evidence.person;
    g.place += s.evidence.place;
    g.org += s.evidence.org;
    g.term += s.evidence.term;
    g.named += s.evidence.named ?? 0;
  }
  // Surname -> full-name group, only when the surname is unambiguous.
  const bySurname = new Map<string, Group | null>();
  for (const g of groups.values()) {
    const last = g.key.split(' ').pop()!;
    // "Inês Carvalho-Reis", named once with nothing to say what she is: a double-barrelled last
    // word still reads as a surname, so her "Carvalho-Reis said …" mentions are hers.
    const barrelled = g.words <= 3 && /^\p{L}+-\p{L}+$/u.test(last) && g.person + g.place + g.org === 0;
    if (g.words < 2 || g.words > 4 || (g.person <= Math.max(g.place, g.org) && !barrelled)) continue;
    bySurname.set(last, bySurname.has(last) ? mainOf(bySurname.get(last) ?? null, g) : g);
  }
  // "Amara Delacroix", named once with nothing to say what she is, and "Delacroix said …"
  // later: a name of two or three words the article marks as no kind of thing, whose last
  // word alone the article shows to be a person, is that person. Only where no person's name
  // already ends in that word.
  const unclassifiedBySurname = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.words < 2 || g.words > 3 || g.person + g.place + g.org > 0 || g.named > 0 || NAMED_STORM.test(g.key.split(' ')[0])) continue;
    const last = g.key.split(' ').pop()!;
    unclassifiedBySurname.set(last, unclassifiedBySurname.has(last) ? null : g);
  }
  const mergedInto = new Map<string, Group>();
  for (const g of groups.values()) {
    if (g.words !== 1) continue;
    if (!bySurname.has(g.key) && g.person > 0 && g.place + g.org === 0) {
      const unclassified = unclassifiedBySurname.get(g.key);
      if (unclassified) {
        unclassified.spans.push(...g.spans);
        unclassified.person += g.person;
        unclassified.surnameOfPerson = true;
        mergedInto.set(g.key, unclassified);
        continue;
      }
    }
    const full = bySurname.get(g.key);
    // "Okonjo-Vale" after "Marguerite Okonjo-Vale": a double-barrelled surname ending a person's
    // full name is that person, however much it reads like a compound firm ("Pfizer-BioNTech").
    // "Stroud, who designed the heron" after "the sculptor Kwabena Stroud": a lone word the article
    // itself shows to be a person is that person, though the lexicon also knows a town of that name.
    if (!full || (g.place + g.org > full.person && !(g.key.includes('-') && g.place === 0) && g.person < g.place + g.org)) continue;
    full.spans.push(...g.spans);
    full.person += g.person;
    mergedInto.set(g.key, full);
  }
  mergeNamedKinds(groups, mergedInto);
  mergeFirstNames(groups, mergedInto);
  mergeShortOrgNames(groups, mergedInto);
  mergeFirmShortNames(groups, mergedInto);
  mergeRiverShortNames(groups, mergedInto);
  const mentions: Mention[] = [];
  const entities = new Map<string, Entity>();
  for (const g of groups.values()) {
    if (mergedInto.has(g.key)) continue;
    const kind = decideKind(g, isEnglish);
    if (!kind) continue;
    const name = pickName(g.spans);
    const sentences = [...new Set(g.spans.map((s) => s.sentence))].sort((a, b) => a - b);
    entities.set(g.key, { key: g.key, kind, name, count: g.spans.length, firstSentence: sentences[0], sentences });
    for (const s of g.spans) {
      mentions.push({ kind, text: s.text, start: s.start, end: s.end, sentence: s.sentence, key: g.key, title: s.title, role: s.role });
    }
  }
  for (const n of numbers) {
    const key = `${n.kind}:${normKey(n.text)}`;
    const e = entities.get(key);
    if (e) {
      e.count++;
      if (!e.sentences.includes(n.sentence)) e.sentences.push(n.sentence);
    } else entities.set(key, { key, kind: n.kind, name: n.text, count: 1, firstSentence: n.sentence, sentences: [n.sentence] });
    // Object.assign rather than a spread with a field after it, which Node 20's V8 builds some 30 times slower.
    mentions.push(Object.assign({}, n, { key }));
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/**
 * "about a year later Mary, then only twelve, …" in a life of Mary Anning: a lone given name that
 * opens exactly one person's full name, and that the article shows to be nothing else, is that
 * person, as a surname is. Two people of one given name ("Mary Godwin", "Mary Shelley") keep it apart.
 */
function mergeFirstNames(groups: Map<string, Group>, mergedInto: Map<string, Group>): void {
  const byFirst = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.words < 2 || g.words > 4) continue;
    // Any other name opening with the word makes it ambiguous, a person's or not.
    const first = g.key.split(' ')[0];
    const person = g.words <= 3 && g.person > Math.max(g.place, g.org);
    byFirst.set(first, byFirst.has(first) || !person ? null : g);
  }
  for (const g of groups.values()) {
    if (g.words !== 1 || mergedInto.has(g.key) || g.place + g.org > 0 || g.spans.some((s) => s.title)) continue;
    const full = byFirst.get(g.key);
    if (!full || !isFirstName(g.spans[0].text)) continue;
    full.spans.push(...g.spans);
    full.person += g.person;
    mergedInto.set(g.key, full);
  }
}


/**
 * "Imelda is the ninth named storm" after "Storm Imelda", "comets like Halvorsen-Ruiz" after
 * "Comet Halvorsen-Ruiz": the name alone is the thing its full name says it is, whatever one
 * mention alone suggests ("Forecasters said Imelda had formed …").
 */
function mergeNamedKinds(groups: Map<string, Group>, mergedInto: Map<string, Group>): void {
  for (const g of groups.values()) {
    const [kind, ...rest] = g.key.split(' ');
    if (g.words < 2 || !namesItsKind(kind)) continue;
    // The kind word is the article saying what the thing is, as "named" does.
    g.term += 3;
    g.named = 1;
    const alone = groups.get(rest.join(' '));
    if (!alone || alone === g || mergedInto.has(alone.key)) continue;
    g.spans.push(...alone.spans);
    g.term += alone.term;
    mergedInto.set(alone.key, g);
  }
}

/**
 * "the Wolves" after "the Westbrook Wolves", "Rovers" after "Lakeside Rovers": a lone word
 * that ends exactly one organization's name is that organization, as a surname is its person.
 */
function mergeShortOrgNames(groups: Map<string, Group>, mergedInto: Map<string, Group>): void {
  const byLast = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.words < 2 || g.words > 4 || g.org <= Math.max(g.person, g.place)) continue;
    const words = g.key.split(' ');
    // "London" is no short name of the "Geological Society of London": after "of" is where it is.
    if (words[words.length - 2] === 'of') continue;
    const last = words.pop()!;
    byLast.set(last, byLast.has(last) ? null : g);
  }
  for (const g of groups.values()) {
    if (g.words !== 1 || mergedInto.has(g.key)) continue;
    const full = byLast.get(g.key);
    if (!full || g.person > 0 || g.place > full.org) continue;
    full.spans.push(...g.spans);
    full.org += g.org;
    mergedInto.set(g.key, full);
  }
}

/**
 * "along the Sallow" after "the River Sallow", "the Tame" after "the River Tame", "the Dornval" after
 * "the Dornval Mountains": a lone word that is exactly one river's, lake's or range's name without
 * its kind word is that place, not a second place to offer
 * beside it. Only a word the article never makes a person or a body.
 */
function mergeRiverShortNames(groups: Map<string, Group>, mergedInto: Map<string, Group>): void {
  const byName = new Map<string, Group | null>();
  for (const g of groups.values()) {
    const words = g.key.split(' ');
    if (words.length !== 2 || mergedInto.has(g.key)) continue;
    // "the Dornval" after "the Dornval Mountains", "Orrin" after "Lake Orrin": ranges and lakes too.
    const name = /^(?:river|lake)$/.test(words[0]) ? words[1] : /^(?:river|mountains|range)$/.test(words[1]) ? words[0] : undefined;
    // Not "River Island", a shop: only a river the article places.
    if (name && g.place > g.org + g.person) byName.set(name, byName.has(name) ? null : g);
  }
  for (const g of groups.values()) {
    if (g.words !== 1 || mergedInto.has(g.key) || g.person > 0 || g.org > g.place) continue;
    const river = byName.get(g.key);
    if (!river) continue;
    river.spans.push(...g.spans);
    river.place += g.place;
    mergedInto.set(g.key, river);
  }
}

/** The generic word ending a firm's name, which the article drops once it has named the firm. */
/** A firm's legal form closing its name. */
const LEGAL_FORM = /^(ltd|limited|inc|plc|corp|llc|gmbh|ag|sa|nv|bv|ab|asa|oy)$/;
/** A club's last word ("Linden Athletic"): its first word is its short name, unless the article places that word. */
const CLUB_TAIL = /^(athletic|united|rovers|wanderers|albion|rangers|harriers|club|fc)$/;
const FIRM_TAIL = /^(group|holding|holdings|homes|books|press|publishing|publishers|records|media|studios|developments|properties|builders|estates|construction|rail|railways|ferries|airlines|airways|bakeries|breweries|industries|motors|foods|dairies|enterprises|systems|technologies|shipping|logistics|brands|hotels|stores|mills|ltd|limited|inc|plc|corp|corporation|company|co)$/;

/**
 * "Velmora" after "Velmora Ferries", "Ostrander" after "Ostrander Group", "Greyfen" after "Greyfen
 * Recycling Ltd": a lone word that opens exactly one firm's name, followed by a generic word or
 * closed by a legal form, is that firm, unless the article has made it a person or a place more
 * firmly than the firm's own name is one.
 */
function mergeFirmShortNames(groups: Map<string, Group>, mergedInto: Map<string, Group>): void {
  const byFirst = new Map<string, Group | null>();
  for (const g of groups.values()) {
    if (g.words < 2 || g.words > 4 || g.org <= Math.max(g.person, g.place) || mergedInto.has(g.key)) continue;
    // "Dunmore Group", "Greyfen Recycling Ltd": the firm's first word is its short name when the
    // name ends in a word for a firm (its second word, or its legal form).
    const words = g.key.split(' ');
    const first = words[0];
    // "Coastline Regional Rail": the word for a firm may come after another.
    if (!words.slice(1).some((w) => FIRM_TAIL.test(w) || CLUB_TAIL.test(w)) && !(words.length > 2 && LEGAL_FORM.test(words[words.length - 1]))) continue;
    byFirst.set(first, byFirst.has(first) ? null : g);
  }
  for (const g of groups.values()) {
    if (g.words !== 1 || mergedInto.has(g.key) || g.spans.some((s) => s.title)) continue;
    const full = byFirst.get(g.key);
    // A town the firm is named after ("Dunmore" beside "Dunmore Group") is placed by the article more than once.
    if (!full || g.place > 1 || g.person + g.place > full.org) continue;
    // "Harwich United … the ground in Harwich": a club's first word the article places is its town.
    if (g.place > 0 && CLUB_TAIL.test(full.key.split(' ').pop()!)) continue;
    full.spans.push(...g.spans);
    full.org += g.org;
    mergedInto.set(g.key, full);
  }
}

/**
 * Two people of one surname: "Valadares" alone is taken as the one the article names first
 * ("Inês Valadares … Valadares"), when the other is named only once ("the youngest of three
 * children of Joaquim Valadares"); an article naming a parent first and the subject once after
 * would be read wrong, which is rarer than the subject leading. When both are named more than
 * once, the surname is left alone. `held` is null once a surname is known to be ambiguous.
 */
function mainOf(held: Group | null, g: Group): Group | null {
  if (!held) return null;
  const [first, later] = held.spans[0].start <= g.spans[0].start ? [held, g] : [g, held];
  return later.spans.length === 1 ? first : null;
}

function decideKind(g: Group, isEnglish: boolean): EntityKind | null {
  if (g.surnameOfPerson) return 'person';
  // The article naming a thing ("the lunar module, named Eagle") outweighs a
  // lexicon's guess that the word is also a place ("Columbia").
  if (g.term > 0 && g.term >= g.person && (g.named > 0 || g.term > Math.max(g.place, g.org))) return 'term';
  const best = Math.max(g.person, g.place, g.org);
  if (best <= 0) {
    // Unclassified proper nouns become terms only when repeated or multi-word,
    // and a lone sentence-opening word is never enough.
    if (!isEnglish) return null;
    const nonInitial = g.spans.filter((s) => !s.initial).length;
    if (nonInitial === 0) return null;
    return g.words > 1 || nonInitial >= 2 ? 'term' : null;
  }
  if (!isEnglish && best < 3) return null;
  if (g.person === best) return 'person';
  if (g.org === best) return 'organization';
  return 'place';
}

function pickName(spans: SentenceSpan[]): string {
  let best = spans[0].text;
  for (const s of spans) if (s.text.split(' ').length > best.split(' ').length) best = s.text;
  return best;
}
