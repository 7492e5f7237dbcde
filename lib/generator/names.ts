// Proper-name spans. compromise's person detection leans on a name list, so
// unknown names are found from capitalization and weighed by evidence:
// titles, role nouns, appositives and attribution verbs (issue text).
import {
  isCommonWord, isCompanyNoun, isDemonym, isEverydayWord, isFirstName, isKnownOrg, isKnownPerson, isKnownPlace, isLastName,
  isHeldRole, isMonth, isOrgWord, isPlaceWord, isRole, isStopword, isTitleWord, isWeekday, lexTags, SPEECH_VERBS,
} from './lexicon';
import { isCurrencyCode, symbolPrefix } from './money';
import { wordValue } from './numbers';
import { bare } from './tokens';
import type { Token } from './types';

export interface Evidence {
  person: number;
  place: number;
  org: number;
  /** "the lunar module, named Eagle": a named thing (craft, ship, animal, work) is a term. */
  term: number;
  /** 1 when the article names the thing outright ("named Eagle"): that outweighs a lexicon's guess. */
  named?: number;
}

export interface NameSpan {
  text: string;
  start: number;
  end: number;
  title?: string;
  role?: string;
  evidence: Evidence;
  /** Single-word span that opens its sentence: weaker, since capitalization proves nothing there. */
  initial: boolean;
}

// "São Bento do Mar", "Garganta do Lobo", "Ponte dos Arcos": Portuguese particles join a name as "de" does.
/** Words opening a state's name before its polity word ("United Arab Emirates", "Democratic Republic"). */
const STATE_OPENER = /^(?:united|democratic|arab|people's|people’s|federal|islamic|socialist|federated|independent)$/i;
/** Words naming a state or a division of one, whose name goes on with "of the" (the Republic of the Congo). */
const POLITY = /^(?:republic|kingdom|states|emirates|federation|commonwealth|union|principality|duchy|province|territory|territories|islands)$/i;
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'y', '&', 'the']);
const PLACE_PREPS = new Set(['in', 'to', 'from', 'at', 'near', 'across', 'into', 'toward', 'towards', 'outside', 'around', 'via', 'visited', 'visit', 'through', 'past', 'along', 'beyond', 'nearby', 'between', 'reached', 'reaching', 'entered', 'crossed']);
const PRONOUN_CAPS = new Set(['We', 'I', 'He', 'She', 'They', 'It', 'The', 'A', 'An', 'This', 'That', 'But', 'And']);
const CELESTIAL = new Set(['sun', 'moon', 'earth']);
// Not "told": in "Quillon told Gleaner" the name after it is the listener, as often a newspaper as a person.
const TOLD_BEFORE = new Set(['said', 'added', 'wrote', 'asked', 'explained', 'according']);
// "the lunar module, named Eagle", "a town called Ashby": the noun says what kind of thing was named.
const NAMED_BEFORE = /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]*)\s*,?\s+(?:named|called|dubbed|nicknamed|christened)\s+$/u;
const NAMED_PLACE = /^(capital|port|harbour|harbor|resort|headland|cape|point|peninsula|beach|cove|inlet|strait|channel|lagoon|hill|canyon|town|village|city|hamlet|settlement|suburb|river|lake|island|islands|mountain|peak|valley|street|road|square|park|region|province|district|county|country|state|crater|bay|reef|sea|creek|ridge|plain|desert|forest|glacier|tributary|estuary|fjord|plateau|volcano|archipelago|marsh|stream|gorge|waterfall|atoll)$/;
// "a milkmaid named Sarah Nelmes", "a fisherman called Ole": people named by who they are.
const NAMED_PERSON = /^(man|woman|boy|girl|son|daughter|wife|husband|child|baby|brother|sister|mother|father|person|friend|teenager|student|doctor|maid|milkmaid|farmer|patient|nurse|soldier|sailor|servant|prisoner|pupil|teacher|priest|monk|nun|widow|orphan|gardener|shepherd|merchant|volunteer|resident|neighbour|neighbor|infant|toddler|lady|gentleman|youth|villager|traveller|traveler|explorer|scientist|engineer|artist|writer|poet|musician|singer|player|athlete|milkman|fisherman|fisherwoman|policeman|policewoman|businessman|businesswoman|chairman|chairwoman|craftsman|craftswoman|seaman|horseman|horsewoman|ferryman|postman|postwoman|nursemaid|housemaid|dairymaid|barmaid)$/u;
/** Boats and other things whose names a trade-like word in -er may come before ("a trawler named …"). */
const VESSEL = /^(?:steamer|trawler|schooner|cutter|liner|freighter|tanker|drifter|collier|whaler|lugger|clipper|tender|carrier|cruiser|destroyer|bomber|fighter|river|water|tower|crater|computer|printer|satellite|container|trailer|tractor|reactor|generator|motor|harbour|harbor|manor|corridor|monitor|elevator|indicator|sector|meteor)$/;
/** A noun of a person's calling: a role the lexicon knows, or one in -ist or -ian ("naturalist", "historian"). */
// "geographer", "cartographer": an agent noun in -er or -or that is no everyday word ("river",
// "tower", "computer" are) and no craft or machine names a calling too.
const isCalling = (noun: string): boolean => isRole(noun) || /^\p{Ll}{3,}(?:ist|ian)$/u.test(noun) || (/^\p{Ll}{5,}(?:er|or)$/u.test(noun) && !isEverydayWord(noun) && !VESSEL.test(noun) && !CRAFT.test(noun) && !NOT_A_CALLING.test(noun));
/** Nouns in -er that are things, not callings: "a psychological thriller". */
const NOT_A_CALLING = /^(?:thriller|bestseller|blockbuster|chapter|letter|number|character|quarter|border|corner|paper|poster|cluster|filter|order|matter|winner|runner|holder|container|trailer|cylinder|calendar|register|barrier|shelter|monster|disaster|theater|scooter|chandler)$/;
/** Works and sites a place's name comes before ("the Ashgrove brickworks"). */
const WORKS_SITE = /^(?:brickworks|ironworks|gasworks|works|mill|mills|quarry|colliery|mine|pit|foundry|tannery|shipyard|dockyard|depot|estate|site|farm|airfield|barracks)$/;
const NAMED_ORG = /^(company|firm|group|band|team|club|charity|organization|organisation|party|startup|business|publisher|label|network|foundation|society)$/;
/**
 * Bodies named for their cause ("Institute for Fiscal Studies") and awards for their field ("Halvard
 * Prize for Composition"); not clubs ("left Rovers for City").
 */
const FOR_BODY = /^(institute|institution|centre|center|council|department|ministry|commission|society|foundation|trust|office|agency|school|college|museum|fund|campaign|alliance|association|committee|network|coalition|union|federation|prize|award|medal)$/i;
const EVENT = /^(championships?|games|olympics|cup|final|finals|tournament|festival|conference|summit|congress|fair|exhibition|expo|marathon|regatta|rally|race|open)$/i;
const NOT_A_NOUN = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'also', 'later', 'then', 'now', 'once', 'and', 'or', 'he', 'she', 'they', 'it', 'we', 'who', 'which', 'that']);

/**
 * "Henry De la Beche", "Ludwig van Beethoven": a surname's particles ("De la", "van") go on a
 * person's name, where "of" does not ("Daniel Osei of Harbourne").
 */
const SURNAME_PARTICLES = /^(?:de|del|della|da|di|do|dos|du|van|von|der|den|la|le|bin|ibn)$/;
const PARTICLE_PAIR = (t: Token, next: Token): boolean => next.text === next.lower && SURNAME_PARTICLES.test(next.lower) && (t.lower === next.lower || SURNAME_PARTICLES.test(t.lower) || isFirstName(t.text));

/** Words that hedge a figure, capitalized as a sentence's first word. */
const HEDGE_OPENER = /^(?:Roughly|Nearly|Approximately|Almost|About|Around|Some|Over|Just|Only|Barely|Exactly|Precisely|Fully|Under|Fewer|Less|More|Up|Perhaps|Possibly|Probably|Another)$/;

