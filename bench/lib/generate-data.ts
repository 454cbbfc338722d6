import { COMMON_SYMPTOMS, POST_CATEGORIES } from '@hormohelp/contracts';
import pg from 'pg';
import type { BenchSize } from './options';

/** The users whose stats are timed, each with one log a day for this many days up to today. */
export const STATS_USER_DAYS = [30, 365, 1095] as const;
export const statsUserEmail = (days: number) => `stats-${days}-days@bench.example`;
export const BULK_USER_EMAIL_PATTERN = 'bench-user-%@bench.example';

const sqlTextArray = (values: readonly string[]) =>
  `ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')}]::text[]`;

// 0 to 3 symptoms per log, picked by arithmetic on the row's numbers so every run has the same data.
const symptomsSql = (a: string, b: string) => `(
  SELECT coalesce(jsonb_agg(names[1 + ((${a}) * 7 + (${b}) * 13 + pick * 5) % ${COMMON_SYMPTOMS.length}]), '[]'::jsonb)
  FROM generate_series(1, ((${a}) + (${b})) % 4) AS pick
)`;

const score = (seed: string) => `(1 + (${seed}) % 10)`;

export interface GeneratedData {
  symptomLogs: number;
  users: number;
  posts: number;
  comments: number;
  likes: number;
  seconds: number;
}

/**
 * Fills the database with set-based SQL (generate_series, no row-by-row inserts): bulk users with
 * `logsPerUser` logs each, spread over three years; the stats users with one log a day; and a
 * community feed with comments and likes. VACUUM ANALYZE then leaves it as a settled database.
 */
export async function generateData(databaseUrl: string, size: BenchSize): Promise<GeneratedData> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const names = `(SELECT ${sqlTextArray(COMMON_SYMPTOMS)} AS names) AS symptom_names`;
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(
      `INSERT INTO users (email, password_hash, name, email_verified)
       SELECT 'bench-user-' || n || '@bench.example', 'no-login', 'Bench Person ' || n, true
       FROM generate_series(1, $1) AS n`,
      [size.bulkUsers],
    );
    await client.query(
      `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep, created_at)
       SELECT u.id, d.day, ${symptomsSql('u.n', 'k')}, '', ${score('u.n + k')}, ${score('u.n * 3 + k')},
              ${score('u.n + k * 7')}, ${score('u.n * 5 + k * 3')}, d.day + time '20:00'
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users
             WHERE email LIKE '${BULK_USER_EMAIL_PATTERN}') AS u
       CROSS JOIN generate_series(1, $1) AS k
       CROSS JOIN ${names}
       CROSS JOIN LATERAL (SELECT current_date - ((k - 1) * 11 + (u.n % 11))::int AS day) AS d`,
      [size.logsPerUser],
    );
    for (const days of STATS_USER_DAYS) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO users (email, password_hash, name, email_verified) VALUES ($1, 'no-login', $2, true)
         RETURNING id`,
        [statsUserEmail(days), `Stats Person ${days}`],
      );
      await client.query(
        `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep, created_at)
         SELECT $1, current_date - g, ${symptomsSql('g', '1')}, 'Logged by the benchmark', ${score('g')},
                ${score('g * 3')}, ${score('g * 7')}, ${score('g * 9')}, current_date - g + time '20:00'
         FROM generate_series(0, $2 - 1) AS g CROSS JOIN ${names}`,
        [rows[0]!.id, days],
      );
    }
    await insertFeed(client, size);
    for (const table of ['users', 'symptom_logs', 'community_posts', 'community_comments', 'post_likes']) {
      await client.query(`VACUUM ANALYZE ${table}`).catch(() => {});
    }
    const count = async (table: string) =>
      Number(
        (await client.query(`SELECT count(*) AS n FROM ${table}`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0]
          .n,
      );
    return {
      symptomLogs: await count('symptom_logs'),
      users: await count('users'),
      posts: await count('community_posts'),
      comments: await count('community_comments'),
      likes: await count('post_likes'),
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}

/** Posts three minutes apart, newest now, by bulk users in turn; 0–2 comments and 0–4 likes each. */
async function insertFeed(client: pg.Client, size: BenchSize): Promise<void> {
  const authors = `(SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE '${BULK_USER_EMAIL_PATTERN}') AS a`;
  await client.query(
    `INSERT INTO community_posts (user_id, title, body, category, created_at)
     SELECT a.ids[1 + (g * 7919) % cardinality(a.ids)], 'Benchmark post number ' || g,
            repeat('What helped me this month, and what did not. ', 1 + g % 6),
            (${sqlTextArray(POST_CATEGORIES)})[1 + g % ${POST_CATEGORIES.length}],
            now() - g * interval '3 minutes'
     FROM generate_series(1, $1) AS g CROSS JOIN ${authors}`,
    [size.posts],
  );
  await client.query(
    `INSERT INTO community_comments (post_id, user_id, body, created_at)
     SELECT p.id, a.ids[1 + (p.n * 31 + c) % cardinality(a.ids)], 'Thank you for sharing this.',
            p.created_at + c * interval '1 minute'
     FROM (SELECT id, created_at, row_number() OVER (ORDER BY created_at) AS n FROM community_posts) AS p
     CROSS JOIN ${authors}
     CROSS JOIN generate_series(1, p.n % 3) AS c`,
  );
  const { rowCount } = await client.query(`SELECT 1 FROM pg_tables WHERE tablename = 'post_likes'`);
  if (!rowCount) return;
  await client.query(
    `INSERT INTO post_likes (post_id, user_id)
     SELECT p.id, a.ids[1 + (p.n * 17 + l * 101) % cardinality(a.ids)]
     FROM (SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM community_posts) AS p
     CROSS JOIN ${authors}
     CROSS JOIN generate_series(1, p.n % 5) AS l
     ON CONFLICT DO NOTHING`,
  );
}
