import type { TestUser } from './api-harness';

export interface Download {
  status: number;
  headers: Headers;
  text: string;
  /** How many pieces the body arrived in. */
  chunks: number;
  /** From sending the request to the last byte. */
  ms: number;
}

/** GET that reads the body piece by piece, counting the pieces and timing the whole download. */
export async function download(baseUrl: string, path: string, user?: TestUser): Promise<Download> {
  const started = performance.now();
  const response = await fetch(baseUrl + path, {
    headers: user ? { authorization: `Bearer ${user.token}` } : {},
  });
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    chunks += 1;
    text += decoder.decode(chunk, { stream: true });
  }
  text += decoder.decode();
  return {
    status: response.status,
    headers: response.headers,
    text,
    chunks,
    ms: performance.now() - started,
  };
}

/** Inserts `days` daily logs ending today (newest) straight into the database, as a long history would be. */
export async function insertDailyLogs(
  pool: import('@hormohelp/db').Pool,
  userId: string,
  days: number,
): Promise<void> {
  await pool.query(
    `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep, created_at)
     SELECT $1, current_date - g, '["Fatigue", "Bloating", "Headache"]'::jsonb,
            'Day ' || g || ': slept badly, a long meeting, cramps in the evening; tea helped a little.',
            1 + g % 10, 1 + (g * 3) % 10, 1 + (g * 7) % 10, 1 + (g * 9) % 10, now() - make_interval(days => g)
       FROM generate_series(0, $2 - 1) AS g`,
    [userId, days],
  );
}
