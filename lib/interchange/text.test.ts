import { describe, expect, it } from 'vitest';
import { INTERCHANGE_MAX_BYTES, InterchangeImportError } from './schema';
import { binaryKind, cdata, decodeUpload, decodeXmlEntities, escapeXml, normalizeBlock, normalizeLine, textToHtml } from './text';

describe('normal form', () => {
  it('collapses spaces, trims lines, keeps one blank line, drops control characters', () => {
    expect(normalizeBlock('  a \t b\u00A0 \r\n\r\n\r\n  c\u0007 \n')).toBe('a b\n\nc');
    expect(normalizeLine(' one\ntwo\tthree ')).toBe('one two three');
    expect(normalizeLine('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });
});

describe('XML helpers', () => {
  it('escapes both quote kinds and markup, and splits "]]>" across CDATA sections', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
    expect(textToHtml('a & b\nc\n\nd')).toBe('<p>a &amp; b<br>c</p><p>d</p>');
  });

  it('decodes only the predefined entities and character references', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos; &#233;&#x1F30A; &nbsp; &amp;lt;')).toBe(`<>&"' é🌊 &nbsp; &lt;`);
  });
});

describe('decodeUpload', () => {
  it('decodes UTF-8, drops a BOM, and refuses invalid bytes or oversized files', () => {
    expect(decodeUpload(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9]), 'GIFT')).toBe('hé');
    expect(() => decodeUpload(new Uint8Array([0xff, 0xfe, 0x00]), 'GIFT')).toThrow(/not a text file in UTF-8/);
    expect(() => decodeUpload(new Uint8Array(INTERCHANGE_MAX_BYTES + 1), 'GIFT')).toThrow(InterchangeImportError);
    expect(() => decodeUpload(new Uint8Array(INTERCHANGE_MAX_BYTES + 1), 'GIFT')).toThrow(/too large .*limit is 1 MB/);
  });
});

describe('binary uploads', () => {
  const ascii = (text: string) => new TextEncoder().encode(text);
  const QUESTION_FORMATS = 'Upload a GIFT (.gift or .txt) or Moodle XML (.xml) file.';

  it('refuses a PDF renamed to .gift, naming what it is and what to upload, even when its bytes are all ASCII', () => {
    const pdf = ascii('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    expect(() => decodeUpload(pdf, 'question')).toThrow(`This is not a text file (it looks like a PDF). ${QUESTION_FORMATS}`);
    expect(binaryKind(ascii('PK\u0003\u0004rest'))).toBe('a zip archive or an Office document');
  });

  it('refuses NUL bytes and many control characters as binary, and bytes that are not UTF-8 as another encoding', () => {
    expect(() => decodeUpload(ascii('::Q1:: 2+2? {=4}\u0000'), 'question')).toThrow(`This is not a text file. ${QUESTION_FORMATS}`);
    expect(binaryKind(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x41, 0x42]))).toBe('binary');
    // Windows-1252 "café": text, but not UTF-8.
    expect(() => decodeUpload(new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'question')).toThrow(/^This is not a text file in UTF-8.*GIFT \(\.gift or \.txt\) or Moodle XML \(\.xml\)/);
    expect(() => decodeUpload(new Uint8Array([0x00, 0x01]), 'Markdown', 'a .md, .txt or .html file')).toThrow('This is not a text file. Upload a .md, .txt or .html file.');
  });

  it('takes text: tabs, CR LF, form feeds, accents, a BOM, an empty file, a DOS end-of-file mark, a few stray controls', () => {
    expect(binaryKind(ascii('::Q1:: Café?\t{T}\r\n\f\n'))).toBeNull();
    expect(binaryKind(ascii('::Q1:: 2+2? {=4}\r\n\u001a'))).toBeNull();
    expect(binaryKind(ascii('The \u0002rst \u0003ow of the river, re\u0003ected in the \u0002eld.'))).toBeNull();
    expect(decodeUpload(ascii('\uFEFF::Q1:: Ünïcode {T}'), 'question')).toBe('::Q1:: Ünïcode {T}');
    expect(decodeUpload(new Uint8Array(0), 'question')).toBe('');
  });
});
