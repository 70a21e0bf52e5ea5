/**
 * @file CSV の書き出し (csvText): a CSV a ministry can open in Excel and hand on — UTF-8 with a BOM (Excel reads
 * UTF-8 only with it), CRLF, every field quoted (RFC 4180: a quote doubled), and formula injection impossible: a field
 * that starts with = + - @ (or tab / CR, which Excel strips before looking) gets a leading apostrophe, so Excel shows
 * it as text (OWASP "CSV Injection"). Pure.
 */

/** Starts a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: quoted, quotes doubled, formula starts neutralised. @example csvField('=1+1') //=> '"\'=1+1"' */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  if (typeof value === 'number') return Number.isFinite(value) ? `"${value}"` : '""';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The whole file: BOM, header, rows, CRLF after every line.
 * @example csvText(['a'], [['=x']]) //=> '\uFEFF"a"\r\n"\'=x"\r\n'
 */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
