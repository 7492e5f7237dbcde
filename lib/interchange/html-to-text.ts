// Reduces HTML to the plain article text Gleaner stores: paragraphs separated by blank
// lines, headings as "## ", list items as "- ". It parses with parse5 (the WHATWG
// algorithm browsers use) and emits only decoded text nodes, so no markup survives.
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { InterchangeImportError } from './schema';
import { normalizeBlock } from './text';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

/** Pages carry inline scripts and styles, so the HTML limit is looser than for question files. */
export const HTML_MAX_BYTES = 5_000_000;

// Never text a reader meant to read: code, embedded media, form controls, site chrome.
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'select', 'textarea', 'input', 'nav', 'aside', 'form', 'head', 'img', 'picture',
  'video', 'audio', 'map', 'dialog', 'footer',
]);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'figure', 'figcaption', 'table',
  'thead', 'tbody', 'tfoot', 'tr', 'caption', 'ul', 'ol', 'dl', 'dd', 'address', 'hr', 'details',
  'summary', 'center', 'fieldset', 'legend', 'body', 'html',
]);

type BlockKind = 'para' | 'heading' | 'item';
interface Block {
  kind: BlockKind;
  text: string;
  /** The element that made the block, when it was one (h1…h6, li, dt). */
  tag?: string;
}

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isHidden(el: Element): boolean {
  const role = attr(el, 'role');
  return attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true' || (role !== undefined && SKIPPED_ROLES.has(role));
}

function textContent(node: ChildNode): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!('childNodes' in node) || node.nodeName === 'template') return '';
  return node.childNodes.map(textContent).join('');
}

class Reducer {
  readonly blocks: Block[] = [];
  private buffer = '';
  private kind: BlockKind = 'para';
  private tag: string | undefined;

  constructor(private readonly dropPageHeaders: boolean) {}

  flush(): void {
    const text = this.buffer
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line.length > 0)
      .join('\n');
    if (text) this.blocks.push({ kind: this.kind, text, ...(this.tag ? { tag: this.tag } : {}) });
    this.buffer = '';
    this.kind = 'para';
    this.tag = undefined;
  }

  walkChildren(node: ParentNode): void {
    for (const child of node.childNodes) this.walk(child);
  }

  private asBlock(kind: BlockKind, el: Element): void {
    this.flush();
    this.kind = kind;
    this.tag = el.tagName;
    this.walkChildren(el);
    this.flush();
  }

  walk(node: ChildNode): void {
    if (node.nodeName === '#text') {
      // HTML whitespace is layout, not content; only <br> and blocks break lines.
      this.buffer += (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
      return;
    }
    if (!('tagName' in node)) return; // comments, doctype
    const el = node as Element;
    const tag = el.tagName;
    if (SKIPPED.has(tag) || isHidden(el) || (tag === 'header' && this.dropPageHeaders)) return;
    if (tag === 'br') this.buffer += '\n';
    else if (/^h[1-6]$/.test(tag)) this.asBlock('heading', el);
    else if (tag === 'li' || tag === 'dt') this.asBlock('item', el);
    else if (tag === 'pre') {
      this.flush();
      this.buffer = textContent(el);
      this.flush();
    } else if (tag === 'td' || tag === 'th') {
      if (this.buffer.trim()) this.buffer += ' | ';
      this.walkChildren(el);
    } else if (BLOCKS.has(tag)) {
      this.flush();
      this.walkChildren(el);
      this.flush();
    } else this.walkChildren(el);
  }
}

function render(blocks: Block[]): string {
  let out = '';
  blocks.forEach((block, i) => {
    const oneLine = block.text.replace(/\n/g, ' ');
    const line = block.kind === 'heading' ? `## ${oneLine}` : block.kind === 'item' ? `- ${oneLine}` : block.text;
    // Consecutive list items stay a tight Markdown list; everything else is its own paragraph.
    const tight = i > 0 && block.kind === 'item' && blocks[i - 1].kind === 'item';
    out += (i === 0 ? '' : tight ? '\n' : '\n\n') + line;
  });
  return normalizeBlock(out);
}

/** Elements named `tag`, in document order; `skipChrome` ignores those inside skipped parts (an <aside>'s teasers). */
function findAll(node: ParentNode, tag: string, skipChrome = true, found: Element[] = []): Element[] {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === tag) found.push(child);
    if (!skipChrome || !SKIPPED.has(child.tagName)) findAll(child, tag, skipChrome, found);
  }
  return found;
}

export interface ReducedArticle {
  /** The page's <title>, or its first <h1>, if any. */
  title: string | null;
  text: string;
}

/** Reduces a whole web page; a single <article> (else <main>) is taken as the content. */
export function reduceHtmlArticle(html: string): ReducedArticle {
  if (html.length > HTML_MAX_BYTES) {
    throw new InterchangeImportError(`The page is too large (${html.length} characters; the limit is ${HTML_MAX_BYTES / 1_000_000} MB).`);
  }
  const doc = parse(html);
  const articles = findAll(doc, 'article');
  const root = articles.length === 1 ? articles[0] : (findAll(doc, 'main')[0] ?? findAll(doc, 'body')[0] ?? doc);
  // A page-level <header> is the site banner; inside the chosen article it holds the headline.
  const reducer = new Reducer(root.nodeName !== 'article' && root.nodeName !== 'main');
  reducer.walkChildren(root);
  reducer.flush();
  const titleEl = findAll(doc, 'title', false)[0] ?? findAll(root, 'h1')[0];
  const title = titleEl ? textContent(titleEl).replace(/\s+/g, ' ').trim() : '';
  return { title: title || null, text: render(withoutRepeatedHeadline(reducer.blocks, title)) };
}

/** A headline or title as compared with another: spacing and capitals do not count. */
export function headlineWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The page's headline opening the text again under the article's title (which Gleaner shows
 * as the page heading) is dropped: an <h1> equal to the title, or the start of it ("Honeybees"
 * under "Honeybees – Nature Notes"). A section heading (h2…h6) always stays.
 */
function withoutRepeatedHeadline(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if (!first || first.tag !== 'h1' || !title) return blocks;
  const headline = headlineWords(first.text);
  const wholeTitle = headlineWords(title);
  return headline && (wholeTitle === headline || wholeTitle.startsWith(`${headline} `)) ? blocks.slice(1) : blocks;
}

/** Plain article text from a web page (see reduceHtmlArticle). */
export function htmlToArticleText(html: string): string {
  return reduceHtmlArticle(html).text;
}

/** Plain text from an HTML snippet, e.g. a Moodle question's text; nothing is taken as page chrome. */
export function htmlFragmentToText(html: string): string {
  const reducer = new Reducer(false);
  reducer.walkChildren(parseFragment(html));
  reducer.flush();
  return render(reducer.blocks);
}
