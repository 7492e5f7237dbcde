import { describe, expect, it } from 'vitest';
import { INTERCHANGE_MAX_BYTES, InterchangeImportError } from './schema';
import { cdata, decodeUpload, decodeXmlEntities, escapeXml, normalizeBlock, normalizeLine, textToHtml } from './text';

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
    expect(() => decodeUpload(new Uint8Array([0xff, 0xfe, 0x00]), 'GIFT')).toThrow(/not valid UTF-8/);
    expect(() => decodeUpload(new Uint8Array(INTERCHANGE_MAX_BYTES + 1), 'GIFT')).toThrow(InterchangeImportError);
    expect(() => decodeUpload(new Uint8Array(INTERCHANGE_MAX_BYTES + 1), 'GIFT')).toThrow(/too large .*limit is 1 MB/);
  });
});
