// Decides which lines are prose worth questioning. Headlines, bylines, captions,
// tables and reader comments are left out (issue: "not turned into questions").

export interface ProseLine {
  start: number;
  end: number;
  isListItem: boolean;
}

const HEADING = /^\s{0,3}(#{1,6}\s|<h[1-6]\b)/i;
const SETEXT = /^\s{0,3}(=+|-{2,})\s*$/;
const BYLINE = /^\s*(by|written by|reporting by|words by|story by|text by|interview by)\s+\S/i;
const CAPTION =
  /^\s*[([]?\s*(photo|photos|photograph|image|picture|caption|credit|credits|source|file photo|video|watch|listen|read more|read also|related|see also|advertisement|share|subscribe|tags?|updated|published|posted|illustration|graphic|getty images)\b\s*(by\b|[:|—–-])/i;
const COMMENTS_START = /^\s*(#+\s*)?(\d+\s+)?(reader\s+)?(comments?|responses|replies|leave a (comment|reply)|join the discussion)\s*(\(\d+\))?:?\s*$/i;
const COMMENT_META = /^\s*(reply|report( abuse)?|like|share|\d+ (likes?|replies)|posted by\b.*|\S+ (wrote|commented|says):?)\s*$/i;
/**
 * A press release's boilerplate: "About Kestrel Thermal: …" (the standard company description),
 * "Media contact: …", "Notes to editors". It is the sender's blurb, not the news.
 */
const BOILERPLATE = /^\s*(about\s+\p{Lu}[^:\n]{0,60}:\s|(media|press)\s+(contacts?|enquiries|inquiries|office)\b|notes?\s+(to|for)\s+editors\b|ends\s*$|###\s*$)/iu;
/**
 * "*Quarrymen at the Penhallow slate workings, photographed around 1905. Courtesy of the
 * Vellanoweth Heritage Society.*": a paragraph set wholly in emphasis that credits a picture is
 * its caption, whatever it opens with.
 */
const EMPHASIS_LINE = /^\s*([*_])(?!\s)[^]*\S\1\s*$/;
const PICTURE_CREDIT = /\b(?:courtesy\s+of|photographed|pictured|photograph|photo|picture|image|illustration|credit)\b|©/i;
/**
 * "*Ffion Cadwaladr-Osei inspects a frame at her apiary.*", "*Drummacree captain Ronan Mac Giolla
 * Rua lifts the Ashgrove Cup on Sunday.*": one sentence in emphasis telling what a person, named in
 * full, is seen doing, in the present and with no figure, is a picture's caption. Not a standfirst
 * ("*The council cuts funding for rural buses by 20% …*"). Not an interview's opening lines ("*Tomas
 * Lindgren grows apples … He chairs …*"), which say what someone does, not what a picture shows.
 */
const PICTURE_ACTION = /^\s*([*_])(?:\p{Lu}\p{Ll}+\s+\p{Ll}+\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){2,4}(?:inspects|lifts|holds|raises|celebrates|poses|stands|sits|walks|looks|watches|examines|waves|greets|carries|tends|checks|addresses|plays|kisses|hugs|shakes|points|smiles|arrives|leaves|signs|cuts|opens)\s[^.!?*_\d]*[.!?]?\1\s*$/u;
const TERMINAL = /[.!?…]["”’')\]]*\s*$/;
const LIST = /^\s{0,3}([-*+•]|\d{1,3}[.)])\s+/;
const TABLE = /^\s*\|/;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Returns prose lines in order, plus paragraph numbers so quotes can continue within one. */
export function findProseLines(body: string, masked: string): Array<ProseLine & { para: number }> {
  const out: Array<ProseLine & { para: number }> = [];
  const raw = body.split('\n');
  const mask = masked.split('\n');
  let offset = 0;
  let para = 0;
  let prevBlank = true;
  let inComments = false;
  let seenProse = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    const m = mask[i] ?? '';
    const start = offset;
    offset += line.length + 1;
    const nextRaw = raw[i + 1] ?? '';
    const isBlank = m.trim().length === 0;
    if (isBlank) {
      if (!prevBlank) para++;
      prevBlank = true;
      continue;
    }
    const wasPrevBlank = prevBlank;
    prevBlank = false;
    if (inComments) continue;
    if (COMMENTS_START.test(line) && seenProse) {
      inComments = true;
      continue;
    }
    const words = wordCount(m);
    const isList = LIST.test(line);
    const skip =
      HEADING.test(line) ||
      SETEXT.test(line) ||
      SETEXT.test(nextRaw) ||
      TABLE.test(line) ||
      (BYLINE.test(line) && words <= 12) ||
      CAPTION.test(line) ||
      (EMPHASIS_LINE.test(line) && PICTURE_CREDIT.test(line)) ||
      PICTURE_ACTION.test(line) ||
      BOILERPLATE.test(line) ||
      COMMENT_META.test(line) ||
      isTitleLike(m, words, wasPrevBlank, nextRaw.trim() === '', !seenProse, isList);
    if (skip) {
      para++;
      continue;
    }
    seenProse = true;
    const trimmedEnd = start + m.replace(/\s+$/, '').length;
    const lead = m.length - m.replace(/^\s+/, '').length;
    out.push({ start: start + lead, end: trimmedEnd, isListItem: isList, para });
    // One line per paragraph is the common plain-text layout; wrapped Markdown continues.
    if (TERMINAL.test(m) || isList) para++;
  }
  return out;
}

function isTitleLike(
  masked: string,
  words: number,
  prevBlank: boolean,
  nextBlank: boolean,
  isFirst: boolean,
  isList: boolean,
): boolean {
  if (TERMINAL.test(masked)) return false;
  if (isList) return words < 5;
  if (words <= 12 && ((prevBlank && nextBlank) || isFirst)) return true;
  const tokens = masked.trim().split(/\s+/);
  const capped = tokens.filter((t) => /^[\p{Lu}\d]/u.test(t)).length;
  return words <= 16 && capped / tokens.length > 0.6;
}