export function findNames(tokens: Token[], text: string, offset: number, lowerSeen: Set<string>): NameSpan[] {
  const out: NameSpan[] = [];
  const gap = (a: Token, b: Token): string => text.slice(a.end - offset, b.start - offset);
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].isCap || /^\d/.test(tokens[i].text)) {
      i++;
      continue;
    }
    // "Roughly 320 species …", "Nearly 2,000 people …": a hedge opening the sentence before a
    // figure is no name (nor is the figure part of one, as in "Apollo 11").
    if (HEDGE_OPENER.test(tokens[i].text) && /^\d/.test(tokens[i + 1]?.text ?? '')) {
      i++;
      continue;
    }
    // "as if I'd said", "I'm sure": a pronoun's contraction is capitalized, and no name.
    if (/^I['’](?:d|m|ve|ll)$/.test(tokens[i].text)) {
      i++;
      continue;
    }
    // "Forty-one people died": a number written in words opens the sentence, not a name.
    if (wordValue(tokens[i].text) !== undefined && !tokens[i + 1]?.isCap) {
      i++;
      continue;
    }
    // "US$5 million": the letters belong to the amount's currency, not to a name.
    if (symbolPrefix(tokens, i + 1) === i) {
      i++;
      continue;
    }
    // "Ostwick-based Harlan Ltd": the place a firm is based in, inside one hyphenated word.
    const based = tokens[i].text.match(/^(\p{Lu}[\p{L}]+)-based$/u);
    if (based) {
      const t = tokens[i];
      out.push({ text: based[1], start: t.start, end: t.start + based[1].length, evidence: { person: 0, place: 3, org: 0, term: 0 }, initial: false });
      i++;
      continue;
    }
    // Grow a run of capitalized words joined by spaces or connectors.
    let j = i;
    const titled = titleCaseRun(tokens, i, text, offset);
    if (titled !== undefined) j = titled;
    while (titled === undefined && j + 1 < tokens.length && (!tokens[j].possessive || possessiveInName(tokens, i, j, gap))) {
      const g = gap(tokens[j], tokens[j + 1]);
      // 'Edwin "Buzz" Aldrin': a nickname in quotes between first name and surname.
      if (j === i && isFirstName(tokens[j].text) && /^\s+["“]$/.test(g) && tokens[j + 1].isCap && tokens[j + 2]?.isCap && /^["”]\s+$/.test(gap(tokens[j + 1], tokens[j + 2]))) {
        j += 2;
        continue;
      }
      // "National Aeronautics and Space Administration": "and" inside an organization's name.
      // "the Competition and Markets Authority": after "the", one word may open it too.
      if ((j > i || tokens[i - 1]?.lower === 'the') && /^\s+$/.test(g) && tokens[j + 1].lower === 'and' && andJoinsOrg(tokens, i, j, gap)) {
        let k = j + 2;
        while (k + 1 < tokens.length && tokens[k + 1].isCap && /^\s+$/.test(gap(tokens[k], tokens[k + 1]))) k++;
        j = k;
        continue;
      }
      // "Aldermoor Traders' Association": a plural possessive inside an organization's name.
      if (/s$/.test(tokens[j].text) && /^['’]\s+$/.test(g) && tokens[j + 1].isCap && isOrgWord(bare(tokens[j + 1]))) {
        j++;
        continue;
      }
      // "Harrow & Finch", "Marks & Spencer": an ampersand between two capitalized words joins one firm's name.
      if (/^\s+&\s+$/.test(g) && tokens[j + 1].isCap && !tokens[j + 1].possessive) {
        j++;
        continue;
      }
      // "John F. Kennedy": a middle initial's dot does not end the name.
      const okGap = /^\s+$/.test(g) || (/^\.\s+$/.test(g) && !PRONOUN_CAPS.has(tokens[j + 1].text) && (isTitleWord(tokens[j].text) || (/^\p{Lu}$/u.test(tokens[j].text) && j > i && tokens[j + 1].isCap)));
      // "A.D. We came …": a new sentence inside a quote.
      if (!okGap || (tokens[j].text.endsWith('.') && PRONOUN_CAPS.has(tokens[j + 1].text))) break;
      if (tokens[j + 1].isCap) j++;
      // "Institute for Marine Studies", "Centre for Cities": "for" after an organization word continues its name.
      else if (tokens[j + 1].lower === 'for' && FOR_BODY.test(bare(tokens[j])) && tokens[j + 2]?.isCap && /^\s+$/.test(gap(tokens[j + 1], tokens[j + 2]))) j += 2;
      // "Lisbon Gold Medal for the Arts", "Society for the Protection of Birds": "for the" too.
      else if (tokens[j + 1].lower === 'for' && tokens[j + 2]?.lower === 'the' && FOR_BODY.test(bare(tokens[j])) && tokens[j + 3]?.isCap && /^\s+$/.test(gap(tokens[j + 1], tokens[j + 2])) && /^\s+$/.test(gap(tokens[j + 2], tokens[j + 3]))) j += 3;
      // "Daniel Osei of Harbourne Civil Engineering" is a person and an employer, not one name.
      // "The Night of the Long Tide", "Museum of the Moving Image": "of the" inside a name.
      // "Democratic Republic of the Congo", "United Kingdom of Great Britain": a state's name too.
      else if (tokens[j + 1].lower === 'of' && tokens[j + 2]?.lower === 'the' && tokens[j + 3]?.isCap && /^\s+$/.test(gap(tokens[j + 1], tokens[j + 2])) && /^\s+$/.test(gap(tokens[j + 2], tokens[j + 3])) && (tokens[i].lower === 'the' || isOrgWord(bare(tokens[j])) || isPlaceWord(bare(tokens[j])) || POLITY.test(bare(tokens[j])))) j += 3;
      // "Museum of Science and Navigation", "Department for Environment and Climate": past a body's
      // "of" or "for", a field, "and" and another field are one name; not "the Bank of England and
      // Barclays", two bodies.
      else if (tokens[j + 1].lower === 'and' && tokens[j + 2]?.isCap && j >= i + 2 && /^(?:of|for)$/.test(tokens[j - 1].lower) && isOrgWord(bare(tokens[j - 2])) && SUBJECT_WORD.test(tokens[j + 2].lower) && SUBJECT_WORD.test(tokens[j].lower) && /^\s+$/.test(gap(tokens[j], tokens[j + 1])) && /^\s+$/.test(gap(tokens[j + 1], tokens[j + 2])) && !tokens[j + 3]?.isCap && !tokens[j + 2].possessive) j += 2;
      else if (CONNECTORS.has(tokens[j + 1].lower) && tokens[j + 2]?.isCap && /^\s+$/.test(gap(tokens[j + 1], tokens[j + 2])) && (PARTICLE_PAIR(tokens[j], tokens[j + 1]) || !(j > i && isFirstName(tokens[firstAfterTitles(tokens, i, j)].text) && !isOrgWord(tokens[j].text) && !isPlaceWord(tokens[j].text)))) j += 2;
      else break;
    }
    // "Bach's Partita No. 2", "Symphony No. 5": a numbered work keeps its number (the dot after
    // "No" is no sentence's end, and "Partita No" alone is half a name).
    if (j > i && /^no\.?$/.test(tokens[j].lower) && /^\d+$/.test(tokens[j + 1]?.text ?? '') && /^\.?\s+$/.test(gap(tokens[j], tokens[j + 1]))) j++;
    const span = makeSpan(tokens, i, j, text, offset, lowerSeen);
    i = j + 1;
    if (span) {
      out.push(span);
      // An organization name may have swallowed the words after an owner's possessive.
      while (i < tokens.length && tokens[i].start < span.end) i++;
    }
  }
  return out;
}

/**
 * "Wintermoor Prize for Children's Fiction", "Museum of Children's Art": past a "for" or "of" that
 * joins a name, a possessive with a capitalized word after it is inside the name ("Britain's
 * Prime Minister" has no connector before the possessive, and stays an owner and a title).
 */
function possessiveInName(tokens: Token[], i: number, j: number, gap: (a: Token, b: Token) => string): boolean {
  if (j < i + 2 || !tokens[j + 1]?.isCap || !/^\s+$/.test(gap(tokens[j], tokens[j + 1]))) return false;
  for (let k = i + 1; k < j; k++) if (tokens[k].lower === 'for' || tokens[k].lower === 'of') return true;
  return false;
}

/** Short words a title-cased name keeps in lower case: "Year Without a Summer", "Trade in Endangered Species". */
const SMALL_WORD = /^(?:a|an|the|of|and|to|in|on|for|at|by|with|without|from|or|into|upon|under|over)$/;
/** Prepositions that are capitalized only in a title: "On the Construction of …", "Year Without a Summer". */
const TITLE_PREP = /^(?:on|in|without|with|for|to|from|into|upon|under|over|at|by)$/;

/**
 * A title-cased name with lower-case short words inside, read whole when the article marks it as
 * one: quoted ('the "Year Without a Summer"'), glossed by its acronym ("Convention on International
 * Trade in Endangered Species (CITES)"), or with a preposition capitalized inside a sentence ("the
 * book On the Construction of Iron Bridges"). Returns the index of its last word.
 */
