// True/false statements: a sentence as written, or with one entity swapped for
// another of its kind, kept only if the article does not say the swapped version.
import nlp from 'compromise';
import { contentWords, hashString, pickDistractors, type Pools } from '../distractors';
import { isExercisePrompt } from '../exercises';
import { isStopword } from '../lexicon';
import { tidy } from '../markup';
import { articleTopic } from '../topic';
import { isGlossedShortForm, SPEAKER_LABEL, withoutLabel } from './cloze';
import type { Analysis, Mention } from '../types';
import { perArticleWord, writtenAs } from '../article-memo';
import { clamp01, containsTerm, explain, makeId, sourceOf, type Candidate } from './candidate';
import { hasFiniteVerb } from './reduce-clauses';

const MAX_CHECK = 40;
/** What a true statement with no false reading costs: asked only when nothing else is left. */
const UNFALSIFIABLE_COST = 1;
const WORSHIP = /\b(?:Church|Chapel|Cathedral|Abbey|Minster|Priory|Mosque|Temple|Synagogue|Basilica)$/;

// A bound before an amount, count or date ("more than 25 kg", "up to 60,000 bees", "since
// 2004"): another value there may still be true ("more than 13 kg"), so it is not swapped.
const BOUND_BEFORE = /\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|better|worse)\s+than|over|under|above|below|at\s+(?:least|most)|up\s+to|upwards\s+of|as\s+(?:many|much|few|little)\s+as|nearly|almost|about|around|roughly|approximately|some|before|after|since|by|until|till|from|between)\s+$/i;
const BOUND_START = /^(?:more|less|fewer|over|under|about|around|nearly|almost|up\s+to|at\s+(?:least|most))\b/i;
const isBounded = (m: Mention, lead: string): boolean =>
  (m.kind === 'quantity' || m.kind === 'date') && (BOUND_BEFORE.test(lead) || BOUND_START.test(m.text.trim()));

const RANGE_END = /(?:\bbetween\s+\S+\s+and|\bfrom\s+\S+\s+to|(?:\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s*(?:to|or|[–-]))\s*$/i;
/**
 * A verb the lexicon knows, or one it reads otherwise: "packed", "turned" (in -ed), "costs the
 * yard" (in -s before an article or a figure).
 */
const statesSomething = (t: string): boolean =>
  hasFiniteVerb(t) || /\b\p{Ll}{2,}ed\b/u.test(t) || /\b(?:will|would|can|could|may|might|must|should)\b/.test(t) || /\b\p{Ll}{3,}s\s+(?:the|a|an|about|some|\d|[£$€])/u.test(t) ||
  // The rest ("officers expect", "a fault left …"), few, are read whole.
  nlp(t).has('#Verb');

/** "that game", "this figure": a thing named only by the sentence before. */
const POINTS_BACK_TO = /\b(?:that|those|this|these)\s+(?:game|games|match|matches|figure|figures|plan|plans|decision|move|scheme|deal|number|numbers|amount|case|rule|change|idea|one|ones)\b/i;
const CARRIED_ON = /^(?:so|but|and|or|yet|then|also|however|instead|still|thus|therefore|meanwhile)\b/i;
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us|me)\b/;

