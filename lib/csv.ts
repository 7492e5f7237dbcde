// CSV as RFC 4180 describes it (CRLF line ends, fields quoted when they hold a comma, quote,
// CR or LF, quotes doubled), with spreadsheet formula injection neutralized: a cell that
// begins with = + - @ or a tab/CR gets a leading apostrophe, as OWASP recommends.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Numbers are ours (scores), never formulas, and must stay numbers; negatives are not produced.
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | boolean | null | undefined)[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
