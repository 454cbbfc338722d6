import { AppError } from '@hormohelp/server-kit';

/**
 * Keyset cursors: the last row's sort key, as base64url JSON. Opaque to clients; a cursor that does
 * not decode to the expected shape is a validation error on `cursor`, never a server error.
 */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string | undefined,
  isValid: (key: string[]) => boolean,
): string[] | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || !key.every((part) => typeof part === 'string') || !isValid(key)) {
    throw new AppError('validation_error', { details: { fields: { cursor: 'This cursor is not valid' } } });
  }
  return key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isUuid = (value: string | undefined): value is string => value !== undefined && UUID.test(value);

const MICROSECOND_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * SQL for a timestamptz as cursor text: UTC with microseconds, which a JS Date would round away
 * (two rows a few microseconds apart would then be skipped or repeated across pages).
 */
export const cursorTimestampSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

// A well-formed string can still name no instant (hour 25, 30 February, or year 0, which Date has
// and PostgreSQL does not): PostgreSQL would reject it with an error, so it is checked here.
const isRealInstant = (iso: string) => {
  const time = Date.parse(iso);
  return (
    !iso.startsWith('0000') &&
    !Number.isNaN(time) &&
    new Date(time).toISOString().slice(0, 19) === iso.slice(0, 19)
  );
};

export const isTimestampText = (value: string | undefined): value is string =>
  value !== undefined && MICROSECOND_TIMESTAMP.test(value) && isRealInstant(value);

export const isDateText = (value: string | undefined): value is string =>
  value !== undefined && DATE.test(value) && isRealInstant(`${value}T00:00:00Z`);
