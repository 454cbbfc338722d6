import { randomUUID } from 'node:crypto';
import { createLogger } from '@hormohelp/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDeps, start } from '../src/app';
import { type ApiHarness, startApiHarness } from './support/api-harness';

let h: ApiHarness;
let logged: Awaited<ReturnType<typeof start>>;
const lines: string[] = [];

// A second API on the harness's database whose log lines the test reads.
beforeAll(async () => {
  h = await startApiHarness();
  const logger = createLogger('api', 'info', { write: (line: string) => void lines.push(line) });
  logged = await start(h.config, { ...(await createDeps(h.config)), logger });
  // A rule the application does not know, so that PostgreSQL itself refuses the row: its error's
  // detail then holds the whole row, notes included.
  await h.pool.query(
    "ALTER TABLE symptom_logs ADD CONSTRAINT test_notes_refused CHECK (notes NOT LIKE '%refuse me%')",
  );
});
afterAll(async () => {
  await logged?.stop(1000);
  await h?.stop();
});

describe('an unknown error carrying personal data', () => {
  it('when PostgreSQL refuses a symptom log, the log line names the constraint but holds no note', async () => {
    const user = await h.createUser();
    const note = `refuse me: private ${randomUUID()}`;
    const response = await fetch(`${logged.url}/api/symptoms`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ symptoms: ['Cramps'], notes: note, severity: 5, mood: 5, energy: 5, sleep: 5 }),
    });
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe('internal');

    const text = lines.join('\n');
    expect(text).not.toContain(note.slice('refuse me: '.length));
    expect(text).not.toContain('Failing row');
    expect(text).not.toContain(user.email);

    const unhandled = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'unhandled error');
    expect(unhandled.err).toMatchObject({ code: '23514', constraint: 'test_notes_refused' });
    expect(Object.keys(unhandled.err).sort()).toEqual(['code', 'constraint', 'message', 'stack']);
  });
});
