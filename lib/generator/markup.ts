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
  return t;
}

/** Collapses whitespace for display; the masked text keeps offsets, this keeps readability. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
