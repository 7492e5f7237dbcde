// Word lists. Most come from compromise's lexicon (names, places, organizations,
// units, job titles); running its full tagger costs ~180 ms per 1,000 words here,
// far over the generator's budget, so only its data is used.
import nlp from 'compromise';
import { COMMON_WORDS } from './common-words';

interface World {
  methods: { two: { transform: { verb: { toInfinitive: (w: string, model: unknown, tense?: string) => string } } } };
  model: {
    one: { lexicon: Record<string, string | string[]> };
    two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
  };
}

const world = (nlp as unknown as { world: () => World }).world();
const LEX = world.model.one.lexicon;
const ORG_WORDS = world.model.two.orgWords;
const PLACE_WORDS = world.model.two.placeWords;

/** Base form of a verb ("developed" -> "develop", "took" -> "take"), from compromise's conjugation rules. */
export function toInfinitive(verb: string, tense: 'PastTense' | 'PresentTense' = 'PastTense'): string {
  return world.methods.two.transform.verb.toInfinitive(verb.toLowerCase(), world.model, tense);
}

/**
 * Words looked up lately, and their tags. The lexicon is an object of some hundred thousand
 * keys: a lower-cased word is a new string V8 must find in its string table before it can look
 * it up, and the same tokens are asked about many times over. Emptied when full, so it never
 * holds more than this many words. The tags are shared: callers only read them.
 */
const TAGS_KEPT = 8192;
const tagsOf = new Map<string, string[]>();

export function lexTags(word: string): string[] {
  let tags = tagsOf.get(word);
  if (tags === undefined) {
    const v = LEX[word.toLowerCase()];
    tags = !v ? [] : Array.isArray(v) ? v : [v];
    if (tagsOf.size >= TAGS_KEPT) tagsOf.clear();
    tagsOf.set(word, tags);
  }
  return tags;
}

const has = (word: string, ...tags: string[]): boolean => lexTags(word).some((t) => tags.includes(t));

export const isFirstName = (w: string): boolean => has(w, 'FirstName', 'MaleName', 'FemaleName');
export const isLastName = (w: string): boolean => has(w, 'LastName');
export const isKnownPerson = (w: string): boolean => has(w, 'Person');
export const isKnownPlace = (w: string): boolean => has(w, 'City', 'Country', 'Place', 'Region', 'Address');
export const isKnownOrg = (w: string): boolean => has(w, 'Organization', 'SportsTeam');
export const isDemonym = (w: string): boolean => has(w, 'Demonym') || fromPlace(w);
// "Azerbaijani" <- "Azerbaijan", "Armenian" <- "Armenia": unknown demonyms are derived
// from known places so that surnames like "Pashinian" are not mistaken for one.
const fromPlace = (w: string): boolean => {
  const m = w.match(/^(\p{Lu}\p{L}+?)(n|an|ian|i|ese|ish|ean)$/u);
  if (!m) return false;
  const stem = m[1];
  return [stem, stem + 'a', stem + 'ia', stem + 'y', stem + 'e', stem + 'en'].some((c) => has(c, 'Country', 'Region', 'City', 'Place'));
};
export const isUnit = (w: string): boolean => has(w, 'Unit', 'Currency') || UNITS.has(w.toLowerCase());
export const isOrgWord = (w: string): boolean => ORG_WORDS[w.toLowerCase()] === true || ORG_EXTRA.has(w.toLowerCase());
export const isPlaceWord = (w: string): boolean => PLACE_WORDS[w.toLowerCase()] === true || PLACE_EXTRA.has(w.toLowerCase());
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'north america', 'south america', 'antarctica', 'oceania', 'west', 'the west', 'middle east']);
/** A continent or a part of the world ("Europe", "North America", "the West"). */
export const isContinent = (w: string): boolean => CONTINENTS.has(w.toLowerCase());
export const isMonth = (w: string): boolean => MONTHS.has(w.toLowerCase().replace(/\.$/, ''));
export const isWeekday = (w: string): boolean => has(w, 'WeekDay');
export const isStopword = (w: string): boolean => STOPWORDS.has(w.toLowerCase());
/** Lower-case words the lexicon knows as something other than a name ("Meeting", "Unlike"). */
export const isCommonWord = (w: string): boolean => {
  const tags = lexTags(w);
  if (tags.length === 0) return STOPWORDS.has(w.toLowerCase());
  return !tags.some((t) => /Name|Person|Place|City|Country|Region|Organization|SportsTeam|ProperNoun/.test(t));
};
/**
 * A word in everyday spoken use ("sales", "road", "countries"), as opposed to one an article
 * teaches ("leachate", "polyps", "groynes"): one of the 10,000 most used, in the form written
 * or as its singular. British spellings missing from the American list count as rare.
 */
