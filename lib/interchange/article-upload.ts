// A teacher's article as Gleaner stores it, from pasted text or an uploaded .md, .txt or
// .html file. HTML is reduced to text (no markup survives); Markdown and text keep their
// words, and front matter at the top, if any, offers title, source, URL and license.
// Server-side only (front matter parsing uses lib/content), so it is not in the index.
import { splitFrontMatter } from '../content';
import { headlineWords, htmlFragmentToText, reduceHtmlArticle } from './html-to-text';
import { InterchangeImportError } from './schema';
import { decodeUpload } from './text';

export type ArticleFileKind = 'markdown' | 'text' | 'html';

export interface ArticleDraft {
  /** The article body: LF line endings, no front matter, trimmed. */
  body: string;
  /** What the file itself says, used where the teacher left a field empty. */
  title?: string;
  source?: string;
  url?: string;
  license?: string;
}

export function articleFileKind(name: string): ArticleFileKind | null {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return null;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * Pasted text, or the text of a .md/.txt file: front matter split off and kept as suggestions.
 * `typedTitle`: the title the teacher typed, if any — a first-line headline leaves the body only
 * when it is the title (nothing typed, or the same words typed).
 */
export function readArticleText(raw: string, typedTitle?: string): ArticleDraft {
  let parsed: { data: Record<string, unknown>; body: string };
  try {
    parsed = splitFrontMatter(raw);
  } catch (e) {
    // gray-matter throws on bad YAML; say where the problem is without echoing a stack.
    const detail = e instanceof Error ? e.message.split('\n')[0] : '';
    throw new InterchangeImportError(`The front matter (the block between "---" lines at the top) could not be read${detail ? `: ${detail}` : ''}.`);
  }
  const { data } = parsed;
  const fields = { source: str(data.source), url: str(data.url), license: str(data.license) };
  const title = str(data.title);
  // A page pasted whole reads as an uploaded .html file would: its article text and title.
  if (HTML_DOCUMENT.test(parsed.body)) {
    const reduced = reduceHtmlArticle(parsed.body);
    return { body: reduced.text.trim(), title: title ?? (reduced.title?.trim() || undefined), ...fields };
  }
  const body = withoutHtmlMarkup(parsed.body);
  if (title) {
    // Front matter's title repeated as the body's opening heading ("# Why glaciers shrink") would
    // show twice, under the page's own heading.
    const repeated = splitHeadline(body.trim());
    const opensWithHeading = /^#{1,6}[ \t]/.test(body.trim());
    if (repeated && opensWithHeading && headlineWords(repeated.title) === headlineWords(title)) return { body: repeated.rest, title, ...fields };
    return { body: body.trim(), title, ...fields };
  }
  const headline = splitHeadline(body.trim());
  if (headline && (!typedTitle?.trim() || headlineWords(typedTitle) === headlineWords(headline.title))) return { body: headline.rest, title: headline.title, ...fields };
  return { body: body.trim(), title, ...fields };
}

/** A whole web page: a doctype or an <html> element at the top. */
const HTML_DOCUMENT = /^\s*(?:<!doctype\s+html|<html[\s>])/i;
/** An HTML element of the kinds a copied web page carries. */
const HTML_TAG = /<\/?(?:p|div|span|br|hr|b|i|u|em|strong|small|sup|sub|a|h[1-6]|ul|ol|li|blockquote|table|thead|tbody|tr|td|th|section|article|main|header|footer|figure|figcaption|img|font|center)\b[^<>]*>/i;

/**
 * Paragraphs carrying HTML are reduced to their text; the rest stays Markdown. The article
 * page renders Markdown without raw HTML, so a paragraph left as `<p>…</p>` would vanish from
 * the page while questions were still drawn from it (tags and all).
 */
function withoutHtmlMarkup(body: string): string {
  if (!HTML_TAG.test(body)) return body;
  return body
    .split(/\n[ \t]*\n/)
    .map((block) => (HTML_TAG.test(block) ? htmlFragmentToText(block) : block))
    .filter((block) => block.trim())
    .join('\n\n');
}

/** Lines that open an article without being its headline: Markdown blocks, bylines, credits. */
const NOT_A_HEADLINE_START = /^(?:[-*+][ \t]|\d+[.)][ \t]|>|\||!\[|\*|_|`|by[ \t]|(?:photo|image|picture|credit|updated|published|posted|share|listen|watch|advertisement)\b)/i;
/** Endings of a sentence, a clause or a dateline ("LONDON (Reuters) -"), quotes and brackets included. */
const NOT_A_HEADLINE_END = /(?:[.,;:…\-–—]|[.!?…]["'”’)\]]+)$/;

/**
 * A pasted article usually opens with its headline on a line of its own ("The Okapi", or
 * "# The Okapi" in Markdown): that line is the title, not a paragraph to draw questions from.
 * A headline: one line, followed by a blank line and more text; a Markdown heading with words, or
 * a short line (at most 15 words) that is not a list item, quote, table, image, byline or credit
 * and does not end like a sentence, a clause or a dateline.
 */
export function splitHeadline(body: string): { title: string; rest: string } | null {
  const match = /^([^\n]+)\n[ \t]*\n([\s\S]*\S[\s\S]*)$/.exec(body);
  if (!match) return null;
  const line = match[1].trim();
  const heading = /^#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(line);
  const title = heading ? heading[1].trim() : line;
  if (!/\p{L}/u.test(title) || title.length > 200) return null;
  const looksLikeHeadline =
    heading !== null || (title.split(/\s+/).length <= 15 && !NOT_A_HEADLINE_START.test(title) && !NOT_A_HEADLINE_END.test(title));
  return looksLikeHeadline ? { title, rest: match[2].trim() } : null;
}

/** An uploaded article file; throws InterchangeImportError with a message for the teacher. */
export function readArticleFile(name: string, bytes: Uint8Array, typedTitle?: string): ArticleDraft {
  const kind = articleFileKind(name);
  if (!kind) throw new InterchangeImportError('Upload a .md, .txt or .html file.');
  const raw = decodeUpload(bytes, kind === 'html' ? 'HTML' : kind === 'markdown' ? 'Markdown' : 'text', 'a .md, .txt or .html file');
  if (kind !== 'html') return readArticleText(raw, typedTitle);
  const reduced = reduceHtmlArticle(raw);
  return { body: reduced.text.trim(), title: reduced.title?.trim() || undefined };
}
