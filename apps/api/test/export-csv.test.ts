import { SYMPTOM_CSV_COLUMNS } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';
import { download, insertDailyLogs } from './support/download';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

const csvOf = (user?: TestUser) => download(api.url, '/users/me/export?format=csv', user);

/** RFC 4180, written here independently of the server: quoted fields, "" for a quote, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  expect(field).toBe('');
  expect(record).toEqual([]);
  return records;
}

async function logOn(user: TestUser, date: string, notes: string, symptoms: string[] = ['Cramps']) {
  const body = { date, notes, symptoms, severity: 6, mood: 4, energy: 3, sleep: 7 };
  expect((await api.request('POST', '/api/symptoms', { user, body })).status).toBe(201);
}

describe('GET /users/me/export?format=csv', () => {
  it('streams the symptom logs as a text/csv attachment: a header row, then one row a log, oldest first', async () => {
    const user = await api.createUser();
    await logOn(user, '2026-10-02', 'Second', ['Cramps', 'Back pain']);
    await logOn(user, '2026-10-01', 'First');
    const response = await csvOf(user);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="hormohelp-symptom-logs-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const [header, ...rows] = parseCsv(response.text);
    expect(header).toEqual([...SYMPTOM_CSV_COLUMNS]);
    expect(rows).toEqual([
      ['2026-10-01', '6', '4', '3', '7', 'Cramps', 'First', expect.stringMatching(/Z$/)],
      ['2026-10-02', '6', '4', '3', '7', 'Cramps; Back pain', 'Second', expect.stringMatching(/Z$/)],
    ]);
  });

  it('keeps commas, quotes, line breaks and non-Latin text inside their field', async () => {
    const user = await api.createUser();
    const notes = 'Said "ouch", twice,\r\nthen rested — ठीक है';
    await logOn(user, '2026-10-01', notes);
    const rows = parseCsv((await csvOf(user)).text);
    expect(rows).toHaveLength(2);
    expect(rows[1]![6]).toBe(notes);
  });

  it.each(['=HYPERLINK("http://evil.example","click")', '+1+cmd', '-2+3', '@SUM(A1:A2)'])(
    'neutralises a note starting like a formula (%s) with a leading apostrophe',
    async (formula) => {
      const user = await api.createUser();
      await logOn(user, '2026-10-01', formula, [formula.slice(0, 20)]);
      const row = parseCsv((await csvOf(user)).text)[1]!;
      expect(row[6]).toBe(`'${formula}`);
      expect(row[5]).toBe(`'${formula.slice(0, 20)}`);
    },
  );

  it('has only the header row for a person with no logs, and never another person’s logs', async () => {
    const user = await api.createUser();
    const other = await api.createUser();
    await logOn(other, '2026-10-01', 'not yours');
    const response = await csvOf(user);
    expect(parseCsv(response.text)).toEqual([[...SYMPTOM_CSV_COLUMNS]]);
  });

  it('streams a year of daily logs in chunks, one row each', async () => {
    const user = await api.createUser();
    await insertDailyLogs(api.pool, user.id, 366);
    const response = await csvOf(user);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.ms).toBeLessThan(1000);
    expect(parseCsv(response.text)).toHaveLength(367);
  });

  it('answers 401 without a token', async () => {
    expect((await csvOf()).status).toBe(401);
  });
});
