import { describe, expect, it } from 'vitest';
import { toCsvCell, toCsvRow } from './csv-cell';

describe('toCsvCell', () => {
  it('quotes text and doubles the quotes inside it', () => {
    expect(toCsvCell('said "ouch", twice')).toBe('"said ""ouch"", twice"');
  });

  it('keeps line breaks inside the quotes', () => {
    expect(toCsvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  it.each(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises %j, which a spreadsheet would run, with a leading apostrophe',
    (formula) => {
      expect(toCsvCell(formula)).toBe(`"'${formula.replaceAll('"', '""')}"`);
    },
  );

  it('leaves numbers bare and null empty', () => {
    expect(toCsvCell(7)).toBe('7');
    expect(toCsvCell(null)).toBe('');
  });

  it('ends a row with CRLF', () => {
    expect(toCsvRow(['a', 1])).toBe('"a",1\r\n');
  });
});
