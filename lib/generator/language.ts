// Whether an article is English, by its function words. The generator's rules (names, roles,
// "said X", units, dates) are English; on French or German text they splice English words into
// foreign sentences ("de several heures") and misread numbers ("1 500" as 1 and 500), so such an
// article is refused with a reason the app can show, instead of drawing nonsense.
//
// Why function words and not a trigram library (franc, 82 languages): the question here is only
// "English or not", and the share of the commonest English words ("the", "of", "and", "was") is a
// strong, stable signal on any prose of a few dozen words, which trigram detectors read poorly on
// short texts and on English dense with foreign names. It needs no dependency, costs one pass over
// at most SAMPLE_WORDS words, and the same lists for a few other languages name the one the teacher
// pasted. Names and loanwords are not function words, so an English article about Kivik, Skåne and
// "la dolce vita" stays English.

/** Enough words to judge; a shorter text (a title, one sentence) is given the benefit of the doubt. */
const MIN_WORDS = 20;
/** Only the opening is read, so a 50,000-word article costs no more than a long one. */
const SAMPLE_WORDS = 3000;
/** English prose runs at 30–45 % function words from this list; a foreign article at under 5 %. */
const ENGLISH_SHARE = 0.12;
/** Another language must show clearly in its own function words before the text is called it. */
const OTHER_SHARE = 0.15;
/** Letters outside the Latin script, above this share, mean another script (Cyrillic, Greek, CJK …). */
const OTHER_SCRIPT_SHARE = 0.5;

const list = (s: string): Set<string> => new Set(s.split(' '));

const ENGLISH = list(
  'the of and to in is was that for it with as on by at from his her he she they are were be been has have had this which who an but not or their its will would after about into than said also there these those we our you when what one two more most other some such only over new',
);

/** Function words of the languages teachers are most likely to paste by mistake, by ISO 639-1 code. */
const OTHERS: Record<string, { name: string; words: Set<string> }> = {
  fr: { name: 'French', words: list('le la les des du de et est une un dans pour que qui sur au aux avec par pas ne se ce cette il elle sont ont été plus son sa ses mais comme leur était nous vous ils elles où aussi') },
  es: { name: 'Spanish', words: list('el la los las de del y en que es un una por con para se su sus al lo como más pero fue ha son está este esta entre sobre también muy sin hay desde') },
  de: { name: 'German', words: list('der die das und ist nicht mit von zu den dem des ein eine einer sich auf für im auch es als wird wurde sind hat bei nach aus oder aber wie vor über noch nur') },
  it: { name: 'Italian', words: list('il lo la gli le di del della e è che non per un una con da nel nella sono si anche più come ma dei delle alla questo questa stato') },
  pt: { name: 'Portuguese', words: list('o a os as de do da dos das e é que em no na um uma para com por não se mais como foi ao pelo pela também seu sua está são') },
  nl: { name: 'Dutch', words: list('de het een en van in is dat op te voor met zijn niet er aan ook als bij door naar werd om wordt maar nog dit deze') },
  sv: { name: 'Swedish', words: list('och att det som en på är av för med till den har de inte om ett var men jag vi från när efter eller också') },
};

export type LanguageGuess = { isEnglish: true } | { isEnglish: false; language: string | null; name: string | null };

/**
 * English, or the language the text looks like (an ISO 639-1 code and its English name; null for
 * another script or a Latin-script language without a profile here).
 */
export function guessLanguage(text: string): LanguageGuess {
  const { letters, latin } = letterCounts(text);
  if (letters >= MIN_WORDS * 4 && (letters - latin) / letters > OTHER_SCRIPT_SHARE) {
    return { isEnglish: false, language: null, name: null };
  }
  const words = sampleWords(text.toLowerCase());
  if (words.length < MIN_WORDS) return { isEnglish: true };
  const share = (set: Set<string>): number => words.filter((w) => set.has(w)).length / words.length;
  const english = share(ENGLISH);
  if (english >= ENGLISH_SHARE) return { isEnglish: true };
  let best: { code: string; share: number } | null = null;
  for (const [code, { words: set }] of Object.entries(OTHERS)) {
    const s = share(set);
    if (!best || s > best.share) best = { code, share: s };
  }
  // A list of names, figures or headings has few function words of any language: no grounds to refuse.
  if (!best || best.share < OTHER_SHARE || best.share < english * 2) return { isEnglish: true };
  return { isEnglish: false, language: best.code, name: OTHERS[best.code].name };
}

const LETTER = /^\p{L}$/u;
const LATIN = /\p{Script=Latin}/u;
/** For each UTF-16 unit below 0x10000 seen so far: 3 a Latin letter, 2 another letter, 1 no letter, 0 not yet looked up. */
const unitClass = new Uint8Array(0x10000);

/**
 * How many letters `text` has, and how many of them are Latin, as `text.match(/\p{L}/gu)` and a
 * Latin test of each would count them: a table lookup per character, where the match builds a
 * string for every letter of the article.
 */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair is one character, looked up whole.
      const pair = text.slice(i, i + 2);
      if (LETTER.test(pair)) {
        letters++;
        if (LATIN.test(pair)) latin++;
      }
      i++;
      continue;
    }
    let v = unitClass[c];
    if (v === 0) {
      const unit = String.fromCharCode(c);
      unitClass[c] = v = !LETTER.test(unit) ? 1 : LATIN.test(unit) ? 3 : 2;
    }
    if (v >= 2) letters++;
    if (v === 3) latin++;
  }
  return { letters, latin };
}

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
/** The first SAMPLE_WORDS words in Latin script, found one by one: the rest are never read. */
function sampleWords(lower: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m && out.length < SAMPLE_WORDS; m = WORD.exec(lower)) if (LATIN.test(m[0])) out.push(m[0]);
  return out;
}

/** The English name of a language code `guessLanguage` gives, or null for any other string. */
export function languageName(code: string | undefined): string | null {
  return code && Object.hasOwn(OTHERS, code) ? OTHERS[code].name : null;
}

/** The sentence the app shows a teacher when an article is refused for its language. */
export function notEnglishMessage(name: string | null): string {
  return `Gleaner draws questions from English text; this article looks like ${name ?? 'another language'}.`;
}
