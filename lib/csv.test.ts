import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(toCsv([['name', 'note'], ['Ada, L.', 'said "hi"\nthen left']])).toBe('name,note\r\n"Ada, L.","said ""hi""\nthen left"\r\n');
  });
  it('neutralizes cells that a spreadsheet would run as a formula', () => {
    for (const danger of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx']) expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('Ada')).toBe('Ada');
    expect(csvCell(85)).toBe('85');
    expect(csvCell(null)).toBe('');
  });
});