export const isEverydayWord = (w: string): boolean => {
  const low = w.toLowerCase();
  if (COMMON_WORDS.has(low)) return true;
  const singular = low.endsWith('ies') ? [low.slice(0, -3) + 'y'] : low.endsWith('es') ? [low.slice(0, -2), low.slice(0, -1)] : low.endsWith('s') ? [low.slice(0, -1)] : [];
  return singular.some((x) => COMMON_WORDS.has(x));
};
export const isRole = (w: string): boolean => ROLES.has(w.toLowerCase()) || has(w, 'Actor');
/** Words that open a clause the sentence hangs on its main one ("When she arrived, …"), as an alternation. */
export const SUBORDINATORS = 'When|After|Before|As|Since|While|Although|Though|If|Once|Until';
/** Family words by sex, as regular-expression alternations ("husband|son|…"). */
export const MALE_FAMILY = 'husband|son|father|brother|uncle|nephew|grandfather|grandson|stepfather|stepson|widower|boyfriend';
export const FEMALE_FAMILY = 'wife|daughter|mother|sister|aunt|niece|grandmother|granddaughter|stepmother|stepdaughter|widow|girlfriend';
/** Words the lexicon tags as people that name no role a stem could stand in with: family, and people at large. */
const NOT_A_ROLE = new Set([...`${MALE_FAMILY}|${FEMALE_FAMILY}`.split('|'), ...'child children cousin partner friend colleague woman man women men girl boy person people neighbour neighbor baby'.split(' ')]);
/** A role a person holds ("councillor", "coach", "engineer"), not a family word or a person at large ("son", "woman"). */
export const isHeldRole = (w: string): boolean => !NOT_A_ROLE.has(w.toLowerCase()) && isRole(w);
/** Agents and kinds that are businesses or bodies: "the train maker", "the operator", "the union". */
const COMPANY_NOUN = /^(maker|makers|manufacturer|operator|carrier|producer|provider|retailer|supplier|developer|publisher|broadcaster|insurer|lender|builder|brewer|distributor|exporter|importer|wholesaler|chain|union|airline|regulator|watchdog|conglomerate|subsidiary|shipbuilder|carmaker|automaker|miner|utility|newspaper|paper|magazine|tabloid|bank|supermarket|broadcaster|brokerage|consultancy|group|firm|company)$/;
export const isCompanyNoun = (w: string): boolean => COMPANY_NOUN.test(w.toLowerCase());
export const isTitleWord = (w: string): boolean => TITLES.has(w.toLowerCase().replace(/\.$/, ''));

export const SPEECH_VERBS = new Set(
  'said says told tells added adds claimed claims stressed stresses argued argues explained explains noted notes wrote writes warned warns insisted insists recalled recalls asked asks replied replies answered answers declared declares announced announces admitted admits acknowledged suggested suggests remarked observed observes continued continues concluded agreed agrees complained complains urged urges predicted predicts believes thinks estimated said:'.split(
    ' ',
  ),
);

export const PRONOUNS = new Set('he she they it i we you him her them his hers its their our my your this that these those there here who which what one someone'.split(' '));

export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without about above below over under into onto upon ' +
    'as than then that this these those there here is are was were be been being am do does did have has had having ' +
    'will would shall should can could may might must not no yes it its it’s he she they them him her his hers their theirs ' +
    'we us our you your i me my mine who whom whose which what when where why how all any both each few more most other some ' +
    'such only own same too very just also even still however if because while although though after before during since until ' +
    'again further once up down out off new old many much one two several last next first'
  ).split(' '),
);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

const UNITS = new Set(
  'percent per cent % km kilometres kilometers kilometre kilometer metres meters metre meter centimetres centimetre millimetres millimetre miles mile feet foot inches inch cm mm kg kilograms kilogram grams gram tonnes tons tonne pounds lb litres litre liters liter millilitres gallons degrees °c °f hours hour minutes minute seconds second days day weeks week months month years year decades centuries dollars euros pounds yen rubles roubles drams points goals runs votes seats acres hectares species people residents students patients children votes'.split(
    ' ',
  ),
);

const ORG_EXTRA = new Set('engineering holdings partners associates consultants consulting technologies laboratories fund authority commission board bureau society company institution foundation library museum council party service ministry parliament assembly congress senate court agency institute university school club league union alliance network team fc inc ltd rovers wanderers athletic rangers united albion corp trust charity department ferries bakeries breweries foods shipping logistics railways rail airlines airways dairies primary academy review journal festival cooperative co-operative conservatory conservatoire executive inspectorate directorate tribunal ombudsman gazette herald chronicle courier tribune'.split(' '));
const PLACE_EXTRA = new Set('cinema theatre station line river lake sea ocean mountains valley reef strait province state county district region city town village park street avenue square bridge point harbour harbor quay pier wharf marina headland weir gorge ford moor fen villa yard boatyard shipyard dockyard shoals shoal sands sandbank sandbanks narrows skerries'.split(' '));

const TITLES = new Set(
  (
    'president vice prime minister secretary deputy foreign defense defence interior finance health education state chief general ' +
    'senator sen rep representative governor gov mayor chancellor king queen prince princess pope dr mr mrs ms mx prof professor sir dame lord lady ' +
    'judge justice coach captain capt director ceo chairman chairwoman chair ambassador commissioner speaker archbishop bishop ' +
    'lieutenant lt colonel col sergeant sgt officer detective inspector superintendent councillor councilman councilwoman ' +
    'assemblyman assemblywoman senior u.s u.s. us uk u.n un eu nato of the former acting first supreme'
  ).split(' '),
);

const ROLES = new Set(
  (
    'lawmaker analyst counterpart spokesman spokeswoman spokesperson official leader minister president coach striker player ' +
    'scientist researcher author professor teacher resident chef economist historian biologist physicist chemist astronomer ' +
    'astronaut commander manager founder owner expert journalist reporter editor member deputy mp activist colleague ' +
    'director principal headteacher curator pilot farmer doctor nurse engineer midfielder defender goalkeeper forward ' +
    'captain candidate opponent rival printer goldsmith geologist glaciologist librarian striker veteran goalkeeper mayor councillor envoy diplomat ambassador premier chairman ceo officer master skipper ' +
    'executive chair chairwoman chairperson secretary treasurer governor inspector superintendent chief cox rower winger fly-half referee ' +
    'trainer organiser organizer campaigner architect surveyor planner lecturer warden ranger stroke'
  ).split(' '),
);
