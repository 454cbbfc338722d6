import type { Pool } from '@hormohelp/db';
import { cursorTimestampSql } from '../../http/cursor';

export interface NewSymptomLog {
  date: string;
  symptoms: string[];
  notes: string;
  severity: number;
  mood: number;
  energy: number;
  sleep: number;
}

export interface SymptomLogRow extends NewSymptomLog {
  id: string;
  created_at: Date;
  /** created_at with microseconds, for the keyset cursor. */
  created_at_key: string;
}

const COLUMNS = `id, date, symptoms, notes, severity, mood, energy, sleep, created_at,
  ${cursorTimestampSql('created_at')} AS created_at_key`;

/** A stored log, and whether this save made it (false: it replaced the log its day already had). */
export type SavedSymptomLogRow = SymptomLogRow & { is_new: boolean };

/**
 * Stores the log of its day only while the user has consented to storing health data, in the same
 * statement that reads the consent. A day that already has a log gets these values in place (its id
 * and created_at stay): the unique index on (user_id, date) makes saves of one day take turns, so
 * two at once leave one row. Undefined when nothing was stored (no consent, or no such user).
 */
export async function upsertSymptomLog(
  pool: Pool,
  userId: string,
  log: NewSymptomLog,
): Promise<SavedSymptomLogRow | undefined> {
  const { rows } = await pool.query<SavedSymptomLogRow>(
    `INSERT INTO symptom_logs (user_id, date, symptoms, notes, severity, mood, energy, sleep)
     SELECT u.id, $2, $3::jsonb, $4, $5, $6, $7, $8 FROM users u
      WHERE u.id = $1 AND u.health_data_consent_at IS NOT NULL
     ON CONFLICT (user_id, date) DO UPDATE
        SET symptoms = EXCLUDED.symptoms, notes = EXCLUDED.notes, severity = EXCLUDED.severity,
            mood = EXCLUDED.mood, energy = EXCLUDED.energy, sleep = EXCLUDED.sleep
     RETURNING ${COLUMNS}, (xmax = 0) AS is_new`,
    [
      userId,
      log.date,
      JSON.stringify(log.symptoms),
      log.notes,
      log.severity,
      log.mood,
      log.energy,
      log.sleep,
    ],
  );
  return rows[0];
}

export type SymptomLogChanges = Partial<Omit<NewSymptomLog, 'date'>>;

/**
 * Changes the given fields of one of the user's own logs, only while they consent to storing health
 * data; undefined when nothing was changed (no such log of theirs, or no consent).
 */
export async function updateSymptomLogRow(
  pool: Pool,
  userId: string,
  id: string,
  changes: SymptomLogChanges,
): Promise<SymptomLogRow | undefined> {
  const { rows } = await pool.query<SymptomLogRow>(
    `UPDATE symptom_logs
        SET symptoms = coalesce($3::jsonb, symptoms), notes = coalesce($4, notes),
            severity = coalesce($5::smallint, severity), mood = coalesce($6::smallint, mood),
            energy = coalesce($7::smallint, energy), sleep = coalesce($8::smallint, sleep)
      WHERE id = $1 AND user_id = $2
        AND EXISTS (SELECT 1 FROM users WHERE id = $2 AND health_data_consent_at IS NOT NULL)
  RETURNING ${COLUMNS}`,
    [
      id,
      userId,
      changes.symptoms === undefined ? null : JSON.stringify(changes.symptoms),
      changes.notes ?? null,
      changes.severity ?? null,
      changes.mood ?? null,
      changes.energy ?? null,
      changes.sleep ?? null,
    ],
  );
  return rows[0];
}

/** Whether the user exists and has consented to storing health data. */
export async function selectConsent(pool: Pool, userId: string): Promise<{ consented: boolean } | undefined> {
  const { rows } = await pool.query<{ consented: boolean }>(
    'SELECT health_data_consent_at IS NOT NULL AS consented FROM users WHERE id = $1',
    [userId],
  );
  return rows[0];
}

export interface SymptomLogPage {
  from?: string;
  to?: string;
  /** The last row of the previous page: [date, created_at_key, id]. */
  after: string[] | null;
  limit: number;
}

/** The user's logs, newest date first (created_at then id break ties), one keyset page. */
export async function selectSymptomLogs(pool: Pool, userId: string, page: SymptomLogPage) {
  const params: unknown[] = [userId];
  const where = ['user_id = $1'];
  if (page.from) where.push(`date >= $${params.push(page.from)}`);
  if (page.to) where.push(`date <= $${params.push(page.to)}`);
  if (page.after) {
    const [date, createdAt, id] = page.after;
    where.push(
      `(date, created_at, id) < ($${params.push(date)}::date, $${params.push(createdAt)}::timestamptz, $${params.push(id)}::uuid)`,
    );
  }
  const { rows } = await pool.query<SymptomLogRow>(
    `SELECT ${COLUMNS} FROM symptom_logs
      WHERE ${where.join(' AND ')}
      ORDER BY date DESC, created_at DESC, id DESC
      LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows;
}

/** Deletes one of the user's own logs; false when there is no such log of theirs. */
export async function deleteSymptomLogRow(pool: Pool, userId: string, id: string): Promise<boolean> {
  const { rowCount } = await pool.query('DELETE FROM symptom_logs WHERE id = $1 AND user_id = $2', [
    id,
    userId,
  ]);
  return rowCount === 1;
}
