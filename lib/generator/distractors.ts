// Wrong answers of the answer's own kind: people for people, years for years,
// amounts with the same unit. Drawn from the article first; synthetic values
// (nearby years, scaled amounts, well-known places) only when it runs short.
import { perArticleWord } from './article-memo';
import { antecedentKey } from './candidates/antecedents';
import { genderOf, roleOf } from './candidates/generic';
import { capitalize } from './markup';
import nlp from 'compromise';
import { isCompanyNoun, isContinent, isTitleWord, isEverydayWord, isFirstName, isLastName, isOrgWord, isPlaceWord, lexTags, STOPWORDS } from './lexicon';
import { wordRuns } from './tokens';
import { normKey } from './link';
import { BARE_MONTH, monthName, numberWord, parseAmount, wordValue } from './numbers';
import { inventedBodies, isOneWordSwap } from './invented-bodies';
import { nearResults, parseResult } from './counts';
import { regionalPlaces } from './regions';
import { speaksOfFuture, stemLimits, withinLimits, type Limits } from './stem-limits';
import type { Analysis, Entity, EntityKind } from './types';

export interface Distractors {
  values: string[];
  synthetic: boolean;
  /** Some values are invented bodies' names (see invented-bodies.ts). */
  invented?: boolean;
}

/**
 * Texts split lately, and their words: the same stems, choices and answers are split many times
 * over in one article (a multiple-choice and a typed reading share a stem, a name is checked as
 * a choice for every question of its kind). Emptied when full, so it never holds more than this.
 */
const CONTENT_WORDS_KEPT = 4096;
const contentWordsOf = new Map<string, readonly string[]>();

