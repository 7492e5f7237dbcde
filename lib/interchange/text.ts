// Text helpers shared by the formats: one normal form for imported text (so an export
// and re-import gives back exactly what went in), XML escaping, and upload decoding.
import { INTERCHANGE_MAX_BYTES, InterchangeImportError } from './schema';

// C0/C1 controls other than tab and newline, and Unicode noncharacters: XML 1.0 forbids
// some, and U+FDD0..U+FDEF are kept free for parsers' internal placeholders (see gift-import).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

function clean(text: string): string {
  // Lone surrogates would make XML ill-formed and UTF-8 lossy; toWellFormed swaps them for U+FFFD.
  return text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/**
 * Normal form for prompts and explanations: spaces collapsed, lines trimmed, at most one
 * blank line in a row. Every format here can carry exactly this, so round trips are exact.
 */
export function normalizeBlock(text: string): string {
  return clean(text)
    .replace(/[^\S\n]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normal form for titles, choices and answers: one line, single spaces. */
export function normalizeLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

/** Escapes text for XML element content and attribute values (both quote kinds). */
export function escapeXml(text: string): string {
  return clean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Wraps text in CDATA; a "]]>" inside is split across two sections, the standard trick. */
export function cdata(text: string): string {
  return `<![CDATA[${clean(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Text as minimal HTML: paragraphs for blank-line breaks, <br> for single newlines. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(escapeXml).join('<br>')}</p>`)
    .join('');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the five predefined XML entities and character references. The XML parser runs
 * with entity processing off (no DOCTYPE entities, no expansion attacks), so this is the
 * only decoding; anything else, e.g. an HTML "&nbsp;", is left for the HTML reducer.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g, (m, dec?: string, hex?: string, name?: string) => {
    if (name) return XML_ENTITIES[name];
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function tooLarge(bytes: number, label: string): InterchangeImportError {
  const limit = `${INTERCHANGE_MAX_BYTES / 1_000_000} MB`;
  return new InterchangeImportError(`The ${label} file is too large (${bytes} bytes; the limit is ${limit}).`);
}

/** Refuses oversized input before any parsing; `label` names the format in the message. */
export function checkSize(text: string, label: string): void {
  // UTF-16 length is a lower bound on UTF-8 bytes, so most big inputs fail without encoding.
  const bytes = text.length > INTERCHANGE_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > INTERCHANGE_MAX_BYTES) throw tooLarge(bytes, label);
}

/** What the question import takes, as its refusals name it. */
export const QUESTION_FILE_FORMATS = 'a GIFT (.gift or .txt) or Moodle XML (.xml) file';

/** Files that are never text, by their first bytes: named in the refusal, since a renamed one is the usual mistake. */
const BINARY_SIGNATURES: { kind: string; bytes: number[] }[] = [
  { kind: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'a zip archive or an Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'an old Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { kind: 'an image', bytes: [0x89, 0x50, 0x4e, 0x47] }, // PNG
  { kind: 'an image', bytes: [0xff, 0xd8, 0xff] }, // JPEG
  { kind: 'an image', bytes: [0x47, 0x49, 0x46, 0x38] }, // GIF8
];

/**
 * What binary file this is, if it is one: a known signature, a NUL byte (never in text), or
 * control characters making up more than a tenth of the start. Null for text, whatever its
 * encoding. Text has a few: a DOS end-of-file mark, ligatures copied out of a PDF — harmless, as
 * reading drops them (normalizeLine), so only a share no text reaches counts.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  // UTF-16 text (Notepad's "Unicode") is text in another encoding, NULs and all.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const signature = BINARY_SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) return signature.kind;
  if (bytes.includes(0)) return 'binary';
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  // C0 controls other than tab, newline, form feed and carriage return.
  for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20)) controls += 1;
  return head.length > 0 && controls / head.length > 0.1 ? 'binary' : null;
}

/**
 * Decodes an uploaded file as UTF-8, refusing oversized files and anything that is not UTF-8
 * text (a PDF renamed to .gift, a Word file, text in an old encoding); drops a BOM. `label`
 * names the format in the size message; `accepted` says what to upload instead.
 */
export function decodeUpload(bytes: Uint8Array, label: string, accepted = label === 'question' ? QUESTION_FILE_FORMATS : `a ${label} file`): string {
  if (bytes.length > INTERCHANGE_MAX_BYTES) throw tooLarge(bytes.length, label);
  const kind = binaryKind(bytes);
  if (kind) {
    const looks = kind === 'binary' ? '' : ` (it looks like ${kind})`;
    throw new InterchangeImportError(`This is not a text file${looks}. Upload ${accepted}.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InterchangeImportError(
      `This is not a text file in UTF-8, the encoding Gleaner reads. Upload ${accepted}, saved as UTF-8 (most editors offer it under “Save as”).`,
    );
  }
}
