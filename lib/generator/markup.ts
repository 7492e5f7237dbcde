// Markup is blanked with spaces rather than removed so every offset into the
// masked text is also an offset into the body (DESIGN.md, "Provenance").

const blank = (s: string): string => s.replace(/[^\n]/g, ' ');

export function maskMarkup(body: string): string {
  let t = body;
  t = t.replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, blank);
  t = t.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, blank);
  t = t.replace(/<!--[\s\S]*?-->/g, blank);
  t = t.replace(/<\/?[a-zA-Z][^<>]{0,500}>/g, blank);
  t = t.replace(/&(amp|nbsp|quot|lt|gt|#\d{1,6}|#x[0-9a-f]{1,6});/gi, (m, name: string) => {
    const ch = name === 'amp' ? '&' : name === 'quot' ? '"' : ' ';
    return ch + ' '.repeat(m.length - 1);
  });
  // Images vanish; links keep their text.
  t = t.replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)/g, blank);
  t = t.replace(/\]\([^)\n]{0,500}\)/g, blank);
  t = t.replace(/https?:\/\/[^\s)]+/g, blank);
  // Square brackets mark editorial insertions ("Prime Minister [Nikol] Pashinian").
  t = t.replace(/[[\]`]|\*+|~~/g, blank);
  t = t.replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, blank);
  // Line-leading Markdown markers: headings, block quotes, bullets, numbered items.
  t = t.replace(/^[ \t]{0,3}(#{1,6}[ \t]|>[ \t>]*|[-+•][ \t]+|\d{1,3}[.)][ \t]+)/gm, blank);
  return maskDatelines(t);
}

/**
 * A press release's or wire report's dateline ("DUNMORE, 14 October 2026 — ", "OSLO (Reuters) — ")
 * opens a paragraph with a place in capitals and a dash: it is a header, not part of the first
 * sentence, and a stem that starts with it reads badly and spends the sentence on the release date.
 */
export function maskDatelines(t: string): string {
  return t.replace(/^([ \t]*)(\p{Lu}[\p{Lu}\p{M}.'’ -]{2,40}(?:\s*\([^)\n]{1,30}\))?(?:,[^\n—–.]{1,40})?\s*[—–]\s*)(?=\p{Lu}|["“])/gmu, (m, lead: string, head: string) =>
    /\p{Lu}{3}/u.test(head) && !/\p{Ll}/u.test(head.split(/[,(]/)[0]) ? lead + blank(head) : m,
  );
}

/** Collapses whitespace for display; the masked text keeps offsets, this keeps readability. */
/** The text with its first letter in capitals: "the council" -> "The council". */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function tidy(text: string): string {
  // Most text has only single spaces between words: then there is nothing to collapse, and the
  // test is far cheaper than a replace that builds a new string.
  const t = (NEEDS_TIDYING.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  // "(*Heleophryne hallorini*)" with its emphasis masked reads "( Heleophryne hallorini )".
  return t.includes('( ') || t.includes(' )') ? t.replace(/\( /g, '(').replace(/ \)/g, ')') : t;
}
/** Two whitespace characters in a row, or one that is not a plain space. */
const NEEDS_TIDYING = /\s\s|[^\S ]/;

/** How many words `tidy(text)` has, as `tidy(text).split(' ').length` counts them, without building the array. */
export function tidyWordCount(text: string): number {
  const t = tidy(text);
  let n = 1;
  for (let at = t.indexOf(' '); at >= 0; at = t.indexOf(' ', at + 1)) n++;
  return n;
}
