// A teacher's article as Gleaner stores it, from pasted text or an uploaded .md, .txt or
// .html file. HTML is reduced to text (no markup survives); Markdown and text keep their
// words, and front matter at the top, if any, offers title, source, URL and license.
// Server-side only (front matter parsing uses lib/content), so it is not in the index.
import { splitFrontMatter } from '../content';
import { reduceHtmlArticle } from './html-to-text';
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

/** Pasted text, or the text of a .md/.txt file: front matter split off and kept as suggestions. */
export function readArticleText(raw: string): ArticleDraft {
  let parsed: { data: Record<string, unknown>; body: string };
  try {
    parsed = splitFrontMatter(raw);
  } catch (e) {
    // gray-matter throws on bad YAML; say where the problem is without echoing a stack.
    const detail = e instanceof Error ? e.message.split('\n')[0] : '';
    throw new InterchangeImportError(`The front matter (the block between "---" lines at the top) could not be read${detail ? `: ${detail}` : ''}.`);
  }
  const { data, body } = parsed;
  return { body: body.trim(), title: str(data.title), source: str(data.source), url: str(data.url), license: str(data.license) };
}

/** An uploaded article file; throws InterchangeImportError with a message for the teacher. */
export function readArticleFile(name: string, bytes: Uint8Array): ArticleDraft {
  const kind = articleFileKind(name);
  if (!kind) throw new InterchangeImportError('Upload a .md, .txt or .html file.');
  const raw = decodeUpload(bytes, kind === 'html' ? 'HTML' : kind === 'markdown' ? 'Markdown' : 'text');
  if (kind !== 'html') return readArticleText(raw);
  const reduced = reduceHtmlArticle(raw);
  return { body: reduced.text.trim(), title: reduced.title?.slice(0, 200).trim() || undefined };
}