export function trueFalseCandidates(a: Analysis, pools: Pools): Candidate[] {
  const out: Candidate[] = [];
  for (const s of a.sentences) {
    const statement = withoutLabel(a, s.index, tidy(s.text));
    const words = statement.split(' ').length;
    // "… will pay a total of £1.6 million, including:" opens a list: no statement to judge alone.
    if (words < 7 || words > 40 || /[“”"]/.test(statement) || /[?:]$/.test(statement) || isExercisePrompt(statement)) continue;
    const mentions = a.bySentence[s.index].filter((m) => m.kind !== 'number');
    if (!mentions.length || !/^[\p{Lu}\p{N}]/u.test(statement)) continue;
    // "I opened hive after hive …", "Q: You won the prize …": whose words they are is not in the statement.
    if (/^(he|she|they|it|this|these|those|its|his|her|their|i|you|we|my|our|your)\b/i.test(statement) || SPEAKER_LABEL.test(statement)) continue;
    // "So the only difference …", "For 26 years I've been raising queens …", "When you study other
    // towns, look for …": a statement carried on from the sentence before, or in someone's own
    // words, or telling the reader to do something, is no claim to judge alone.
    if (CARRIED_ON.test(statement) || FIRST_OR_SECOND_PERSON.test(statement)) continue;
    // "Kangaroo Island at first light, low and grey.", a diary's note with no verb, states nothing;
    // "The winners of that game will earn …" points back to a sentence the pupil does not see.
    if (!statesSomething(statement) || POINTS_BACK_TO.test(statement)) continue;
    const source = sourceOf(a, s.index, s.index);
    const explanation = explain(a, s.index, s.index);
    // A statement spends its whole sentence: one dense with facts is better asked about
    // fact by fact, so statements prefer sentences with few names and numbers.
    const base = a.salience[s.index] + 0.55 - 0.1 * Math.max(0, a.bySentence[s.index].length - 1);
    // Which reading of the sentence a quiz prefers, its own words or one changed, is a coin the
    // statement tosses: with the changed one always preferred, four statements in five were false
    // and a pupil who always answered "false" scored 80 %.
    const falseFirst = hashString(statement) % 2 === 0;
    // "At the surface, karst has its own landforms.": a sentence no fact of which can be swapped
    // has no false reading, and asked as it stands it only asks the pupil to agree with the article:
    // the last thing a quiz is filled with.
    const swapped = swap(a, pools, mentions);
    out.push({
      id: makeId('term', 'true_false', 'true', s.start, statement),
      type: 'true_false',
      kind: mentions[0].kind,
      prompt: statement,
      choices: ['True', 'False'],
      answer: 'true',
      explanation,
      difficulty: 0.25,
      source,
      score: base + (falseFirst ? 0 : 0.1) - (swapped ? 0 : UNFALSIFIABLE_COST),
      factKey: `tf:${s.index}`,
      sentence: s.index,
      giveaway: [],
    });
    if (swapped) {
      out.push({
        id: makeId(swapped.kind, 'true_false', 'false', s.start, swapped.prompt),
        type: 'true_false',
        kind: swapped.kind,
        prompt: swapped.prompt,
        choices: ['True', 'False'],
        answer: 'false',
        explanation,
        difficulty: clamp01(0.4 + (swapped.kind === 'date' || swapped.kind === 'quantity' ? 0.15 : 0)),
        source,
        score: base + (falseFirst ? 0.1 : 0),
        factKey: `tf:${s.index}`,
        sentence: s.index,
        giveaway: [],
      });
    }
  }
  return out;
}

function swap(a: Analysis, pools: Pools, mentions: Mention[]): { prompt: string; kind: Mention['kind'] } | null {
  // Swap the entity the sentence is most about: rarer kinds (dates, amounts) first.
  // Terms are too mixed a kind ("Messenger RNA", "COVID-19") for a swap to read as a fair claim.
  // "The Transport Salaried Staffs' Association (RSWU)": a short form beside the name it stands
  // for is told false by its letters, not by what the article says.
  // "The Endeavour River is the largest coral reef system on Earth": the thing the article is about,
  // swapped, makes a statement false on its face.
  const topic = articleTopic(a);
  const order = mentions.filter((m) => m.kind !== 'term' && !isGlossedShortForm(a, m) && m.key !== topic).sort((x, y) => rank(x) - rank(y) || x.start - y.start);
  for (const m of order) {
    const s = a.sentences[m.sentence];
    const answer = tidy(m.text);
    const d = pickDistractors(a, m.kind, m.key, answer, tidy(s.text), pools, 1);
    if (!d) continue;
    const replacement = d.values[0];
    // "A window in Geological Society of London was dedicated …": a church is swapped only for another.
    if (WORSHIP.test(answer) !== WORSHIP.test(replacement)) continue;
    // "more than 400 species … and more than 400 species": a swap must not repeat a value.
    if (containsTerm(tidy(s.text), replacement)) continue;
    // "a Alvin", "an Baku": an article before a swapped name reads wrong either way.
    const lead = a.masked.slice(s.start, m.start);
    if (isBounded(m, lead)) continue;
    // "restored between 1998 and 2003", "12 to 48 hours": the far end of a range, swapped, may run
    // it backwards ("between 1998 and 1868").
    if ((m.kind === 'date' || m.kind === 'quantity' || m.kind === 'number') && RANGE_END.test(lead)) continue;
    if (/\b(a|an)\s+$/i.test(lead) || (/\bthe\s+$/i.test(lead) && /^\p{Lu}{2,}$/u.test(replacement))) continue;
    // "cleaning at the New York": a name the article never writes after "the" cannot take its place
    // after one (as a modifier it can: "the Tellan catchment" → "the Millbridge catchment").
    const next = /^\s+(\p{L}+)/u.exec(a.masked.slice(m.end, s.end))?.[1];
    const modifies = next !== undefined && /^\p{Ll}/u.test(next) && !isStopword(next);
    if (/\bthe\s+$/i.test(lead) && /^\p{Lu}/u.test(replacement) && !modifies && !writtenAfterThe(a, replacement)) continue;
    const prompt = withoutLabel(a, m.sentence, tidy(a.masked.slice(s.start, m.start) + replacement + a.masked.slice(m.end, s.end)));
    if (saidElsewhere(a, pools, prompt, replacement, m.sentence)) continue;
    return { prompt, kind: m.kind };
  }
  return null;
}

/** Whether the article writes `name` after "the" anywhere. */
const writtenAfterThe = perArticleWord((a, name) => writtenAs(a, name, (lead) => /\bthe\s+$/i.test(lead)));

const rank = (m: Mention): number => ({ date: 0, quantity: 1, person: 2, organization: 3, place: 4, term: 5, number: 6 })[m.kind];

function saidElsewhere(a: Analysis, pools: Pools, prompt: string, replacement: string, sentence: number): boolean {
  const words = new Set(contentWords(prompt));
  const where = pools.sentencesByName.get(replacement.toLowerCase()) ?? [];
  for (const i of where.slice(0, MAX_CHECK)) {
    if (i === sentence) continue;
    const other = contentWords(a.sentences[i].text);
    const shared = other.filter((w) => words.has(w)).length;
    if (shared / Math.max(1, Math.min(words.size, other.length)) > 0.5) return true;
  }
  return false;
}
