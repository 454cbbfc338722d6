/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): numbers as they are; text always quoted, quotes doubled, and a leading
 * = + - @ tab or carriage return neutralised with an apostrophe so no spreadsheet runs it.
 */
export function toCsvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function toCsvRow(values: Array<string | number | null>): string {
  return `${values.map(toCsvCell).join(',')}\r\n`;
}
