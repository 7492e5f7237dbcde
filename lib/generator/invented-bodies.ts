// Wrong choices for a body the article names with no other body of its kind: "University of
// Oslo" beside "University of Bergen", "Department for Education" beside "Department for
// Transport", "Southern Society of Engineers" beside "Northern …". The name keeps its kind of
// body and one word that tells it apart (a place, a people, a field, a point of the compass) is
// swapped for another of its group, as regions.ts offers a region's cities for a city. Without
// them such a body could only be typed, and a quiz's typed share is small.
import { isCommonWord, isOrgWord, isStopword, lexTags } from './lexicon';
import { regionalPlaces } from './regions';

/** Fields of a ministry or department, swapped only in such a body's name. */
const GOVERNMENT_FIELDS = 'Transport Education Health Agriculture Defence Justice Culture Environment Energy Housing Trade Finance Employment'.split(' ');
/** Words a body's name is told apart by, in groups of one sort; a word is swapped only within its group. */
const GROUPS: string[][] = [
  GOVERNMENT_FIELDS,
  ...[
  // Fields of a research institute or school.
  'Polar Marine Agricultural Geological Medical Maritime Meteorological Veterinary Technical',
  // Services of a local council.
  'Highways Planning Parks Libraries Waste Licensing',
  'Survey Statistics Mapping Census',
  'Heart Cancer Eye Dental',
  // Peoples and areas.
  'Norwegian Swedish Danish Finnish Icelandic',
  'British English Scottish Welsh Irish',
  'French German Dutch Belgian Swiss Austrian Italian Spanish Portuguese',
  'American Canadian Australian',
  'Nordic Baltic European Scandinavian',
  'Arctic Atlantic Pacific Antarctic',
  'Northern Southern Eastern Western Central',
  'North South East West',
  // "Royal Society": a body named by its standing and its sort; the sort is swapped.
  'Society Academy Institution College',
  ].map((g) => g.split(' ')),
];

const groupOf = new Map<string, string[]>();
for (const g of GROUPS) for (const w of g) if (!groupOf.has(w.toLowerCase())) groupOf.set(w.toLowerCase(), g);

/** The bodies whose names a field of government tells apart ("Department for Transport"). */
const MINISTRY = /^(?:Department|Ministry|Secretary|Minister|Office)$/;

/** "Royal Society", "National Academy": the sort is swapped only after one of these. */
const STANDING = /^(?:royal|national|imperial)$/i;

/**
 * Invented names of `answer`'s kind, each differing from it in one word, for a body's name
 * (one with an organization word: "University", "Institute", "Council", "FC"). `places` are the
 * article's other towns and cities, for a body named by its place ("Northampton Crown Court").
 * All are taken from one position of the name, so they differ from one another in that word
 * alone; the position whose swaps come from a known group is tried first.
 */
export function inventedBodies(answer: string, places: string[]): string[] {
  const words = answer.split(' ');
  if (words.length < 2 || !words.some((w) => isOrgWord(w) || w === 'FC')) return [];
  const options: Array<{ names: string[]; known: boolean }> = [];
  words.forEach((w, i) => {
    const alts = swapsFor(w, i, words, places);
    if (alts.length) options.push({ names: alts.map((alt) => [...words.slice(0, i), alt, ...words.slice(i + 1)].join(' ')), known: groupOf.has(w.toLowerCase()) });
  });
  // Enough for a question first, then a swap within a known group, then the most; else the name's order.
  const rank = (o: { names: string[]; known: boolean }): number => (o.names.length >= 3 ? 2 : 0) + (o.known ? 1 : 0);
  return [...options].sort((x, y) => rank(y) - rank(x) || y.names.length - x.names.length)[0]?.names ?? [];
}

function swapsFor(w: string, i: number, words: string[], places: string[]): string[] {
  const group = groupOf.get(w.toLowerCase());
  if (group) {
    // "Institution" is a sort of body only after a word of standing ("Royal Society").
    if (group.includes('Society') && !(i === 1 && words.length === 2 && STANDING.test(words[0]))) return [];
    // "Marrach Culture Board" for "Marrach Health Board", "Skarra Tidal Transport" for "… Energy":
    // a ministry's fields are swapped only in a ministry's or department's name.
    if (group === GOVERNMENT_FIELDS && !words.some((x) => MINISTRY.test(x))) return [];
    return rotate(group.filter((g) => g.toLowerCase() !== w.toLowerCase()), w);
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || isOrgWord(w) || isStopword(w)) return [];
  // A known city or country: others of its region first ("Oslo", "Trondheim" for "Bergen").
  const regional = [...regionalPlaces(w, 'City'), ...regionalPlaces(w, 'Country')];
  // A proper word no dictionary knows, leading the name or after "of" ("Westbrook", "Carrowmere"),
  // is the body's place: the article's other places stand in for it.
  const proper = !isCommonWord(w) && (i === 0 || words[i - 1].toLowerCase() === 'of');
  if (!regional.length && !proper) return [];
  // Towns and cities only: "Britain College" or "Europe College" is no body's name.
  const local = places.filter((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && p !== w && !words.includes(p) && !isCountryOrWider(p));
  return [...new Set([...local, ...rotate(regional, w)])];
}

/** Countries, continents and the like, which compromise's lexicon and regions.ts do not all list. */
const WIDER = /^(?:britain|europe|asia|africa|america|scandinavia|oceania|antarctica|arctic)$/i;
const isCountryOrWider = (p: string): boolean => WIDER.test(p) || lexTags(p).includes('Country') || regionalPlaces(p, 'Country').length > 0;

/** The group's other words, starting at a place set by `seed`, so choices vary by answer without randomness. */
function rotate(list: string[], seed: string): string[] {
  let h = 0;
  for (let k = 0; k < seed.length; k++) h = (h * 31 + seed.charCodeAt(k)) >>> 0;
  const at = list.length ? h % list.length : 0;
  return [...list.slice(at), ...list.slice(0, at)];
}

/** `x` and `y` are one name with one word swapped ("University of Oslo", "University of Bergen"). */
export function isOneWordSwap(x: string, y: string): boolean {
  const a = x.toLowerCase().split(' ');
  const b = y.toLowerCase().split(' ');
  if (a.length !== b.length || a.length < 2) return false;
  const diff = a.map((w, k) => (w === b[k] ? -1 : k)).filter((k) => k >= 0);
  return diff.length === 1 && !a[diff[0]].includes(b[diff[0]]) && !b[diff[0]].includes(a[diff[0]]);
}