export function contentWords(s: string): readonly string[] {
  let words = contentWordsOf.get(s);
  if (words === undefined) {
    if (contentWordsOf.size >= CONTENT_WORDS_KEPT) contentWordsOf.clear();
    words = wordRuns(s.toLowerCase().replace(/['’]s\b/g, '')).filter((w) => w.length > 1 && !STOPWORDS.has(w));
    contentWordsOf.set(s, words);
  }
  return words;
}

export function overlaps(a: string, b: string): boolean {
  const wa = new Set(contentWords(a));
  return contentWords(b).some((w) => wa.has(w)) || a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
}

/** A numeric choice differs in value from every other choice. */
export function distinctAmount(v: string, others: string[]): boolean {
  // Results ("2–0", "2–1") share their first number: they differ as written.
  if (parseResult(v)) return others.every((o) => o.replace(/\s+/g, '') !== v.replace(/\s+/g, ''));
  const x = parseAmount(v);
  return x !== undefined && others.every((o) => o.toLowerCase() !== v.toLowerCase() && parseAmount(o) !== x);
}

/** Cheap stable hash so choices and fallbacks vary by answer without randomness. */
export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * A term that is one describing word ("called 'abnormal'", "benign"): no choice beside the names
 * of things ("polyps", "colonoscopy"), nor they beside it.
 */
const describing = new Map<string, boolean>();
function isDescribingWord(term: string): boolean {
  if (/\s/.test(term.trim())) return false;
  let is = describing.get(term);
  if (is === undefined) {
    const tags: string[] = nlp(term).json()[0]?.terms?.[0]?.tags ?? [];
    is = tags.includes('Adjective') && !tags.includes('Noun');
    if (describing.size > 4096) describing.clear();
    describing.set(term, is);
  }
  return is;
}

/** "Haakon VII", "Louis XIV": a monarch's name with its number. */
const isRegnal = (name: string): boolean => /\s[IVX]+$/.test(name);

/**
 * A one-word name is a given name unless someone's full name ends in it ("Brandvik" of "Anders
 * Brandvik") or the lexicon knows it only as a surname.
 */
const isGivenName = perArticleWord((a, word) => {
  const lower = word.toLowerCase();
  for (const e of a.entities.values()) if (e.kind === 'person' && e.name.includes(' ') && e.name.toLowerCase().endsWith(` ${lower}`)) return false;
  return isFirstName(word) || !isLastName(word);
});

/** "Anders" of "Anders Brandvik"; a monarch keeps the whole name. */
const givenName = (name: string): string => (isRegnal(name) ? name : name.split(' ')[0]);

/** A person's surname, or the whole name of a monarch or a Jr ("Haakon VII" is no "VII"). */
const surname = (name: string): string => (isRegnal(name) || /\s(?:Jr|Sr)\.?$/.test(name) ? name : name.split(' ').pop()!);

/**
 * `sentence`, when given, is the answer's sentence: a value of the answer's kind stated in that
 * same sentence ("opened in 1889 and was restored in 1994") is true of what the sentence tells,
 * so it is no wrong answer, and offering it would give away the sentence's other question.
 * Amounts fall back to nearby values instead; names are taken from there only as a last resort.
 */
export function pickDistractors(a: Analysis, kind: EntityKind, key: string, answer: string, stem: string, pools: Pools, n = 3, sentence?: number, at?: number): Distractors | null {
  const sameSentence = (e: Entity): boolean => sentence !== undefined && e.sentences.includes(sentence);
  const stemLower = stem.toLowerCase();
  const picked: string[] = [];
  const numericKind = kind === 'date' || kind === 'number' || kind === 'quantity';
  const limits = numericKind && sentence !== undefined ? limitsIn(a, sentence, kind, answer, at) : null;
  const oneThing = !numericKind && /\ba\(n\) _____/.test(stemLower) && !looksPlural(answer);
  const answerValue = limits ? parseAmount(answer) : undefined;
  const accept = (v: string): boolean => {
    if (!v || picked.length >= n) return false;
    // "60,000 visitors, up from 48,000": no choice the sentence itself rules out.
    if (limits && answerValue !== undefined && !withinLimits(limits, parseAmount(v) ?? answerValue, answerValue)) return false;
    // Amounts share their unit by design ("£1.9 million", "£3.8 million"): compare values instead.
    if (numericKind ? !distinctAmount(v, [answer, ...picked]) : overlaps(v, answer) || picked.some((p) => overlaps(p, v))) return false;
    // "WHO" and "World Health Organization" are one choice twice.
    if (!numericKind && [answer, ...picked].some((p) => sameByInitials(p, v))) return false;
    if (!numericKind && contentWords(v).some((w) => hasWord(stemLower, w))) return false;
    // "is called a(n) _____" [groynes | *wave-cut platform]: one thing's slot takes no plural.
    if (oneThing && looksPlural(v)) return false;
    picked.push(v);
    return true;
  };
  // A score or a tally ("2–0", "17 to 12"): other results of the article of the same sort (a
  // vote's for a vote, a game's for a game), form and leader, then near ones.
  const answerResult = kind === 'number' ? parseResult(answer) : null;
  if (answerResult) {
    const unit = pools.countNoun.get(key);
    const sign = Math.sign(answerResult[0] - answerResult[2]);
    const distinct = (v: string): boolean => v !== answer && !picked.includes(v) && picked.length < n;
    for (const e of a.entities.values()) {
      const r = e.kind === 'number' && e.key !== key && !sameSentence(e) && pools.countNoun.get(e.key) === unit ? parseResult(e.name) : null;
      if (r && r[1].trim() === answerResult[1].trim() && Math.sign(r[0] - r[2]) === sign && distinct(e.name)) picked.push(e.name);
    }
    const real = picked.length;
    for (const v of nearResults(answer, unit === 'tally')) if (distinct(v)) picked.push(v);
    return picked.length === n ? { values: picked, synthetic: real < n } : null;
  }
  if (kind === 'date' || kind === 'number' || kind === 'quantity') {
    const value = parseAmount(answer);
    if (value === undefined) return null;
    const unit = amountForm(answer);
    const same = (pools.numbers.get(`${kind}|${unit}`) ?? []).filter((e) => e.key !== key);
    // Counts only of the same thing: "reefs" are no distractor for "islands".
    const noun = pools.countNoun.get(key);
    // "on Wednesday _____": only dates a whole number of weeks away fall on that day too, and the
    // article's other dates mostly do not.
    const weekday = kind === 'date' && WEEKDAY_BEFORE_BLANK.test(stemLower);
    // "Three | Five | Seven | 60": the article's amounts written the other way, in figures or in
    // words, stand out from the answer.
    const inWords = /^\p{L}/u.test(answer);
    // "Last autumn … closed the bridge in _____" [January | March | *November]: a season the stem
    // names holds the answer's month, so the other months offered are of that season, or next to it.
    const season = kind === 'date' && BARE_MONTH.test(answer) ? seasonMonths(stemLower, value) : null;
    // A year asked of something that happened ("formed in _____") is offered beside years that
    // had come by then too, not beside a plan's year or one after the article's time.
    // Not for the latest year itself or the one before: every choice would then be earlier than
    // the answer, and the latest choice always right.
    const year = kind === 'date' && /^\d{4}$/.test(answer);
    const past = year && value < pools.latestYear - 1 && !PLANNED.test(stem);
    const told = (v: number): boolean => !past || v <= pools.latestYear;
    // "On the night of 14 November 1763, the brig … struck the shoals" … "in _____ the board opened
    // hearings" [February 1759 | 1762 | 1763 | *1764]: what the article tells after the event it
    // opens on is offered no year before that event, which a reader rules out unread.
    const answerYear = yearIn(answer);
    const opening = pools.openingYear;
    const after = kind === 'date' && opening && answerYear !== undefined && answerYear > opening.year && sentence !== opening.sentence;
    const sinceOpening = (v: string): boolean => !after || (yearIn(v) ?? Infinity) >= opening!.year;
    for (const e of year ? nearYearsFirst(same, value, answer) : same) {
      if (!told(parseAmount(e.name) ?? 0) || !sinceOpening(e.name)) continue;
      if (kind === 'number' && pools.countNoun.get(e.key) !== noun) continue;
      if (sameSentence(e) || weekday || /^\p{L}/u.test(e.name) !== inWords) continue;
      if (season && !season.includes(parseAmount(e.name) ?? 0)) continue;
      // Of one order of size: not "£1.45" (a fare) beside "£250,000" (a fund).
      const other = parseAmount(e.name) ?? 0;
      if (Math.abs(other - value) <= Math.max(60, value * 10) && (value < 100 || other >= value / 50)) accept(e.name);
    }
    const real = picked.length;
    // Other ages are a few years either side: "87" against "84" or "91", not "174".
    if (noun === 'age') for (const d of [3, -4, 6, -2, 9]) accept(String(value + d));
    // "60,000, up from 48,000": values between the baseline and the answer, so the answer is not
    // always the smallest choice left.
    const between = limits ? betweenValues(limits, value, answer) : [];
    if (season) for (const m of season) if (m !== value) accept(capitalize(monthName(m - 1)));
    for (const v of spreadRank([...between, ...syntheticNumbers(kind, value, answer, weekday).filter((x) => told(parseAmount(x) ?? 0) && sinceOpening(x))], value, picked, n, hashString(answer))) accept(v);
    return picked.length === n ? { values: picked, synthetic: real < n } : null;
  }
  const single = !answer.includes(' ') && kind === 'person';
  // "Aisha's project …" [Beckett | Pryce | Ellory | *Aisha], "Peder also kept a logbook"
  // [*Peder | Brandvik]: a given name is offered beside given names, and a surname the answer
  // may share is not offered at all.
  const given = single && isGivenName(a, answer);
  const shortName = (name: string): string => (given ? givenName(name) : surname(name));
  // Cities for cities, countries for countries: same sub-kind first.
  const sub = (w: string): string => (lexTags(w).find((t) => t === 'City' || t === 'Country') ?? 'other');
  let pool = pools.byKind.get(kind) ?? [];
  // "Local", "Sea", "Competition": one everyday word read as a place (a sentence's first word, a
  // name cut short) is no town to offer beside towns, unless the lexicon knows it as a place.
  if (kind === 'place') pool = pool.filter((e) => e.name.includes(' ') || !isEverydayWord(e.name) || lexTags(e.name).some((t) => /^(?:City|Country|Place|Region)$/.test(t)));
  // Unclassified names ("Saturn V", "Cold War") are too mixed to stand in for each
  // other; only terms the article defines are offered as choices for one another.
  // A named work is the exception: "Harrowby Viaduct" may be offered beside "Cardale Aqueduct" and
  // "Saltmarsh Bridge", "Telford Medal" beside "Wrenfield Prize": names of one class of thing, told
  // by their last word.
  if (kind === 'term') {
    const work = workClass(answer);
    // "Gulf of Tamir", "Dravec Gorge" read as unclassified names are still natural places, offered
    // beside the article's other mountains, lakes and gorges.
    const natural = !work && isNaturalPlaceName(answer);
    if (!pools.definedTerms.has(key) && !work && !natural) return null;
    pool = work
      ? [...pool, ...(pools.byKind.get('place') ?? [])].filter((e) => e.key !== key && workClass(e.name) === work)
      : natural
        ? [...(pools.byKind.get('place') ?? []), ...pool].filter((e) => e.key !== key && isNaturalPlaceName(e.name))
        : pool.filter((e) => pools.definedTerms.has(e.key) && isDescribingWord(e.name) === isDescribingWord(answer));
  }
  if (kind === 'place') {
    const want = sub(answer);
    let sorted = pools.placesBySub.get(want);
    if (!sorted) {
      // The natural places read as unclassified names join the pool ("Dravec Gorge" beside "Kessel Mountains").
      const unclassified = (pools.byKind.get('term') ?? []).filter((e) => isNaturalPlaceName(e.name));
      sorted = [...pool, ...unclassified].sort((x, y) => Number(sub(y.name) === want) - Number(sub(x.name) === want));
      pools.placesBySub.set(want, sorted);
    }
    pool = sorted;
  }
  // A bridge for a bridge, a river for a river, a town for a town.
  const cls = kind === 'place' ? placeClass(answer) : '';
  // Well-known cities or countries stand in only for a known city or country:
  // "Volgograd" is no distractor for a stadium, a ridge or a club.
  const known = kind === 'place' ? sub(answer) : 'other';
  // Cities of the answer's own country or region ("Leeds" beside "London"), when it is a listed one.
  const near = known === 'other' ? [] : regionalPlaces(answer, known === 'Country' ? 'Country' : 'City');
  const later: Entity[] = [];
  const stemWords = [...new Set(contentWords(stem.replace(/_{3,}/g, ' ')).map(wordRoot))];
  const townSlot = kind === 'place' && TOWN_SLOT.test(stemLower) && sub(answer) !== 'Country';
  const theSlot = /\bthe\s+_____/.test(stemLower);
  // "…, said her team had …", "the first woman to manage the club" [*Bernadette Ní Bhriain | three
  // men]: where the stem tells the answer's sex, a choice known to be of the other is ruled out by
  // the stem alone.
  const gender = kind === 'person' ? genderOf(a) : null;
  const told = gender ? gender(key) : null;
  const stemTells = told !== null && (told === 'f' ? FEMALE_WORDS : MALE_WORDS).test(blankClause(stem, pools));
  // "She moved to Vienna to study with the cellist _____" [Inês Valadares | …]: the person a
  // stem's opening "She" or "Her" stands for — in a life or an interview, the one it is about —
  // is not whom she studied with.
  const opening = kind === 'person' ? /^(she|her|he|his)\s/.exec(stemLower)?.[1] : undefined;
  // "My grandfather, _____, let me sweep …" [*Niamh]: in an interview, whoever says "I" and "my"
  // is the one the article is about, and not their own grandfather.
  // Not the numeral of "World War I" or "Henry I": an "I" after a capitalized word.
  const firstPerson = kind === 'person' && !opening && (/(?:^|[\s,])(?:my|me)(?=[\s,.;:!?]|$)/.test(stemLower) || /(?:^|[,“"]\s*|(?<!\p{Lu}[\p{L}'’-]*)\s)I(?:['’](?:ve|m|d))?(?=[\s,.;:!?]|$)/u.test(stem));
  const meant = opening ? mainPerson(a, opening === 'she' || opening === 'her' ? 'f' : 'm') : firstPerson ? speaker(a) : null;
  // "She beat last year's winner, local firefighter _____" [*Priya Chandran]: whom a "she" or "he"
  // of the stem means is not whom she beat, even when the article is not about her.
  // Not "The striker _____ scored twice, and he was named …": after a blank that is the subject,
  // the pronoun is the answer's own.
  const beforeBlank = stemLower.slice(0, Math.max(0, stemLower.indexOf('_____')));
  const blankIsSubject = /^(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u.test(beforeBlank) && !/\b(?:with|by|to|from|for|of|at|in|on|beat|beside|against|and)\s/.test(beforeBlank);
  const pronoun = kind === 'person' && sentence !== undefined ? /\b(she|her|he|his|him)\b/.exec(blankIsSubject ? beforeBlank : stemLower)?.[1] : undefined;
  const pronounSex = /^(?:she|her)$/.test(pronoun ?? '') ? 'f' : 'm';
  const meantHere = pronoun ? (antecedentKey(a, sentence!, pronounSex) ?? lastNamedBefore(a, sentence!, pronounSex)) : null;
  // "Harbour City coach _____" [three players]: people of the answer's role come first.
  const roleFamily = (k: string): string | undefined => { const r = roleOf(a, k); return r && (SAME_ROLE[r] ?? r); };
  const answerRole = kind === 'person' ? roleFamily(key) : undefined;
  if (answerRole) {
    // Sorted once per role and article, as the places are per sub-kind: a long article asks hundreds.
    let sorted = pools.personsByRole.get(answerRole);
    if (!sorted) pools.personsByRole.set(answerRole, (sorted = [...pool].sort((x, y) => Number(roleFamily(y.key) === answerRole) - Number(roleFamily(x.key) === answerRole))));
    pool = sorted;
  }
  // "Councillor _____" [*Eleanor Briggs | Denise Whitlock]: where the stem gives the blank a title,
  // people the article gives that title come first; one it never calls a councillor stands out.
  const titled = kind === 'person' ? /\b(\p{L}+)\.?\s+_____/u.exec(stem)?.[1] : undefined;
  if (titled && isTitleWord(titled) && /^\p{Lu}/u.test(titled) && !/^(?:the|of|former|acting|first)$/i.test(titled)) {
    const titleWord = new RegExp(`\\b${titled}\\b`, 'i');
    const has = new Set(a.mentions.filter((m) => m.kind === 'person' && m.title && titleWord.test(m.title)).map((m) => m.key));
    if (has.size > 1) pool = [...pool].sort((x, y) => Number(has.has(y.key)) - Number(has.has(x.key)));
  }
  // A place of the article the lexicon does not class is a worse choice for a listed city than
  // another city of its region ("Paris" beside "Lyon"): it waits until the region's cities are offered.
  const otherSub: Entity[] = [];
  const answerBody = kind === 'organization' ? bodyClass(answer) : undefined;
  const firmSlot = kind === 'organization' && isCompanyNoun(/(\p{Ll}+)\s+_{3,}/u.exec(stemLower)?.[1] ?? '') && !NOT_A_FIRM.has(answerBody ?? '');
  // Only a place that reads as a settlement: not a region or a nation the lexicon misses
  // ("Northern Ireland", "Catalonia"), nor one the article calls a country.
  const townLike = kind === 'place' && known === 'other' && placeClass(answer) === 'settled' && !lexTags(answer).some((t) => t === 'Region' || t === 'Place') && !answer.split(/\s+/).some((w) => sub(w) === 'Country') && !countryLike(a, answer);
  const otherBody: Entity[] = [];
  for (const e of pool) {
    // Three found: the rest of a long article's pool is not looked at.
    if (picked.length >= n) break;
    if (e.key === key || (kind === 'place' && placeClass(e.name) !== cls)) continue;
    // "Explosions were heard on _____" [*Sumatra | Java]: a name of which another sentence says
    // what the stem says is as right as the answer.
    if (saysStemOf(a, e, stemWords, sentence)) continue;
    // "Europe" or "North America" is no wrong answer for the town someone was born in.
    if (kind === 'place' && isContinent(e.name) && !isContinent(answer)) continue;
    // "… a school in _____" [*Kerrow | Norlund]: a place the article puts the answer in, or puts in
    // the answer, is as right as the answer.
    if (kind === 'place' && pools.nested.has(`${key}|${e.key}`)) continue;
    // "Born in _____ and raised in Utrecht" [Lagos | Nigeria]: a country may hold the city that is
    // the answer, and a city lie in the country that is, so neither is offered for the other.
    if (known !== 'other' && sub(e.name) !== 'other' && sub(e.name) !== known) continue;
    // "the market town of _____", "_____, a fishing village": a country is no town.
    if (townSlot && sub(e.name) === 'Country') continue;
    // "The _____ has estimated the damage." [Volvo]: a brand is named without "the", a board with it.
    // The other way round is left: "_____ will open a plant" reads well enough with a board's name.
    if (kind === 'organization' && theSlot && !takesThe(a, e.name)) continue;
    // "the historian _____" [Haakon VII]: a monarch's regnal name is offered only for another's.
    if (kind === 'person' && isRegnal(e.name) !== isRegnal(answer)) continue;
    if (stemTells) {
      const other = gender!(e.key);
      if (other !== null && other !== told) continue;
    }
    // "_____ remembered the sessions" [Inez | Carvalho-Reyes | *Diallo-Pérez | Aurélio]: a first
    // name the article also gives with a surname is that person again, beside their surname.
    if (kind === 'person' && single && !given && !e.name.includes(' ') && givenNamesOf(pools).has(e.name)) continue;
    if (meant && e.key === meant && e.key !== key) continue;
    if (meantHere && e.key === meantHere) continue;
    // "_____ will close in July 2026" [*Ashgrove Primary | Department for Education | …]: a school
    // stands out among councils and trusts, so bodies of the answer's own class come first.
    // "the Baltic operator _____", "the Norwegian firm _____" [Green Industry Transition Fund]: a
    // business named before the blank rules out funds, councils, schools and clubs.
    const body = kind === 'organization' ? bodyClass(e.name) : undefined;
    if (firmSlot && NOT_A_FIRM.has(body ?? '')) continue;
    if (answerBody && body !== answerBody) {
      otherBody.push(e);
      continue;
    }
    // "The company was founded in _____, where its head office …" [Ireland | *Dunmore | …]: a
    // country the lexicon knows is no choice for a place it does not, unless the article treats
    // that place as a country.
    if (townLike && sub(e.name) === 'Country') continue;
    if (near.length && sub(e.name) !== known) otherSub.push(e);
    // "Ingrid Solum" beside "Marta" and "Peder": a full name stands out among given names alone,
    // so names of the answer's own form come first.
    // "Elsa Varnholt | Anders | Maren | Ingrid": a given name alone is no choice beside a full
    // name; with too few full names the question is typed instead.
    else if (kind === 'person' && !single && !e.name.includes(' ')) continue;
    else if (sameSentence(e)) later.push(e);
    else accept(single ? shortName(e.name) : e.name);
  }
  for (const e of later) accept(single ? shortName(e.name) : e.name);
  for (const e of otherBody) accept(e.name);
  // As many as the article offered, of either sub-kind: the choices are its own.
  const real = Math.min(n, picked.length + otherSub.length);
  if (known !== 'other' && picked.length < n) {
    const h = hashString(answer);
    // "York" where the article says "New York": a listed name the text holds is part of another.
    const unsaid = (v: string): boolean => !namedInArticle(a, v.toLowerCase()) && accept(v);
    for (let i = 0; i < near.length && picked.length < n; i++) unsaid(near[(h + i * 7) % near.length]);
    for (const e of otherSub) accept(e.name);
    // "a storm off the _____" [*Faroe Islands | Reykjanes Ridge | Norwegian Sea | Pakistan]: with no
    // region the lexicon knows the answer in, a country from anywhere is absurd beside the
    // article's own places; with two of those the question is typed instead.
    const list = known === 'Country' ? pools.countries : pools.cities;
    if (near.length || picked.length < 2) for (let i = 0; i < list.length && picked.length < n; i++) unsaid(list[(h + i * 7919) % list.length]);
  }
  const found = picked.length;
  if (kind === 'organization' && picked.length < n) addInventedBodies(a, answer, stemLower, pools, picked, n);
  return picked.length === n ? { values: picked, synthetic: real < n, invented: found < n } : null;
}

/**
 * A body the article names with too few others of its kind gets invented names of its own
 * pattern ("University of Oslo" for "University of Bergen"): they share its words by design, so
 * they are held to their own rule, one word swapped, and never a name the article itself uses
 * (that body may well be true of the sentence).
 */
function addInventedBodies(a: Analysis, answer: string, stemLower: string, pools: Pools, picked: string[], n: number): void {
  const places = (pools.byKind.get('place') ?? []).filter((e) => placeClass(e.name) === 'settled').map((e) => e.name);
  const own = new Set(contentWords(answer));
  for (const v of inventedBodies(answer, places)) {
    if (picked.length >= n) break;
    const lower = v.toLowerCase();
    if (!isOneWordSwap(v, answer) || picked.some((p) => p.toLowerCase() === lower || (overlaps(p, v) && !isOneWordSwap(p, v)))) continue;
    if (contentWords(v).some((w) => !own.has(w) && hasWord(stemLower, w)) || namedInArticle(a, lower)) continue;
    picked.push(v);
  }
}

/** "explosions", "explosion"; "heard"; "erupted", "erupts": a word's root, roughly, to match forms. */
const wordRoot = (w: string): string => w.replace(/(?:ies|es|s|ed|ing)$/, '').slice(0, 7);

const sentenceRoots = new WeakMap<Analysis, Map<number, Set<string>>>();

/**
 * Whether a sentence of `e`, other than the answer's, holds most of the stem's words (two at
 * least): the stem is then as true of `e` as of the answer.
 */
function saysStemOf(a: Analysis, e: Entity, stemWords: string[], sentence: number | undefined): boolean {
  if (stemWords.length < 2) return false;
  let memo = sentenceRoots.get(a);
  if (!memo) sentenceRoots.set(a, (memo = new Map()));
  for (const k of e.sentences) {
    if (k === sentence) continue;
    let roots = memo.get(k);
    if (!roots) memo.set(k, (roots = new Set(contentWords(a.sentences[k].text).map(wordRoot))));
    const shared = stemWords.filter((w) => roots.has(w)).length;
    if (shared >= 2 && shared >= 0.6 * stemWords.length) return true;
  }
  return false;
}

/** "the Swedish Board of Agriculture", "the Coastal Trust": a body named with "the", by its own word or as the article writes it. */
function takesThe(a: Analysis, name: string): boolean {
  return /^the\s/i.test(name) || name.split(/\s+/).some((w) => isOrgWord(w.replace(/['’]s?$/, ''))) || namedInArticle(a, `the ${name.toLowerCase()}`);
}

const namedIn = new WeakMap<Analysis, { lower: string; seen: Map<string, boolean> }>();

/** Whether the article's text holds `lower` (lower-cased), searched once per name however many questions ask. */
function namedInArticle(a: Analysis, lower: string): boolean {
  let memo = namedIn.get(a);
  if (!memo) namedIn.set(a, (memo = { lower: a.body.toLowerCase(), seen: new Map() }));
  let found = memo.seen.get(lower);
  if (found === undefined) memo.seen.set(lower, (found = memo.lower.includes(lower)));
  return found;
}

/**
 * Made-up amounts ordered so the answer's place among the sorted choices varies from question to
 * question: with the halves, doubles and one-and-a-halves always first, the answer was the second
 * smallest of four in three questions out of four, a pattern a pupil soon learns. `seed` picks
 * the answer's place; the article's own amounts already chosen count towards it.
 */
export function spreadRank(made: string[], value: number, picked: string[], n: number, seed: number): string[] {
  const at = seed % (n + 1);
  const amount = (v: string): number => parseAmount(v) ?? value;
  const below = picked.filter((v) => amount(v) < value).length;
  const above = picked.length - below;
  const needBelow = Math.max(0, at - below);
  const needAbove = Math.max(0, n - at - above);
  const first = [...made.filter((v) => amount(v) < value).slice(0, needBelow), ...made.filter((v) => amount(v) > value).slice(0, needAbove)];
  return [...first, ...made.filter((v) => !first.includes(v))];
}

/** "groynes", "polyps": a lower-case word in -s that is no singular the lexicon knows ("gas", "analysis"). */
function looksPlural(v: string): boolean {
  const last = v.split(/\s+/).pop() ?? '';
  return /^\p{Ll}[\p{Ll}-]*[^sui']s$/u.test(last) && !/^(?:lens|canvas|atlas|bias|summons|species|series|news|gas|bus)$/.test(last) && !lexTags(last).some((t) => t === 'Singular' || t === 'Uncountable');
}

/**
 * The limits the answer's sentence sets on it (stem-limits.ts), read around the mention at `at`
 * (absolute), or around its first whole-word occurrence ("60" is not the "60" in "600").
 */
function limitsIn(a: Analysis, sentence: number, kind: EntityKind, answer: string, at?: number): Limits | null {
  const s = a.sentences[sentence];
  const text = a.masked.slice(s.start, s.end);
  const from = at !== undefined && a.masked.startsWith(answer, at) ? at - s.start : wholeIndex(text, answer);
  return from < 0 ? null : stemLimits(kind, answer, text.slice(0, from), text.slice(from + answer.length), kind === 'date' ? articleNow(a) : undefined);
}

/** Where `word` first stands whole in `text` (not inside a longer number or word), or -1. */
const wholeIndex = (text: string, word: string): number => standingAt(text, word, /[\p{L}\p{N}]/u);

const nows = new WeakMap<Analysis, number | undefined>();
/** The latest year the article tells of as past: the year of its sentences that speak of no future. */
function articleNow(a: Analysis): number | undefined {
  if (nows.has(a)) return nows.get(a);
  let now: number | undefined;
  for (const s of a.sentences) {
    const ms = a.bySentence[s.index];
    // The sentence is read for the future once, and only when it dates something.
    if (!ms.some((m) => m.kind === 'date') || speaksOfFuture(s.text)) continue;
    for (const m of ms) {
      const year = m.kind === 'date' ? yearIn(m.text) : undefined;
      if (year !== undefined && (now === undefined || year > now)) now = year;
    }
  }
  nows.set(a, now);
  return now;
}

const MILLIONS = /\d\s*(?:million|billion|trillion)\b/i;
const mainPeople = new WeakMap<Analysis, Map<'m' | 'f', string | null>>();
/** The person the article names most (at least three times) and does not show to be of the other sex, or null. */
function mainPerson(a: Analysis, sex: 'm' | 'f'): string | null {
  let memo = mainPeople.get(a);
  if (!memo) mainPeople.set(a, (memo = new Map()));
  if (memo.has(sex)) return memo.get(sex)!;
  const gender = genderOf(a);
  let best: Entity | null = null;
  for (const e of a.entities.values()) if (e.kind === 'person' && e.count >= 3 && gender(e.key) !== (sex === 'f' ? 'm' : 'f') && (!best || e.count > best.count)) best = e;
  memo.set(sex, best?.key ?? null);
  return best?.key ?? null;
}

/** Roles one team or body has under different names: the other side's manager is a coach's peer. */
const SAME_ROLE: Record<string, string> = { manager: 'coach', trainer: 'coach', umpire: 'referee', chairman: 'chair', chairwoman: 'chair', chairperson: 'chair', spokesman: 'spokesperson', spokeswoman: 'spokesperson' };

/**
 * The one person named in the nearest of the three sentences before (in the paragraph) that names
 * anyone not known to be of the other sex: whom a "he" may mean when the article never says his sex
 * ("Judson showed the device …. Together with the businessman _____, he founded …"). Null when that
 * sentence names two. Only ever left out of choices.
 */
function lastNamedBefore(a: Analysis, sentence: number, sex: 'm' | 'f'): string | null {
  const gender = genderOf(a);
  for (let k = sentence - 1; k >= Math.max(0, sentence - 3) && a.sentences[k].para === a.sentences[sentence].para; k--) {
    const people = a.bySentence[k].filter((x) => x.kind === 'person' && gender(x.key) !== (sex === 'f' ? 'm' : 'f'));
    const keys = new Set(people.map((x) => x.key));
    if (keys.size) return keys.size === 1 ? people[0].key : null;
  }
  return null;
}

/** Whom a stem's "I" and "my" mean (in an interview, the person it is with): the article's most-named person, of either sex. */
export function speaker(a: Analysis): string | null {
  const keys = [mainPerson(a, 'f'), mainPerson(a, 'm')].filter((k): k is string => k !== null);
  const main = keys.sort((x, y) => (a.entities.get(y)?.count ?? 0) - (a.entities.get(x)?.count ?? 0))[0];
  if (main) return main;
  // A question-and-answer interview names whom it is with once, before its first question.
  const firstQ = a.sentences.find((s) => /^\s*Q\s*[:.]\s/.test(s.text));
  if (!firstQ) return null;
  const before = a.mentions.filter((m) => m.kind === 'person' && m.start < firstQ.start);
  return before.length ? before[0].key : null;
}

/** What kind of body a name's head noun says it is: a school, a public authority, a charity, a firm … or undefined. */
const BODY_CLASSES: Array<[RegExp, string]> = [
  // "said the _____ manager" [*Rovers | Northern League]: a league is no side that has a manager.
  [/^(?:athletic|united|rovers|wanderers|albion|rangers|harriers|fc|afc|hotspur|villa|orient|argyle)$/i, 'team'],
  [/\b(?:school|primary|academy|college|university|conservatoire|conservatory|institute|nursery)\b/i, 'school'],
  [/\b(?:council|authority|department|ministry|agency|office|commission|executive|board|government|parliament|police|service)\b/i, 'public'],
  [/\b(?:trust|charity|foundation|society|association|fund|league|federation|union|club|guild)\b/i, 'society'],
  [/\b(?:hospital|clinic|surgery|infirmary)\b/i, 'hospital'],
  [/\b(?:museum|gallery|library|theatre|orchestra|festival)\b/i, 'culture'],
  [/\b(?:ltd|plc|inc|group|holdings?|company|bank|airlines?|ferries|rail|bakeries|motors)\b/i, 'firm'],
];
/** Classes of bodies that are no business. */
const NOT_A_FIRM = new Set(['public', 'society', 'school', 'hospital', 'culture', 'team']);
function bodyClass(name: string): string | undefined {
  // The head noun: the last word before "of" or "for" ("Institute for Fiscal Studies", "Primary Care Trust").
  const head = name.split(/\s+(?:of|for)\s+/i)[0].split(/\s+/).pop() ?? '';
  return BODY_CLASSES.find(([re]) => re.test(head))?.[1];
}

const countryNames = new WeakMap<Analysis, Set<string>>();
/**
 * The article treats an unlisted place as a country: "the country of Kestrava", "Kestrava's
 * government", "Østrava, a landlocked country". The names it so treats are read in one pass over
 * the article, not one pass per place asked (a 20,000-word article asks hundreds).
 */
function countryLike(a: Analysis, place: string): boolean {
  let names = countryNames.get(a);
  if (!names) {
    names = new Set();
    const name = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})`;
    const patterns = [
      new RegExp(String.raw`\b(?:country|nation|republic|kingdom|state)\s+of\s+${name}`, 'giu'),
      new RegExp(String.raw`\bcapital\s+of\s+${name}`, 'giu'),
      new RegExp(String.raw`${name}['’]s\s+(?:government|capital|president|prime\s+minister|parliament|economy|army|borders?)\b`, 'gu'),
      new RegExp(String.raw`${name},\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}(?:country|nation|republic|kingdom)\b`, 'gu'),
    ];
    for (const re of patterns) for (const m of a.masked.matchAll(re)) names.add(m[1]);
    countryNames.set(a, names);
  }
  // "the country of Kestrava" may run on into the next capitalized word ("… of Kestrava In …"): its first words count.
  for (const n of names) if (n === place || n.startsWith(`${place} `)) return true;
  return false;
}

const givenNames = new WeakMap<Pools, Set<string>>();
/** The first names of the article's people named in full ("Inez" of "Inez Carvalho-Reyes"). */
function givenNamesOf(pools: Pools): Set<string> {
  let set = givenNames.get(pools);
  if (!set) givenNames.set(pools, (set = new Set((pools.byKind.get('person') ?? []).filter((e) => e.name.includes(' ')).map((e) => e.name.split(' ')[0]))));
  return set;
}

/**
 * The words a stem says of its blank: from the blank to the next person it names ("_____ was
 * named director after Anna Berg announced her retirement" tells nothing of the blank's sex),
 * lower-cased. Words before the blank are someone else's ("Her coach, _____, …").
 */
function blankClause(stem: string, pools: Pools): string {
  const at = stem.indexOf('_____');
  if (at < 0) return '';
  const tail = stem.slice(at + 5);
  const words = personWordsOf(pools);
  for (const m of tail.matchAll(/\p{Lu}[\p{L}'’-]+/gu)) if (words.has(m[0])) return tail.slice(0, m.index).toLowerCase();
  return tail.toLowerCase();
}

const personWords = new WeakMap<Pools, Set<string>>();
/** Every word of the article's people's names ("Maria", "Lopez"), to find where a stem names one. */
function personWordsOf(pools: Pools): Set<string> {
  let set = personWords.get(pools);
  if (!set) personWords.set(pools, (set = new Set((pools.byKind.get('person') ?? []).flatMap((e) => e.name.split(/\s+/)).filter((w) => w.length > 2))));
  return set;
}

/** Words of a stem (lower-cased) that tell a person's sex. */
const FEMALE_WORDS = /\b(?:she|her|hers|herself|woman|women|girl|mother|wife|daughter|sister|grandmother|widow|queen|actress|chairwoman|sportswoman|businesswoman)\b/;
const MALE_WORDS = /\b(?:he|him|his|himself|man|men|boy|father|husband|son|brother|grandfather|widower|king|chairman|sportsman|businessman)\b/;
/** The stem says the blank is a town: "the market town of _____", "_____, a fishing village". */
const TOWN_SLOT = /\b(?:town|village|city|port|hamlet|suburb|parish)\s+of\s+_____|_____,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:town|village|city|port|hamlet|suburb)\b/u;
const WEEKDAY_BEFORE_BLANK = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+_____/;

/** "last autumn", "in the spring", "during winter": a season as a time, not "prices fall" or "the spring at Holloway". */
const SEASON_TIME = String.raw`\b(?:last|this|next|that|early|late|in|in\s+the|during|during\s+the|by)\s+`;
const SEASONS: Array<[RegExp, number[]]> = [
  [new RegExp(`${SEASON_TIME}spring\\b`), [3, 4, 5]],
  [new RegExp(`${SEASON_TIME}summer\\b`), [6, 7, 8]],
  [new RegExp(`${SEASON_TIME}(?:autumn|fall)\\b`), [9, 10, 11]],
  [new RegExp(`${SEASON_TIME}winter\\b`), [12, 1, 2]],
];

/**
 * The months of the season `stem` names, if it holds `month` (1–12), with the month after it:
 * a season has only two other months, and a question needs three wrong choices.
 */
function seasonMonths(stem: string, month: number): number[] | null {
  for (const [word, months] of SEASONS) {
    if (!word.test(stem) || !months.includes(month)) continue;
    return [...months, (months[2] % 12) + 1];
  }
  return null;
}

/**
 * The article's years for a year question: the nearest first, then the next four in an order the
 * answer chooses. Taken by how often the article gives them, every date question of a quiz offered
 * the same three years (1819 | 1854 | 1858), and the answer was the one year not seen before.
 */
function nearYearsFirst(years: Entity[], value: number, answer: string): Entity[] {
  const far = new Map(years.map((e) => [e, Math.abs((parseAmount(e.name) ?? 0) - value)]));
  const byDistance = [...years].sort((x, y) => far.get(x)! - far.get(y)! || x.name.localeCompare(y.name));
  const next = byDistance.slice(1, 5);
  const turn = next.length ? hashString(answer) % next.length : 0;
  return [...byDistance.slice(0, 1), ...next.slice(turn), ...next.slice(0, turn), ...byDistance.slice(5)];
}

/** Factors for made-up amounts, below and above the answer in turn (spreadRank takes them in order). */
const FACTOR_LADDERS = [
  [0.5, 2, 1.5, 0.75, 3, 0.25],
  [0.6, 1.25, 1.75, 0.8, 2.5, 0.4],
  [0.75, 1.4, 2.5, 0.4, 1.8, 0.6],
];
/** Steps for a small whole number (0 stands for double it), one list per ladder. */
const SMALL_STEPS = [
  [2, -1, 5, -3, 0, -2, 1, 3],
  [1, -2, 3, -1, 4, -3, 2, 6],
  [3, -2, 1, -1, 6, -4, 2, 0],
];

function syntheticNumbers(kind: EntityKind, value: number, answer: string, weekday = false): string[] {
  const out: string[] = [];
  if (kind === 'date' && /^\d{4}$/.test(answer)) {
    for (const d of [-2, 3, -5, 1, -1, 4, 7, -8]) out.push(String(value + d));
    return out;
  }
  // "the 1960s": other decades.
  if (kind === 'date' && /^\d{3}0s$/.test(answer)) {
    for (const d of [-20, 30, -10, 10, -30, 40]) out.push(`${value + d}s`);
    return out;
  }
  // "in November": other months.
  if (kind === 'date' && BARE_MONTH.test(answer)) return [2, -3, 4, -1, 5, -2].map((d) => capitalize(monthName(value - 1 + d)));
  // "17 August 1862", "March 3rd": other days of the same month, never "34 August" or "5rd".
  if (kind === 'date' && /\p{L}/u.test(answer)) return otherDays(answer, weekday);
  // "six weeks", "Forty-one people": other small amounts, also in words.
  const word = answer.match(/^\p{L}+(?:-\p{L}+)?/u)?.[0];
  if (word && wordValue(word) !== undefined) {
    for (const d of [2, -2, 4, -1, 6, -3, 1]) {
      const w = numberWord(value + d);
      if (w) out.push(answer.replace(word, /^\p{Lu}/u.test(word) ? capitalize(w) : w));
    }
    return out;
  }
  const num = answer.match(/\d+(?:[.,]\d+)*/)?.[0];
  if (!num) return out;
  const decimals = num.includes('.') ? num.split('.')[1].length : 0;
  const commas = /\d,\d{3}/.test(num);
  // One of a few ladders, chosen by the answer: with one ladder for every figure, the answer was
  // the one the others are clean multiples of ("40 | 60 | 80 | 120": ×1, ×1.5, ×2, ×3), which a
  // student learns to spot without reading.
  const ladder = Math.floor(hashString(answer) / 5) % FACTOR_LADDERS.length;
  const small = Number.isInteger(value) && value < 20;
  const candidates = small ? SMALL_STEPS[ladder].map((d) => (d === 0 ? value * 2 : value + d)) : FACTOR_LADDERS[ladder].map((f) => value * f);
  // "£750" beside "£375" and "£563": a round answer among made-up amounts that are not stands out,
  // so they are rounded as it is ("£400", "£550").
  const whole = decimals ? 0 : Number(num.replace(/,/g, ''));
  const step = whole >= 20 ? roundStep(whole) : 1;
  for (let v of candidates) {
    // A smaller step where the answer's own would round back to it or to nothing ("£100": "£50", not "£100").
    if (step > 1) v = roundAway(v, value, step);
    // "1 metres" reads wrong: a plural unit needs a plural amount.
    if (v <= 0 || v === value || (v === 1 && /\p{L}s$/u.test(answer))) continue;
    if (answer.includes('%') || /percent|per cent/.test(answer)) v = Math.min(v, 99);
    // "$77 million", not "$77.0 million", when a sum in millions comes out whole (a measure keeps
    // its decimal: "82,501.0" beside "41,250.5").
    let str = decimals && !(Number.isInteger(v) && MILLIONS.test(answer)) ? v.toFixed(decimals) : String(Math.round(v));
    // "£14.0 million" beside "£18.6 million": a made-up amount rounded to a whole number still
    // written with its decimal reads as made up; it keeps a digit there as the answer does.
    if (decimals && /\.0+$/.test(str) && !/\.0+$/.test(num)) str = (Number(str) - 10 ** -decimals).toFixed(decimals);
    // "£1,500" beside "£750": an answer under a thousand says nothing of how the article groups
    // digits, so the usual comma; only an answer written "1500" keeps figures ungrouped.
    const pretty = commas || (v >= 1000 && !/^\d{4}$/.test(num)) ? groupThousands(str) : str;
    // "1.2 billion", not "1200 million".
    // "m" is a million only after a currency sign ("£800m"): "800m" alone is a distance.
    const tail = answer.slice(answer.indexOf(num) + num.length);
    const inMillions = /^\s*million\b/.test(tail) || (/^m\b/.test(tail) && /[$€£¥]/.test(answer));
    const billions = v >= 1000 && inMillions ? `${Number((v / 1000).toFixed(2))}` : null;
    out.push(billions ? answer.replace(num, billions).replace(/\bmillion\b/, 'billion').replace(/(\d)m\b/, '$1bn') : answer.replace(num, pretty));
  }
  return out;
}

/** `v` rounded to the coarsest of `step`, a half, a fifth or a tenth of it that leaves neither `value` nor 0. */
function roundAway(v: number, value: number, step: number): number {
  for (const s of [step, step / 2, step / 5, step / 10]) {
    const r = Math.round(v / s) * s;
    if (r > 0 && r !== value && Number.isInteger(r)) return r;
  }
  return v;
}

/** The roundness of a whole number as written: 750 -> 50, 800 -> 100, 60000 -> 10000, 412 -> 1. */
function roundStep(n: number): number {
  let step = 1;
  while (n % (step * 10) === 0) step *= 10;
  return n % (step * 5) === 0 && n !== step * 5 ? step * 5 : step;
}

/** Day-of-month (or, without a day, year) variants of a written date, keeping an ordinal suffix in step ("3rd" -> "5th"). */
function otherDays(answer: string, weekday = false): string[] {
  const m = answer.match(/(^|[^\d])(\d{1,2})(st|nd|rd|th)?(?!\d)/);
  // "November 2022": no day, so other years of the same month.
  if (!m) return [-2, 3, -5, 1, -1, 4].map((d) => answer.replace(/\d{4}/, (y) => String(Number(y) + d)));
  const day = Number(m[2]);
  const out: string[] = [];
  // "the 20th century": other centuries of the same written form ("17th", not "22nd").
  const century = /century$/i.test(answer);
  for (const d of century ? [-1, -2, -3, 1, -4, -5] : weekday ? [7, -7, 14, -14, 21, -21] : [2, -3, 5, -1, 7, -6, 10, 1]) {
    const v = day + d;
    if (v < 1 || v > 28) continue;
    const suffix = m[3] ? ordinalSuffix(v) : '';
    if (century && suffix !== m[3]) continue;
    out.push(answer.slice(0, m.index! + m[1].length) + v + suffix + answer.slice(m.index! + m[0].length));
  }
  return out;
}


const ordinalSuffix = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** "£# million", "# weeks", "#%": the amount's unit and form, its currency kept ("$" is no "£");
 * `every` also masks later numbers ("# March #"). */
export function amountForm(s: string, every = false): string {
  // "March 2nd" and "March 3rd" are one form: an ordinal's suffix follows its number.
  const digits = s.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1').replace(every ? /\d+(?:[.,]\d+)*/g : /\d+(?:[.,]\d+)*/, '#');
  if (digits === s && BARE_MONTH.test(s.trim())) return 'month';
  const form = digits === s ? s.replace(/^\p{L}+(?:-\p{L}+)?/u, (w) => (wordValue(w) !== undefined ? '#' : w)) : digits;
  return form.trim().toLowerCase();
}

export interface Pools {
  byKind: Map<EntityKind, Entity[]>;
  numbers: Map<string, Entity[]>;
  cities: string[];
  countries: string[];
  /** Sentences naming an entity, by full name and surname, for "not true elsewhere" checks. */
  sentencesByName: Map<string, number[]>;
  /** Counted noun of each bare count ("players"), so counts of different things never mix. */
  countNoun: Map<string, string>;
  /** Keys of terms the article defines ("X is a …"). */
  definedTerms: Set<string>;
  /** Place pools sorted once per sub-kind (city, country, other). */
  placesBySub: Map<string, Entity[]>;
  /** Person pools sorted once per role family, the role's people first. */
  personsByRole: Map<string, Entity[]>;
  /** "x|y" for two places the article puts one inside the other, both ways (nestedPlaces). */
  nested: Set<string>;
  /** The latest year the article tells of as past or present, not as a plan (latestToldYear). */
  latestYear: number;
  /** The year of the event the article opens on, and its sentence (openingYear). */
  openingYear?: { year: number; sentence: number };
}

let placeLists: { cities: string[]; countries: string[] } | undefined;

export function buildPools(a: Analysis): Pools {
  const byKind = new Map<EntityKind, Entity[]>();
  const numbers = new Map<string, Entity[]>();
  const sorted = [...a.entities.values()].sort((x, y) => y.count - x.count || x.firstSentence - y.firstSentence);
  for (const e of sorted) {
    if (e.kind === 'date' || e.kind === 'number' || e.kind === 'quantity') {
      const unit = amountForm(e.name);
      const k = `${e.kind}|${unit}`;
      numbers.set(k, [...(numbers.get(k) ?? []), e]);
    } else byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
  }
  placeLists ??= loadPlaces();
  const sentencesByName = new Map<string, number[]>();
  for (const e of sorted) {
    const names = [e.name.toLowerCase(), surname(e.name).toLowerCase()];
    for (const n of names) sentencesByName.set(n, [...(sentencesByName.get(n) ?? []), ...e.sentences]);
  }
  const countNoun = new Map<string, string>();
  for (const m of a.mentions) if (m.kind === 'number' && m.unit && !countNoun.has(m.key)) countNoun.set(m.key, m.unit);
  const definedTerms = new Set(a.descriptions.filter((d) => d.kind === 'term').map((d) => normKey(d.term)));
  return { byKind, numbers, sentencesByName, countNoun, definedTerms, placesBySub: new Map(), personsByRole: new Map(), nested: nestedPlaces(a), latestYear: latestToldYear(a), openingYear: openingYear(a), ...placeLists };
}

/** Words of a plan or a forecast: a year in such a sentence may lie ahead of the article. */
const PLANNED = /\b(?:will|shall|would|should|could|plans?|planned|expects?|expected|due|aims?|hopes?|intends?|forecasts?|predicts?)\b|\b(?:by|before|until)\s+(?:the\s+end\s+of\s+|[A-Z][a-z]+\s+)?\d{4}\b/i;

const yearIn = (s: string): number | undefined => {
  const y = /\b(1\d{3}|20\d{2})\b/.exec(s)?.[1];
  return y ? Number(y) : undefined;
};

/**
 * "On the night of 14 November 1763, the merchant brig … struck the Crowle Shoals": the year of the
 * event an article opens on, a full date or a year in its first sentence (or its second, after a
 * one-line opening), told as having happened.
 */
function openingYear(a: Analysis): { year: number; sentence: number } | undefined {
  for (const m of a.mentions) {
    if (m.sentence > 1) return undefined;
    if (m.kind !== 'date' || PLANNED.test(a.sentences[m.sentence].text)) continue;
    const year = yearIn(m.text);
    if (year !== undefined) return { year, sentence: m.sentence };
  }
  return undefined;
}

/**
 * "The society was formed in _____" [1870 | 1931 | *1978 | 2030]: a year later than any the
 * article tells of as having happened (2030, from "will reopen by 2030") is no choice for when
 * something happened. Infinity when the article tells of no year.
 */
function latestToldYear(a: Analysis): number {
  let latest = -Infinity;
  for (const m of a.mentions) {
    if (m.kind !== 'date') continue;
    const year = yearIn(m.text);
    if (year === undefined || PLANNED.test(a.sentences[m.sentence].text)) continue;
    latest = Math.max(latest, year);
  }
  return latest === -Infinity ? Infinity : latest;
}

/** What stands between a place and the place that holds it: " in ", ", on the west coast of ". */
const HELD_IN = /^(?:\s+in\s+|,\s+(?:on|in|near|at|off)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}of\s+(?:the\s+)?)$/u;

/**
 * "the fishing town of Kerrow, on the west coast of Norlund", "Porto Salvo in Portugal": the article
 * puts one place inside another, so neither is a wrong answer for the other ("a school in
 * Norlund" is as true as "a school in Kerrow").
 */
function nestedPlaces(a: Analysis): Set<string> {
  const out = new Set<string>();
  for (const ms of a.bySentence) {
    for (let k = 1; k < ms.length; k++) {
      const x = ms[k - 1];
      const y = ms[k];
      if (x.kind !== 'place' || y.kind !== 'place' || x.key === y.key || !HELD_IN.test(a.masked.slice(x.end, y.start))) continue;
      out.add(`${x.key}|${y.key}`).add(`${y.key}|${x.key}`);
    }
  }
  return out;
}

function loadPlaces(): { cities: string[]; countries: string[] } {
  const lex = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one.lexicon;
  const title = (w: string): string => w.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  const cities: string[] = [];
  const countries: string[] = [];
  for (const [w, t] of Object.entries(lex)) {
    if (!/^[a-z][a-z -]+$/.test(w)) continue;
    if (t === 'Country') countries.push(title(w));
    else if (t === 'City') cities.push(title(w));
  }
  return { cities: cities.sort(), countries: countries.sort() };
}

const BUILT = new Set(
  'airport amphitheater arch arena auditorium barn basilica bridge building castle centre center coliseum complex dam farm field fort garden gardens gymnasium hall house library manor memorial monument museum gallery palace plantation playhouse quarry stadium terrace theater theatre tower park site ranch raceway ave st street rd road lane avenue square station base control exchange market hospital school church chapel cathedral abbey hotel inn mill factory warehouse yard wharf quay pier cinema court prison observatory cemetery'.split(' '),
);
const SETTLED = new Set('county district municipality prefecture province region state territory borough city town township hamlet country kingdom village'.split(' '));

const WORKS: Record<string, string> = Object.fromEntries([
  ...'bridge viaduct aqueduct reservoir dam canal tunnel lighthouse barrage pier harbour railway tramway line'.split(' ').map((w) => [w, 'structure']),
  ...'medal prize award trophy cup'.split(' ').map((w) => [w, 'award']),
]);

/** "structure" for "Harrowby Viaduct", "award" for "Telford Medal": a name of two or more words, by its last word. */
export function workClass(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/);
  return words.length >= 2 ? WORKS[words[words.length - 1]] : undefined;
}

/** A name of two or more words that placeClass reads as a river, mountain, lake or gorge. */
const isNaturalPlaceName = (name: string): boolean => name.includes(' ') && placeClass(name) === 'natural';

/** "built" (bridges, stadiums), "natural" (rivers, ridges) or "settled" (towns, regions, countries). */
export function placeClass(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  for (const w of [words[words.length - 1], words[0]]) {
    if (words.length < 2) break;
    if (BUILT.has(w)) return 'built';
    if (SETTLED.has(w)) return 'settled';
    if (isPlaceWord(w)) return 'natural';
  }
  return 'settled';
}

/** `w` occurs in `hay` with no letter on either side (as `(^|[^\p{L}])w($|[^\p{L}])` would test). */
function hasWord(hay: string, w: string): boolean {
  return standingAt(hay, w, /\p{L}/u) >= 0;
}

/** Where `w` first occurs in `hay` with no character `joins` matches on either side, or -1. */
function standingAt(hay: string, w: string, joins: RegExp): number {
  for (let at = hay.indexOf(w); at >= 0; at = hay.indexOf(w, at + 1)) {
    if (!joins.test(hay[at - 1] ?? '') && !joins.test(hay[at + w.length] ?? '')) return at;
  }
  return -1;
}

/**
 * Two values a third and two thirds of the way from a baseline the sentence gives ("up from
 * 48,000") to the answer ("60,000"): "52,000", "56,000". Written as the answer is, rounded to a
 * step of its own size; none when the answer is written in words or no baseline is given.
 */
function betweenValues(limits: Limits, value: number, answer: string): string[] {
  const bound = limits.above ?? limits.below;
  const num = answer.match(/\d+(?:[.,]\d+)*/)?.[0];
  if (bound === undefined || !num || bound === value) return [];
  const decimals = num.includes('.') ? num.split('.')[1].length : 0;
  const step = Math.abs(value - bound) / 3;
  const unit = decimals ? 10 ** -decimals : 10 ** Math.max(0, Math.floor(Math.log10(step)));
  const out: string[] = [];
  for (const k of [1, 2]) {
    const v: number = Math.round((bound + ((value - bound) * k) / 3) / unit) * unit;
    if (v === value || v === bound) continue;
    const str = decimals ? v.toFixed(decimals) : String(v);
    out.push(answer.replace(num, /\d,\d{3}/.test(num) ? groupThousands(str) : str));
  }
  return out;
}

/** "12000.5" -> "12,000.5": en-US grouping without the cost of Intl on every distractor. */
function groupThousands(s: string): string {
  const [int, frac] = s.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
}

/** "WHO" is "World Health Organization": an all-capitals word spelling the other's initials. */
function sameByInitials(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  const initials = long.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === short;
}
