import type { Pool } from '@hormohelp/db';

/**
 * Every column of every table in the public schema that can hold an id or an email as text: found
 * through information_schema, so a table added later is scanned too without touching this file.
 */
async function textualColumns(db: Pool) {
  const { rows } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public'
        AND (data_type IN ('text', 'uuid', 'jsonb', 'json', 'character varying', 'character')
             OR (data_type = 'ARRAY' AND udt_name IN ('_uuid', '_text', '_varchar', '_jsonb')))
        AND table_name IN (SELECT table_name FROM information_schema.tables
                            WHERE table_schema = 'public' AND table_type = 'BASE TABLE')
      ORDER BY table_name, column_name`,
  );
  return rows;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** `table.column` of every value that contains any of the needles (case-insensitive). */
export async function findPersonalData(db: Pool, needles: string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const { table_name, column_name } of await textualColumns(db)) {
    const { rows } = await db.query<{ count: number }>(
      `SELECT count(*) AS count FROM ${quote(table_name)}
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS needle
                       WHERE strpos(lower(${quote(column_name)}::text), lower(needle)) > 0)`,
      [needles],
    );
    if (rows[0]!.count > 0) hits.push(`${table_name}.${column_name}`);
  }
  return hits;
}