function titleCaseRun(tokens: Token[], i: number, text: string, offset: number): number | undefined {
  const quoted = /["“]/.test(text.charAt(tokens[i].start - offset - 1));
  // "Her tenth book, Pip and the Paper Comet, is published …": a title in apposition to its kind
  // runs to the comma that closes it, small words and all, as a quoted one runs to its mark.
  const work = !quoted && WORK_BEFORE.test(text.slice(Math.max(0, tokens[i].start - offset - 60), tokens[i].start - offset));
  let initials = '';
  let small = false;
  let capPrep = false;
  let lastCap = -1;
  // "Rail and Signal Workers' Union (RSWU)": "and", and a plural possessive, are inside a name
  // only when its acronym spells it; two names joined by "and" are otherwise two names.
  let onlyByAcronym = false;
  for (let k = i; k < tokens.length && k - i < 12; k++) {
    const t = tokens[k];
    if (t.isCap && !/^\d/.test(t.text)) {
      initials += t.text[0];
      lastCap = k;
      if (k > 0 && TITLE_PREP.test(t.lower) && !quoted) capPrep = true;
    } else if (k > i && SMALL_WORD.test(t.lower) && !t.possessive) {
      small = true;
      if (!quoted && !work && /^(?:and|or)$/.test(t.lower)) onlyByAcronym = true;
    } else break;
    const after = k + 1 < tokens.length ? text.slice(t.end - offset, tokens[k + 1].start - offset) : text.slice(t.end - offset);
    if (t.isCap && small && quoted && /^["”]/.test(after)) return initials.length >= 2 ? k : undefined;
    if (t.isCap && small && work && /^,\s/.test(after)) return initials.length >= 2 && k - i < 8 ? k : undefined;
    if (t.isCap && small && /^\s+\($/.test(after)) {
      const acro = tokens[k + 1];
      const close = k + 2 < tokens.length ? text.slice(acro.end - offset, tokens[k + 2].start - offset) : text.slice(acro.end - offset);
      if (/^\p{Lu}{2,}$/u.test(acro.text) && /^\)/.test(close) && acro.text === initials) return k;
    }
    const pluralPossessive = /s$/.test(t.text) && /^['’]\s+$/.test(after) && tokens[k + 1]?.isCap;
    if (pluralPossessive) onlyByAcronym = true;
    if (t.possessive || !(/^\s+$/.test(after) || pluralPossessive)) break;
  }
  if (!quoted && !onlyByAcronym && capPrep && small && lastCap > i && initials.length >= 3) return lastCap;
  return undefined;
}

/** "Professor Tomás Ferreira of …": the first word after any titles, where a first name would be. */
function firstAfterTitles(tokens: Token[], i: number, j: number): number {
  let k = i;
  while (k < j && isTitleWord(tokens[k].text)) k++;
  return k;
}

/** "A B and C D": joined only when the left part is no person or place and the right ends in an organization word. */
function andJoinsOrg(tokens: Token[], i: number, j: number, gap: (a: Token, b: Token) => string): boolean {
  const right = tokens[j + 2];
  if (!right?.isCap || !/^\s+$/.test(gap(tokens[j + 1], right)) || isFirstName(tokens[i].text)) return false;
  if (isOrgWord(tokens[j].text) || isPlaceWord(tokens[j].text) || isKnownPlace(tokens[j].text.toLowerCase())) return false;
  let k = j + 2;
  // "Rail and Signal Workers' Union": a plural possessive may sit inside the right part.
  while (k + 1 < tokens.length && tokens[k + 1].isCap && (/^\s+$/.test(gap(tokens[k], tokens[k + 1])) || (/s$/.test(tokens[k].text) && /^['’]\s+$/.test(gap(tokens[k], tokens[k + 1])))) && k - j < 5) k++;
  // Team words ("Rovers", "United") end club names, which "and" separates: "Harbour and Lakeside Rovers".
  const last = bare(tokens[k]);
  return isOrgWord(last) && !/^(rovers|wanderers|athletic|rangers|united|albion|fc)$/i.test(last);
}

/** After a plural of people opening a sentence: what they said or think ("Forecasters said …", "Campaigners argue …"). */
const SAY_OR_THINK = /^\s+(?:(?:have|had|also|now)\s+)?(?:say|says|said|warn|warns|warned|argue|argues|argued|believe|believes|believed|expect|expects|expected|estimate|estimates|estimated|predict|predicts|predicted|think|thinks|thought|fear|fears|feared|report|reports|reported|told|claim|claims|claimed|suggest|suggests|suggested|found|agree|agreed|worry|worried)\b/;
/** Before a name: the people of a business ("a spokesperson for Paylink"). After its possessive: its parts ("Paylink's parent company"). */
const BUSINESS_OF = /(?:^|\s)(?:spokesperson|spokesman|spokeswoman|spokespeople|shareholders|customers|users|employees|chief\s+executive|managing\s+director|founder|owners)\s+(?:for|of|at)\s+$/i;
const BUSINESS_PART = /^\s+(?:parent\s+company|chief\s+executive|shares|share\s+price|shareholders|customers|users|employees|staff|board|owners|app|website|headquarters|profits?|revenue|outage)\b/i;
/** Nouns of a work in apposition ("Tidewater, a 12-minute piece by …"). */
const WORK_NOUN = /^(?:piece|work|novel|book|film|opera|album|song|poem|play|painting|documentary|concerto|symphony|memoir|sculpture|musical|ballet|biography|oratorio|suite|cantata|sonata|series)$/;
/** Places of learning, care and culture, and bodies, that an appositive may say a name is ("a free music school"). */
const APPOS_BODY = /^(?:school|college|academy|conservatoire|conservatory|museum|gallery|club|theatre|theater|hospital|clinic|library|orchestra|choir|ensemble|institute|association|society|cooperative|co-operative|union|council|commission|federation)$/;
const DOCUMENT_PART = /^(?:Appendix|Annex|Schedule|Chapter|Section|Article|Part|Band|Table|Figure|Class|Grade|Level|Category|Phase|Stage|Tier|Division|Group|Zone|Platform)$/;
const AWARD = /^(?:prize|award|medal|trophy|shield|fellowship|scholarship)$/i;
/** After a name: a verb that makes the name the subject of what follows ("said Imelda had formed"). */
const OPENS_CLAUSE = /^\s+(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|did|does|do|can)\b/;
/** After a name: a role and another name ("Linden head coach Sofia Brandt"), which the name qualifies. */
function qualifiesRole(after: string): boolean {
  const m = /^\s+((?:\p{Ll}+\s+){1,2})\p{Lu}/u.exec(after);
  return !!m && m[1].trim().split(/\s+/).some((w) => isRole(w));
}

/** The word opening a storm's name ("Storm Imelda", "Hurricane Grace"): its second word is a given name, never a surname. */
export const NAMED_STORM = /^(?:storm|hurricane|typhoon|cyclone)$/i;
/** A word that says what the name after it is: a storm's, or a comet's or an asteroid's ("Comet Halvorsen-Ruiz"). */
export const namesItsKind = (word: string): boolean => NAMED_STORM.test(word) || /^(?:comet|asteroid)$/i.test(word);

/** A kind of work with its determiner, then a comma: the name after it is the work's title. */
const WORK_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|our|\p{L}+['’]s)\s+(?:[\p{Ll}-]+\s+)?(?:novel|book|film|opera|album|song|poem|play|painting|documentary|concerto|symphony|memoir|collection|sculpture|musical|ballet|biography)\s*,\s+["“]?$/iu;

/** Whom a name is for, opening it with a possessive: "Women's League Cup", "Children's Book Award". */
const GROUP_OWNER = /^(?:women|men|children|girls|boys|ladies)$/i;

function makeSpan(tokens: Token[], i: number, j: number, text: string, offset: number, lowerSeen: Set<string>): NameSpan | null {
  const first = i;
  // Capitalization at the start of a sentence proves nothing: drop a leading common word.
  // "A: For the Kilcarra bell …": an interview's answer opens after its label.
  const atStart = i === 0 || /(?:["“‘(]|^\s*(?:Q|A)\s*[:.])\s*$/.test(text.slice(0, tokens[i].start - offset));
  // But "Old Mill Bridge", "Central Library": an adjective opening a name with a head noun stays.
  const keepsLead = j - i >= 1 && (isOrgWord(bare(tokens[j])) || isPlaceWord(bare(tokens[j]))) && !PRONOUN_CAPS.has(tokens[i].text) && !CONNECTORS.has(tokens[i].lower) && lexTags(tokens[i].text).includes('Adjective') && !lexTags(tokens[i].text).some((t) => /Verb|Gerund|Adverb|Determiner|Preposition|Pronoun|Conjunction|Value/.test(t));
  // '"The Salt Road", a documentary': a title quoted whole keeps its article and names a work.
  const quotedTitle = j > i && /["“]$/.test(text.slice(0, tokens[i].start - offset)) && /^["”]/.test(text.slice(tokens[j].end - offset));
  // "Councillor Dev Ramaswamy, who …": a title opening the sentence before a name is peeled as a title below.
  const leadTitle = j > i && !PRONOUN_CAPS.has(tokens[i].text) && !CONNECTORS.has(tokens[i].lower) && isTitleWord(tokens[i].text) && tokens[i + 1].isCap;
  // "Storm Imelda battered …": a storm's or a comet's kind word opening the sentence is its name's own.
  const namedKind = j > i && namesItsKind(tokens[i].text);
  if (atStart && !keepsLead && !quotedTitle && !leadTitle && !namedKind && (isCommonWord(tokens[i].text) || lowerSeen.has(tokens[i].lower) || commonCompound(tokens[i].text) || pluralOfCommon(tokens[i]))) i++;
  // Peel titles: "U.S. Secretary of State Antony Blinken" -> title + name.
  let t = i;
  // "Co-author Professor Henrik Aalto", "Vice-chair …": a hyphenated role is a title too.
  const hyphenRole = (w: string): boolean => /^\p{Lu}[\p{L}]*-\p{L}+$/u.test(w) && isRole(w.split('-').pop()!);
  // "Watch Manager Kerry Addo", "Station Officer Ian Reid": a rank of a capitalized word and a
  // role noun before a full name is a title too.
  if (t + 2 < j && tokens[t].isCap && !PRONOUN_CAPS.has(tokens[t].text) && !isOrgWord(bare(tokens[t])) && !isPlaceWord(bare(tokens[t])) && tokens[t + 1].isCap && isRole(tokens[t + 1].text) && !isRole(tokens[t + 2].text) && !isTitleWord(tokens[t + 2].text)) t += 2;
  while (t < j && (isTitleWord(tokens[t].text) || (isDemonym(tokens[t].text) && isTitleWord(tokens[t + 1]?.text ?? '')) || (isRole(tokens[t].text) && tokens[t].isCap) || hyphenRole(tokens[t].text))) t++;
  while (t > i && tokens[t].lower === 'of') t--;
  let title: string | undefined;
  // "Saint Aldric's Church", "St Agnes's Hall": the saint is part of the place's name, not a title.
  if (j > i && /^(saint|st\.?)$/i.test(tokens[i].text) && tokens[j].possessive) t = i;
  // "the First World War", "the Second Republic": an ordinal before a name that is no person's is its first word.
  if (t > i && t <= j && /^(?:First|Second|Third|Fourth|Fifth)$/.test(tokens[t - 1].text) && /^(?:World|War|Republic|Empire|Crusade|Reich|Battle|Congress|Division|Army|Fleet)$/.test(bare(tokens[t]))) t--;
  // "Supreme Court of Varland", "General Assembly": a title word opening an organization's name is part of it.
  if (t > i && t <= j && !quotedTitle && !isOrgWord(bare(tokens[j])) && !isOrgWord(bare(tokens[t])) && (t < j || !isTitleWord(tokens[t].text))) {
    title = text.slice(tokens[i].start - offset, tokens[t - 1].end - offset).replace(/\s+/g, ' ');
    // "The Night of the Long Tide": an article is no title.
    if (/^the$/i.test(title)) title = undefined;
    i = t;
  }
  // "his book The History of Java", "in The Hague": a capitalized "The" inside a sentence is the
  // name's own first word, and the answer is the whole title.
  const ownThe = tokens[first].text === 'The' && !atStart && j > first && tokens[first + 1].isCap && !/[:;—–-]\s*$/.test(text.slice(0, tokens[first].start - offset));
  if (ownThe && i === first + 1) i = first;
  while (i <= j && CONNECTORS.has(tokens[i].lower) && !quotedTitle && !ownThe) i++;
  if (i > j) return null;
  const words = tokens.slice(i, j + 1);
  const last = tokens[j];
  const lastBare = bare(last);
  // "By the end of March I had lost …": a month and the pronoun, no regnal name.
  if (words.length === 2 && isMonth(bare(words[0])) && words[1].text === 'I') return null;
  if (words.length === 1) {
    const w = words[0].text;
    const b = bare(words[0]);
    // "USD 5 million": a currency code is part of an amount, not a name.
    if (b === 'I' || isMonth(b) || isWeekday(b) || b.length < 2 || isCurrencyCode(b)) return null;
    // "see your GP", "a former CEO", "DNA": a common noun written short names no one thing.
    if (COMMON_ABBREVIATION.test(b)) return null;
    // "1390 BC", "AD 79": an era after or before a year is part of the date.
    if (/^(?:BC|AD|BCE|CE)$/.test(b) && (/\d\s*$/.test(text.slice(0, tokens[i].start - offset)) || /^\s*\d/.test(text.slice(tokens[i].end - offset)))) return null;
    // "Local councillors welcomed …": an adjective opening the sentence is capitalized for its place.
    // An everyday word there, before a plural of people, qualifies them and names nothing.
    const people = /^\s+(\p{Ll}+(?:ers|ors|ants|ents|ists|ians|lors|ffs|ple))\b/u.exec(text.slice(tokens[i].end - offset))?.[1];
    // "Forecasters said …", "Campaigners argue …": a plural of people opening the sentence is no name.
    // Only before what they said or think: "Rangers scored twice" is a club's short name.
    if (atStart && !title && /^\p{Lu}\p{Ll}{3,}(?:ers|ors|ists|ians|ants|ents)$/u.test(b) && !words[0].possessive && !isLastName(b) && !isFirstName(b) && !isKnownPlace(b) && !isKnownOrg(b.toLowerCase()) && SAY_OR_THINK.test(text.slice(tokens[i].end - offset))) return null;
    if (atStart && !title && people && isEverydayWord(b) && !isKnownPlace(b) && !isFirstName(b) && !isLastName(b) && !isDemonym(b)) return null;
    if (b.split('-').every((p) => isDemonym(p) && !isKnownPlace(p))) return null;
    if (!title && isCommonWord(b) && !/^\p{Lu}{2,}/u.test(w) && !placeAfterPrep(tokens, i, text, offset, lowerSeen) && !namedCraft(tokens, i, text, offset) && !(words[0].possessive && GROUP_OWNER.test(b))) return null;
  }
  if (words.length > 1 && words.every((w) => isDemonym(bare(w)) || isTitleWord(w.text))) return null;
  // "the third Saturday of February": a day and a month are a date's words, no name.
  if (words.every((w) => isWeekday(bare(w)) || isMonth(bare(w)) || CONNECTORS.has(w.lower))) return null;
  let end = last.end - last.possessive;
  // "Apollo 11", "Launch Complex 39A": a designation number belongs to the name, or
  // the blank would leave "_____ 39A" behind. Scores ("Rovers 3-1") and years are not.
  const code = last.possessive || isMonth(lastBare) ? null : text.slice(end - offset).match(/^ (\d{1,3}\p{Lu}{0,2})(?![\p{L}\p{N}]|[-–:/.,%]\d|[-–%]|['’]s\b)/u);
  if (code) end += code[0].length;
  let name = text.slice(tokens[i].start - offset, end - offset).replace(/\s+/g, ' ');
  const ev: Evidence = { person: 0, place: 0, org: 0, term: 0 };
  const after = text.slice(end - offset);
  // "RFE/RL’s Armenian Service": an owner's name folded into an organization's.
  const orgTail = last.possessive ? after.match(/^['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}(\p{Lu}[\p{L}-]*))/u) : null;
  // "Marsford Borough Council's Green Spaces Fund": a body that is named whole before its
  // possessive owns a second named thing, asked apart; "RFE/RL's Armenian Service" is one name.
  const ownerIsBody = words.length > 1 && isOrgWord(lastBare);
  if (orgTail && isOrgWord(orgTail[2]) && !ownerIsBody) {
    end = end + orgTail[0].length;
    name = text.slice(tokens[i].start - offset, end - offset).replace(/\s+/g, ' ');
    ev.org += 4;
  } else if (orgTail && words.length === 1 && GROUP_OWNER.test(lastBare)) {
    // "the Women's League Cup", "the Children's Book Award": a group a name is for opens the name,
    // or the blank would leave "Women's _____" behind.
    end = end + orgTail[0].length;
    name = text.slice(tokens[i].start - offset, end - offset).replace(/\s+/g, ' ');
    ev.term += 2;
  } else if (orgTail && !orgTail[1].includes(' ') && isPlaceWord(orgTail[2]) && !/^(city|state|country)$/i.test(orgTail[2]) && (!isTitleWord(tokens[i].text) || /^(saint|st\.?)$/i.test(tokens[i].text))) {
    // "St Agnes's Hall", "Lorimer's Bridge": a place named for its owner or saint is one name,
    // or the blank would leave "_____'s Hall" behind.
    end = end + orgTail[0].length;
    name = text.slice(tokens[i].start - offset, end - offset).replace(/\s+/g, ' ');
    ev.place += 4;
  } else {
    // A lower-case organization word completes the name: "Civil Contract party".
    const lowTail = last.possessive ? null : after.match(/^\s+(party|service|ministry|agency|movement|bloc|coalition|council|group)\b/);
    if (lowTail && words.length <= 4 && !(words.length === 1 && isDemonym(lastBare))) {
      end += lowTail[0].length;
      name = text.slice(tokens[i].start - offset, end - offset).replace(/\s+/g, ' ');
      ev.org += 4;
    }
  }
  const lower = name.toLowerCase();
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const nextTok = tokens.find((x) => x.start >= end);
  // "the Latin word", "the Apollo program": a lone name used as a modifier names no answer.
  // But "an Aurora-5 rocket", "a Falcon 9 rocket": a name with a model number names the model.
  if (words.length === 1 && !title && first === i && prev && /^(the|a|an)$/.test(prev.lower) && nextTok && !nextTok.isCap && !/\d/.test(name) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) {
    const tags = lexTags(nextTok.text);
    if (tags.some((t) => /Noun|Singular/.test(t)) && !tags.some((t) => /Verb|Tense|Adverb|Preposition|Conjunction|Adjective|Modal|Copula/.test(t))) return null;
  }
  // "Fisheries minister Tomas Reinholt said …", "Transit director Paul Lindqvist …": a word opening
  // the sentence before a role and a name modifies that role, and names nothing to ask for.
  if (words.length === 1 && atStart && !title && nextTok && !nextTok.isCap && isRole(nextTok.text) && tokens[tokens.indexOf(nextTok) + 1]?.isCap && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) return null;
  // "the Bishop of Carrow", "the Duke of Alba": a style ending in "of" names the see or the land,
  // and the word after it is a place; the person it styles is not named.
  if (title && /\sof$/i.test(title) && words.length <= 2) ev.place += 4;
  else if (title) ev.person += 3;
  // "the Leopold International Violin Competition", "the Northern Netball Cup": a contest is no
  // person, whatever given name opens it.
  if (words.length > 1 && (EVENT.test(lastBare) || /^competition$/i.test(lastBare))) {
    ev.term += 2;
    ev.person = 0;
  }
  // "a spokesperson for Paylink", "Paylink's parent company": the people and parts of a business.
  if (words.length <= 3 && (BUSINESS_OF.test(text.slice(Math.max(0, tokens[first].start - offset - 40), tokens[first].start - offset)) || (last.possessive && BUSINESS_PART.test(after.replace(/^['’]s?/, ''))))) ev.org += 2;
  // "Appendix I", "Band D", "Schedule 2": a part or grade of a document or scheme, lettered or numbered.
  if (words.length >= 2 && DOCUMENT_PART.test(words[0].text) && /^(?:[IVX]+|[A-Z]|\d+[A-Z]?)$/.test(lastBare)) ev.term += 5;
  // "the Halvard Prize", "the Gold Medal": an award is a named thing, wherever it is presented.
  if (words.length >= 2 && AWARD.test(lastBare)) ev.term += 3;
  // "an Aurora-5 rocket", "a Falcon 9 rocket": a model's name, numbered, before the kind of craft.
  // "The Kestrel probe", "the Marigold barge": after an article, a name before the kind of craft names that craft.
  // Not "the NASA probe", "a SpaceX rocket": a body's name before a craft is its operator's.
  const operator = /^\p{Lu}{2,}/u.test(name) || isKnownOrg(lower) || isOrgWord(lastBare) || /\p{Ll}\p{Lu}/u.test(name);
  if ((/\d/.test(name) || (/^(the|a|an)$/i.test(tokens[i - 1]?.lower ?? '') && words.length <= 2 && !operator)) && nextTok && CRAFT.test(nextTok.lower) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) {
    ev.term += 3;
    ev.named = 1;
  }
  // "Parliament could barely work", "Members of Parliament complained": one word naming a kind of
  // body is that body, whatever verb follows it, not a person.
  // Not a sentence's first word: "Railways soon took most of the trade" speaks of railways at large.
  if (words.length === 1 && prev && isOrgWord(lastBare) && !isFirstName(name) && !isLastName(name)) ev.org += 3;
  // "the Jurassic period", "the Bronze Age": a span of the past named before its kind is no place.
  if (nextTok && /^(?:period|era|epoch|age|dynasty)$/.test(nextTok.lower) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) ev.term += 4;
  // "the former Ashgrove brickworks", "the old Dunmore mill": one word naming a works or a site
  // after "the" is where it stands, not a person ("former" read as a role made it one).
  if (words.length === 1 && !isFirstName(name) && /^(?:the|former|old|disused)$/.test(prev?.lower ?? '') && nextTok && WORKS_SITE.test(nextTok.lower) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) ev.place += 4;
  // "writing in The Guardian", "published in the Lancet": where something is written is a publication.
  if (prev?.lower === 'in' && /^(?:writing|wrote|written|published|appeared|quoted|reported|reviewed)$/.test(prev2?.lower ?? '')) ev.org += 4;
  // "off the Dunmere coast", "the Kras plateau": one word before a stretch of land or its light names where it is.
  if (words.length === 1 && !isFirstName(name) && nextTok && LAND_AFTER.test(nextTok.lower) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset))) ev.place += 3;
  if (quotedTitle) {
    ev.term += 4;
    ev.named = 1;
  }
  // "Our barge, the Marigold, left …": a craft named with a common word is a named thing.
  if (words.length === 1 && namedCraft(tokens, i, text, offset)) {
    ev.term += 3;
    ev.named = 1;
  }
  if (isKnownPerson(lower)) ev.person += 3;
  // "Aroma, Ingrid Marie and Discovery" (apples) is two given names and no surname in a list of
  // things: no person's full name. Outside a list the lexicon's given names are often surnames too
  // ("Martin Luther", "Mary Shelley", "Elias Tanner").
  const inList = /[,:]\s*$/.test(text.slice(0, tokens[first].start - offset)) || /^\s*(?:,|and\s)/.test(after);
  const givenOnly = words.length === 2 && isFirstName(lastBare) && !isLastName(lastBare) && inList;
  if (words.length > 1 && isFirstName(words[0].text) && !givenOnly) ev.person += 2;
  // "studied engineering in Lund": a lone word after "in", "at" or "near" is somewhere, even
  // when the lexicon knows it as a surname.
  const placedAlone = words.length === 1 && !title && /^(in|at|near)$/.test(tokens[first - 1]?.lower ?? '') && !(tokens[first - 1]?.lower === 'in' && inFieldOf(tokens, first - 1));
  if (words.length <= 3 && isLastName(lastBare) && !placedAlone) ev.person += 2;
  let role: string | undefined;
  // "the printer Aldus Manutius": an agent noun right before a name marks a person.
  const agent = prev && !prev.isCap && /^\p{Ll}{3,}(er|or|ist|ian|ant|ent)$/u.test(prev.text) && !isCompanyNoun(prev.text) && prev2 && /^(the|a|an|his|her|their|its)$/i.test(prev2.text);
  // "the train maker Carmo Rail", "the national operator, Caminhos Atlânticos": an agent that is a
  // business names a company, not a person.
  const firmBefore = text.slice(Math.max(0, tokens[first].start - offset - 40), tokens[first].start - offset).match(/(?:^|[^\p{L}])(\p{Ll}+)\s*,?\s+$/u)?.[1];
  // Not "the publisher Arthur Wexcombe": a first name still marks a person.
  if (firmBefore && isCompanyNoun(firmBefore) && !(words.length > 1 && words.length <= 3 && isFirstName(words[0].text))) ev.org += 5;
  else if (prev && !prev.isCap && (isRole(prev.text) || agent) && /^\s+$/.test(text.slice(prev.end - offset, tokens[first].start - offset))) {
    ev.person += 2;
    role = prev.text;
  }
  // "Their coach, Helen Marsh, said …": a role noun set off by a comma before the name.
  const roleBefore = text.slice(0, tokens[first].start - offset).match(/(?:^|[^\p{L}])(\p{Ll}+)\s*,\s*$/u);
  if (!role && !ev.org && roleBefore && isRole(roleBefore[1])) {
    ev.person += 2;
    role = roleBefore[1];
  }
  const named = text.slice(0, tokens[first].start - offset).match(NAMED_BEFORE);
  if (named && !NOT_A_NOUN.has(named[1])) {
    const noun = named[1];
    if (NAMED_PLACE.test(noun)) ev.place += 4;
    else if (NAMED_PERSON.test(noun) || isRole(noun)) ev.person += 4;
    else if (NAMED_ORG.test(noun)) ev.org += 4;
    // "a shipwright named Elias Tanner", "a cooper named Ann Rowe": a trade before a given name
    // names a person; "a trawler named Mary Ann" is a boat, and "a river named …" no one.
    else if (/(?:wright|smith)$/.test(noun) || (/^\p{Ll}{3,}(?:er|or|ist|ian)$/u.test(noun) && !VESSEL.test(noun) && words.length > 1 && isFirstName(words[0].text))) ev.person += 4;
    else {
      ev.term += 3;
      ev.named = 1;
    }
  } else if (!role) {
    // "the research vessel Polarstern", "the aircraft carrier USS Hornet": a common noun
    // in apposition before the name says what kind of thing it names.
    const lead = text.slice(0, tokens[first].start - offset).match(/(?:^|\s)(?:the|a|an|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(\p{Ll}{3,})\s+$/u);
    const noun = lead?.[1] ?? '';
    // "the beaches near Praia Longa": the word before the name is a preposition, not its kind.
    if (lead && !NOT_A_NOUN.has(noun) && !PLACE_PREPS.has(noun) && !isStopword(noun) && !lexTags(noun).some((t) => /Verb|Tense|Preposition|Adverb|Conjunction|Determiner|Pronoun|Plural|Gerund|Participle|Value/.test(t))) {
      // "the merchant brig Margery Vane": a craft is named with given names and surnames too.
      // Not "On board the yacht Ana Ruiz and her crew …": a person aboard, named after the craft.
      if (CRAFT.test(noun) && !/^\s+and\s+(?:her|his|their)\b/.test(after)) {
        ev.term += 6;
        ev.named = 1;
      } else if (NAMED_PLACE.test(noun)) ev.place += 2;
      // "the Swiss naturalist Konrad Zeller", "the Austrian cellist Friederike Haller": a noun of a
      // person's calling (-ist, -ian) names a person, as a role does, though no list knows it.
      else if (NAMED_PERSON.test(noun) || isCalling(noun)) ev.person += 2;
      else if (NAMED_ORG.test(noun)) ev.org += 2;
      else ev.term += 3;
    }
  }
  // "Her first novel, The Salt Rooms, won …", "The oil painting, The Night of the Long Tide, …": a
  // work named in apposition to its kind is a title.
  if (WORK_BEFORE.test(text.slice(Math.max(0, tokens[first].start - offset - 60), tokens[first].start - offset))) ev.term += 4;
  // "north of Svalbard", "the outskirts of Leeds": a direction or an edge of somewhere.
  if (prev?.lower === 'of' && prev2 && /^(north|south|east|west|northeast|northwest|southeast|southwest|outskirts|coast|shores|centre|center|heart|capital)$/.test(prev2.lower)) ev.place += 2;
  // "the mayor of Ostwick", "a map of Brenholt", "the streets of Lisbon": an office or a
  // view of somewhere. Only a name too short to be a person's ("a portrait of Ada Venn").
  const ofOffice = prev?.lower === 'of' && prev2 && words.length === 1 && !isFirstName(lastBare) && /^(mayor|mayors|governor|bishop|archbishop|duke|earl|map|maps|chart|charts|history|streets|edge|suburbs|banks|mouth|skyline|harbour|harbor|port|town|city|village|region|province|county|district|island)$/.test(prev2.lower);
  if (ofOffice) ev.place += 2;
  // "at the western tip of Isla Turma", "on the northern shore of Lake Orrin": a part of the land
  // named by where it lies is a place, whatever its first word reads as.
  if (words.length <= 3 && LAND_PART_OF.test(text.slice(Math.max(0, tokens[first].start - offset - 40), tokens[first].start - offset))) ev.place += 3;
  // "three miles off Carrow Head", "40 kilometres from Velsa": a distance away from a name measures from a place.
  if (words.length <= 3 && DISTANCE_FROM.test(text.slice(Math.max(0, tokens[first].start - offset - 40), tokens[first].start - offset))) ev.place += 3;
  const appos = after.match(/^\s*,\s+(an?|the)\s+([^,.;:"“”]{3,120}?)(?=[,.;:]|\s+(?:said|says|told)\b|$)/);
  // "Ashdale, a market town of 12,000 people": the appositive's head noun is a kind of place.
  // "Skarholm, a bare granite island at the mouth of the fjord": the head comes before "at" too.
  // "Hannah Crewe, a schoolteacher from the market town of Ashby Fold": and before "from".
  const apposPhrase = appos?.[2].split(/\s+(?:of|in|on|at|off|with|near|where|that|which|whose|by|for|from)\s/)[0];
  const apposHead = apposPhrase?.split(/\s+/).pop();
  // "Skarv, a 38-metre wooden barque strengthened with …", "Tidewater, a 12-minute piece by the
  // composer …": a craft or a work in apposition names a thing, whoever the rest mentions.
  // "Joaquim Valadares, a fisherman": a word for a person names one too, where no list knows the name.
  const apposRole = !!apposPhrase && apposPhrase.split(/\s+/).some((w) => isRole(w) || /^\p{Ll}{3,}ist$/u.test(w) || NAMED_PERSON.test(w));
  // Not "Tomas Brandvold, a film director" nor "a boat builder": a craft or a work beside a role is the role's.
  const apposThing = apposRole ? undefined : apposPhrase?.split(/\s+/).slice(0, 5).find((w) => CRAFT.test(w) || WORK_NOUN.test(w));
  // Not "The Glassblower's Winter, the second novel by …": a word after a possessive is half a title.
  if (apposThing && (words.length > 1 || !isCommonWord(lastBare)) && !prev?.possessive) ev.term += 3;
  // "in Dunmore, the cooperative's chair, Eilidh MacRae, said": a role set off between two names is the second's.
  const roleOfNext = !!appos && /^\s*,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(after.slice(appos[0].length));
  // "Kestrel Thermal, a maker of heat pumps": a business in apposition names a company.
  // "Harrowgate Transport, the council's transport body": so does a public body.
  // "the Casa da Maré, a free music school in Porto Salvo": so does a school, a club or another body.
  if (appos && apposHead && (isCompanyNoun(apposHead) || /^(body|agency|authority|charity|department|ministry|quango|trust|foundation)$/.test(apposHead) || (APPOS_BODY.test(apposHead) && !apposRole)) && !isFirstName(words[0].text)) ev.org += 3;
  // A role in the appositive's own phrase, not in what it goes on to say ("… for children from fishing families").
  else if (appos && !apposThing && !roleOfNext && apposRole) ev.person += 2;
  if (apposHead && NAMED_PLACE.test(apposHead) && words.length <= 3) ev.place += 3;
  // Not "Forecasters said Imelda had formed …" (the name opens what was said) nor "said Linden head
  // coach Sofia Brandt" (the name qualifies the speaker's role).
  if (prev && TOLD_BEFORE.has(prev.lower) && words.length <= 3 && !OPENS_CLAUSE.test(after) && !qualifiesRole(after)) ev.person += 2;
  // "Joss Pengelly, whose daughter was in the trial, said …", "Mairead Quillon, leader of the
  // island council, said …", "Ana Reis, who runs a bakery, …": a full name set off by a clause on
  // a person (who, whose, a role without an article) and then a speech verb, or by "who", is a person.
  const plainName = words.length <= 3 && !isOrgWord(lastBare) && !isPlaceWord(lastBare) && !title;
  // "the Comets, who had won 23 cup matches": a plural after "the" is a team or a group, whom
  // "who" may follow too.
  const theGroup = words.length === 1 && prev?.lower === 'the' && /\p{Ll}s$/u.test(lastBare);
  if (plainName && !theGroup && /^\s*,\s+who\s/.test(after)) ev.person += 2;
  // "Dominika Szwarcenberg of the brokerage Faulkner Reade estimated …": a full name of someone at a
  // business, as analysts and officers are introduced.
  const ofFirm = /^\s+(?:of|at|from)\s+the\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+\p{Lu}/u.exec(after)?.[1];
  if (plainName && words.length >= 2 && ofFirm && isCompanyNoun(ofFirm)) ev.person += 2;
  if (plainName && personClauseThenSpeech(after)) ev.person += 2;
  // "Elspeth Maddock, keeper of the Carrow Head lighthouse": a full name with a role or an agent
  // noun after its comma, bare of an article, and what it is of, is a person's.
  const bareRole = /^\s*,\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,})\s+(?:of|at|for)\s/u.exec(after)?.[1];
  if (plainName && words.length > 1 && !isPlaceWord(words[0].text) && bareRole && !isCompanyNoun(bareRole) && !NOT_A_CALLING.test(bareRole) && (isHeldRole(bareRole) || (/(?:er|or|ist|ian)$/.test(bareRole) && lexTags(bareRole).every((t) => !/Adverb|Preposition|Comparative|Verb|Adjective|Uncountable/.test(t))))) ev.person += 2;
  // "Nnenna Achterberg is the author of …", "Ada Venn was a surveyor": a name of two or three
  // words said to be someone's role is a person's, though no list knows either name.
  // "Jovan Cvijić was a Serbian geographer": a nationality may come before the calling.
  const isRoleAfter = /^\s+(?:is|was)\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+(?:an|ian|ish|ese|ic|i)\s+)?(\p{Ll}{3,})\b/u.exec(after)?.[1];
  if (plainName && words.length > 1 && isRoleAfter && isCalling(isRoleAfter)) ev.person += 2;
  // "the mayor of Dunholt said": the speaker is the mayor, not the town.
  // "…, a geneticist at Lenzburg, said": after a place preposition the speaker is someone named before.
  const placed = prev && (PLACE_PREPS.has(prev.lower) || prev.lower === 'of') && !toSomeoneBefore(prev, prev2);
  if (!ofOffice && !placed && nextTok && SPEECH_VERBS.has(nextTok.lower) && /^\s*,?\s+$/.test(text.slice(end - offset, nextTok.start - offset))) ev.person += 2;
  // The Sun, the Moon and the Earth are no places to choose among.
  if (words.length === 1 && lower.split('-').some((p) => CELESTIAL.has(p))) return null;
  // "Portuguese-speaking countries", "a London-based firm": a name joined to a participle is a
  // word describing something, no name.
  if (words.length === 1 && /^\p{Lu}[\p{L}]*-(?:speaking|born|based|owned|led|run|made|built|funded|backed|style)$/u.test(words[0].text)) return null;
  // "the sculptor Kwabena Stroud": a role before the name outweighs a surname that is also a town.
  if (isKnownPlace(lower) || (isKnownPlace(lastBare) && !(role && words.length > 1))) ev.place += 3;
  // "Houston, Texas": a name followed by a known state or country is a place.
  const region = after.match(/^,\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/u);
  if (region && words.length <= 2 && isKnownPlace(region[1].toLowerCase())) {
    ev.place += 5;
    ev.person = 0;
  }
  // "Helen Marsh", "Tom Field": after a known first name the last word is a surname.
  // "River Tame", "Lake Geneva": a place word leads the name.
  if (words.length === 2 && isPlaceWord(words[0].text) && !isOrgWord(lastBare) && !isFirstName(words[0].text)) ev.place += 2;
  if (words.length > 1 && isPlaceWord(lastBare) && !(words.length <= 3 && isFirstName(words[0].text))) ev.place += 2;
  // "Tanner Street", "George Square": a street, square or station names a place even after a first name.
  if (words.length > 1 && /^(street|road|lane|avenue|square|crescent|quay|wharf|pier|stadium|station|airport)$/i.test(lastBare)) {
    ev.place += 4;
    ev.person = 0;
  }
  // "Kara Sea", "Hudson Strait": a sea, strait or glacier after a given name is still a place; these
  // are no surnames ("Helen Marsh", "Tom Field" are).
  if (words.length > 1 && /^(sea|strait|straits|gulf|ocean|fjord|glacier|peninsula|estuary|archipelago)$/i.test(lastBare)) {
    ev.place += 4;
    ev.person = 0;
  }
  // "Inês Valadares (born 22 May 1963)", "(1821–1889)": a name with its dates of birth and death is a person's.
  if (words.length > 1 && words.length <= 4 && /^\s*\((?:born\s|b\.\s|\d{1,2}\s+\p{L}+\s+\d{4}\s*[–-]|\d{4}\s*[–-]\s*\d{4}\))/u.test(after)) ev.person += 3;
  if (/^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|new|mount|lake|port|fort|saint|st\.?)$/.test(words[0].lower) && words.length > 1) ev.place += 1;
  // "the Democratic Republic of the Congo", "the United Arab Emirates", "the Republic of Ireland": a
  // state's name: its polity word after United/Democratic/… or before "of" and a known place. Not
  // "Commonwealth Games", "Republic Day" or the film "Kingdom of Heaven".
  const polityAt = words.findIndex((w) => POLITY.test(bare(w)));
  if (
    polityAt >= 0 &&
    words.length > 1 &&
    !words.some((w) => isOrgWord(bare(w))) &&
    (STATE_OPENER.test(words[0].text) || (words[polityAt + 1]?.lower === 'of' && isKnownPlace(lastBare.toLowerCase())))
  )
    ev.place += 4;
  // "the village of Ashby", "the city of Mainz".
  if (prev?.lower === 'of' && prev2 && /^(village|town|city|county|district|region|province|suburb|island|state|republic|port)$/.test(prev2.lower)) ev.place += 3;
  // "Residents of nearby Pellham", "the people of Ashby".
  if (/\b(residents|people|inhabitants|citizens|villagers|townspeople)\s+of\s+(?:nearby\s+)?$/i.test(text.slice(Math.max(0, tokens[first].start - offset - 40), tokens[first].start - offset))) ev.place += 3;
  // "She spoke to Gleaner", "thanks to Pfizer": a "to" after such verbs points at someone, not somewhere.
  const toSomeone = prev?.lower === 'to' && prev2 && /^(spoke|speaks|speaking|talked|talks|talking|said|wrote|writes|explained|belongs|belonged|thanks|due|according|next|listened|replied)$/.test(prev2.lower);
  // "the Nobel Prize in Physiology": after a capitalized name, "in" continues a title.
  // But "St Agnes's Hall in Fennick", "a museum in Oslo": after a building or body, "in" places it.
  // "the European Club Championships in Bled": an event is held somewhere.
  // "Voters in Wrexford", "Officials in Dunmore": a common plural opening the sentence is
  // capitalized for its place, no name a title could continue.
  const commonOpener = prev2 !== undefined && tokens.indexOf(prev2) === 0 && (lowerSeen.has(prev2.lower) || (/^\p{Lu}\p{Ll}{2,}s$/u.test(prev2.text) && (isCommonWord(prev2.text) || pluralOfCommon(prev2) || /(?:ers|ors|ents|ants|ists|ians)$/.test(prev2.lower))));
  const inTitle = prev2?.isCap && prev?.lower === 'in' && /^\s+$/.test(text.slice(prev2.end - offset, prev.start - offset)) && !isPlaceWord(bare(prev2)) && !isOrgWord(bare(prev2)) && !EVENT.test(bare(prev2)) && !commonOpener;
  // Not "in Velmora's booking office": a name with a possessive after the preposition owns the place.
  if (prev && !toSomeone && !inTitle && !last.possessive && !(prev.lower === 'in' && inFieldOf(tokens, first - 1)) && (PLACE_PREPS.has(prev.lower) || (prev.lower === 'the' && prev2 && PLACE_PREPS.has(prev2.lower)))) ev.place += 1;
  // "Explosions were heard on Sumatra", "a farm on Skarholm": a lone name after "on", with no
  // other evidence, is an island or a place one stands on (weekdays and months are dates, and
  // "on Earth" is known); without this it was no name at all, and the place went unasked.
  if (prev?.lower === 'on' && words.length === 1 && !last.possessive && !isWeekday(lastBare) && !isMonth(lastBare) && wordValue(lastBare.toLowerCase()) === undefined && !isFirstName(lastBare) && !nextTok?.isCap) ev.place += 1;
  // "Tolland's mayor", "Ostwick residents": the people or offices of somewhere.
  if (words.length <= 3 && !isFirstName(words[0].text) && /^(?:['’]s)?\s+(mayor|council|councillors|residents|villagers|townspeople|harbour|harbor|seafront|streets|outskirts|suburbs|population|economy|airport|railway station|town hall|city hall)\b/.test(after)) ev.place += 2;
  // "between Rosslare and Kilmore", "from Trondheim and Oslo": the second of a pair after a
  // place preposition is a place as well.
  // Not "vaccines from Pfizer-BioNTech and Moderna": a pair of firms after "from" names makers.
  if (prev && /^(and|or)$/.test(prev.lower) && words.length <= 3 && afterPlacePrep(tokens, first - 2)) {
    if (orgLike(tokens[first - 2])) ev.org += 1;
    else ev.place += 1;
  }
  // "Helen Okoro and Dev Malhotra": a two-word name joined to a person's full name is a person too.
  if (prev?.lower === 'and' && words.length === 2 && !isOrgWord(lastBare) && !isPlaceWord(lastBare) && tokens[first - 3]?.isCap && tokens[first - 2]?.isCap && isFirstName(tokens[first - 3].text) && !isOrgWord(bare(tokens[first - 2])) && !isPlaceWord(bare(tokens[first - 2]))) ev.person += 2;
  // "Harbour City were stronger": a singular name with a plural verb is a team or body.
  // Not after a preposition: in "Farmers near Tolland have complained" the subject is the farmers.
  // Not "The Dornval are fold mountains": a name said to be mountains or islands is a place.
  const arePlaces = /^\s+(?:are|were)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:mountains|hills|islands|lakes|peaks|fells|highlands|isles|islets)\b/u.test(after);
  if (arePlaces) ev.place += 5;
  else if (nextTok && /^(were|are|have)$/.test(nextTok.lower) && /^\s+$/.test(text.slice(end - offset, nextTok.start - offset)) && prev?.lower !== 'and' && !/s$/.test(lastBare) && !(prev && (PLACE_PREPS.has(prev.lower) || prev.lower === 'of'))) ev.org += 5;
  if (prev && /^(beating|beat|beats|defeating|defeated|against|versus|vs)$/.test(prev.lower)) ev.org += 1;
  // "the Westbrook Wolves", "the Danford Mariners": a name ending in a plural noun is a team,
  // band or body, unless the plural is a kind of place ("the Galápagos Islands").
  if (words.length > 1 && tokens[i - 1]?.lower === 'the' && /\p{Ll}[^s]s$/u.test(lastBare) && !isPlaceWord(lastBare) && !isOrgWord(lastBare) && !isKnownPlace(lower) && !lexTags(lastBare).some((t) => /Demonym|Place|Country/.test(t))) ev.org += 2;
  // "Pfizer-BioNTech": a compound of two capitalized names is a company or partnership.
  if (words.length === 1 && /^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(lastBare) && !isKnownPlace(lastBare)) ev.org += 2;
  if (isKnownOrg(lower)) ev.org += 3;
  // "Harrow & Finch": two names joined by an ampersand are a firm's.
  if (/\s&\s/.test(name)) ev.org += 3;
  // "FC Aarhus", "AC Milan": a club's abbreviation leads its name.
  if (words.length > 1 && /^(fc|afc|ac|sc|cf|sv|fk|sk|bk|cd|ud|rc)$/i.test(bare(words[0]))) ev.org += 4;
  // "Nordhavn Seafoods", "Harlan Motors": a plural word after no first name ends a firm's name, not a surname.
  if (words.length >= 2 && words.length <= 3 && /(?:\p{Ll}[^aeiouys'’]s|ies)$/u.test(lastBare) && !isLastName(lastBare) && !isFirstName(words[0].text) && !isPlaceWord(lastBare) && !isKnownPlace(lastBare) && !title) ev.org += 3;
  if (words.length > 1 && isOrgWord(lastBare)) ev.org += 3;
  // "University of Bergen", "Bank of England": the organization word leads.
  // "University of Bergen", "Bank of England", "Lisbon Institute of Nutrition": an organization word before "of".
  if (words.length > 2 && words.some((w, k) => k < words.length - 1 && isOrgWord(bare(w)) && /^(of|for)$/.test(words[k + 1].lower))) ev.org += 4;
  if (/^\p{Lu}{2,}(\/\p{Lu}+)?$/u.test(lastBare) && words.length === 1 && !isKnownPlace(lastBare)) {
    // "a faecal immunochemical test, usually shortened to FIT", "faecal immunochemical test (FIT)":
    // the short form of a common noun names a thing, not a body.
    if (SHORT_FOR_COMMON.test(text.slice(Math.max(0, tokens[first].start - offset - 60), tokens[first].start - offset))) ev.term += 3;
    else ev.org += 1.5;
  }
  // "hangs today in the Tate": one word after "the" is no person, whatever surname it could be.
  if (words.length === 1 && prev?.lower === 'the' && !title && !role) ev.person = 0;
  return { text: name, start: tokens[i].start, end, title, role, evidence: ev, initial: atStart && i === first && words.length === 1 };
}

/** Fields a body's name may join with "and" ("Museum of Science and Navigation", "Department of Health and Social Care"). */
const SUBJECT_WORD = /^(?:science|sciences|technology|industry|navigation|art|arts|design|culture|history|health|care|social|education|research|engineering|medicine|music|sport|environment|trade|commerce|agriculture|fisheries|transport|planning|development|innovation|skills|media|letters|humanities|justice|welfare|energy|climate|food|rural|affairs|heritage|tourism|communities|housing|work|pensions|business|enterprise)$/;
/** "three miles off ", "12 kilometres north of ", "40 km from ": a distance measured from somewhere. */
const DISTANCE_FROM = /\b(?:miles?|kilometres?|kilometers?|km|nautical\s+miles)\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|inland|upstream|downstream)\s+(?:of|from)|off|from|outside)\s+$/i;
/** Stretches of land or water a one-word name may come before ("the Dunmere coast", "the Kras plateau"). */
const LAND_AFTER = /^(?:coast|coastline|shore|shoreline|lighthouse|estuary|peninsula|headland|lowlands|highlands|plateau|basin|delta|countryside|hinterland|uplands|moors|fells|dales)$/;
/** "the western tip of ", "the northern shore of ": a part of a stretch of land or water, then "of". */
const LAND_PART_OF = /\bthe\s+(?:(?:north|south|east|west|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|far|upper|lower)\s+)?(?:tip|coast|shore|shores|edge|slopes|summit|foothills|headwaters|outskirts)\s+of\s+$/i;

/** A lower-case phrase, then what introduces its short form: "… test, usually shortened to ", "… test (". */
const SHORT_FOR_COMMON = /(?<!\p{L})\p{Ll}{3,}(?:,?\s+(?:(?:usually|often|commonly|also)\s+)?(?:shortened|abbreviated)\s+to\s+|,?\s+or\s+|\s+\()$/u;

/** Abbreviations of common nouns: roles, degrees, substances, things (matched as a whole word, case as written). */
const COMMON_ABBREVIATION = /^(?:GP|GPs|MP|MPs|MEP|MEPs|MSP|MSPs|CEO|CEOs|CFO|COO|CTO|PhD|PhDs|MBA|BSc|MSc|BA|MA|DNA|RNA|mRNA|GDP|VAT|TV|PC|ID|PIN|SUV|ATM|USB|GPS|CCTV|ICU|IVF|MRI|CT|ADHD|DIY|FAQ|HQ|VIP|PR|HR|IT|AI|CO2|LED|LEDs|PE|OK|AM|PM|CV|CVs|QC|KC|PTA)$/;

/** ", whose daughter was …, said", ", who designed it, said", ", leader of the council, said": a clause about a person, then who spoke. */
function personClauseThenSpeech(after: string): boolean {
  const m = /^\s*,\s+(who\s|whose\s|(\p{Ll}+)\s+(?:of|at|for)\s)[^"“”.;:]{2,160}?,\s+(\p{Ll}+)\b/u.exec(after);
  if (!m || !SPEECH_VERBS.has(m[3])) return false;
  return m[1].startsWith('who') || isRole(m[2]);
}

/**
 * "in Bled", "at Reading": a capitalized word the lexicon knows as a common word ("bled",
 * "reading") is a place after a place preposition mid-sentence, when the article never
 * writes it in lower case.
 */
function placeAfterPrep(tokens: Token[], i: number, text: string, offset: number, lowerSeen: Set<string>): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !/^(in|at|near|from|via)$/.test(prev.text) || !/^\s+$/.test(text.slice(prev.end - offset, t.start - offset))) return false;
  if (prev.text === 'in' && inFieldOf(tokens, i - 1)) return false;
  if (lowerSeen.has(t.lower) || isStopword(t.lower) || t.possessive || /^(spring|summer|autumn|winter|fall|christmas|easter|first|last|total|general|part|time|place|particular|fact|short|order|charge|turn|full|person|public)$/.test(t.lower)) return false;
  return !(next?.isCap && /^\s+$/.test(text.slice(t.end - offset, next.start - offset)));
}

const CRAFT = /^(barge|barque|brig|ketch|sloop|frigate|galleon|steamship|sealer|whaler|icebreaker|clipper|boat|ship|vessel|yacht|ferry|submarine|submersible|probe|spacecraft|craft|rover|lander|orbiter|satellite|telescope|rocket|capsule|locomotive|aircraft|plane|airship|balloon|canoe|raft|steamer|schooner|trawler|tug|lifeboat)$/;

/**
 * "the probe Hope", "Our barge, the Marigold,": a craft may be named with a common word
 * ("Hope", "Endeavour"), which is then a name, not the word.
 */
function namedCraft(tokens: Token[], i: number, text: string, offset: number): boolean {
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (!prev || !prev2 || /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) return false;
  if (CRAFT.test(prev.lower) && /^(the|its|our|their|his|her)$/i.test(prev2.text) && /^\s+$/.test(text.slice(prev.end - offset, tokens[i].start - offset))) return true;
  return prev.lower === 'the' && CRAFT.test(prev2.lower) && /^\s*,\s*$/.test(text.slice(prev2.end - offset, prev.start - offset));
}

/** "Members of Marsford Canoe Club provided …": people of a group, opening a sentence, are no part of its name (the lexicon lacks some of these words). */
const GROUP_NOUNS = /^(?:members|staff|officials|supporters|representatives|fans|parents|pupils|students|residents|workers|volunteers|leaders|officers|employees|owners|visitors)$/;
function pluralOfCommon(t: Token): boolean {
  return GROUP_NOUNS.test(t.lower);
}

/** "Fly-half", "Long-time": a hyphenated word made of common words is no name, even capitalized. */
function commonCompound(w: string): boolean {
  const parts = w.split('-');
  return parts.length > 1 && parts.every((p) => p.length > 0 && isCommonWord(p) && lexTags(p).length > 0);
}

/** "Pfizer-BioNTech", "Harlan Industries", "Roche": a word that names a firm, not a place. */
function orgLike(t: Token | undefined): boolean {
  if (!t) return false;
  const b = bare(t);
  return isOrgWord(b) || isKnownOrg(b.toLowerCase()) || (/^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(b) && !isKnownPlace(b));
}

/** "spoke to", "according to": a "to" pointing at someone rather than somewhere. */
function toSomeoneBefore(prev: Token, prev2: Token | undefined): boolean {
  return prev.lower === 'to' && !!prev2 && /^(spoke|talked|said|according|thanks|due|next)$/.test(prev2.lower);
}

/** The capitalized run ending at token `k` follows a place preposition ("between Rosslare"). */
function afterPlacePrep(tokens: Token[], k: number): boolean {
  let at = k;
  if (!tokens[at]?.isCap || tokens[at].possessive) return false;
  while (at > 0 && tokens[at - 1].isCap && k - at < 3) at--;
  const before = tokens[at - 1];
  if (before?.lower === 'in' && inFieldOf(tokens, at - 1)) return false;
  return before !== undefined && (PLACE_PREPS.has(before.lower) || before.lower === 'between');
}

const FIELD_HOLDER = /^(prize|prizes|award|awards|medal|degree|degrees|doctorate|phd|masters?|bachelor|diploma|professor|lecturer|course|courses)$/;

/** "the Nobel Prize in Physiology or Medicine", "a degree in Law": `in` at `k` opens a field of study, not a place. */
function inFieldOf(tokens: Token[], k: number): boolean {
  return FIELD_HOLDER.test(tokens[k - 1]?.lower ?? '');
}
