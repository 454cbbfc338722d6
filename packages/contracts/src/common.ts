import { z } from 'zod';
import { isTimeZone } from './time-zones';

export const uuidSchema = z.uuid();

/** The earliest calendar date the contract accepts: PostgreSQL has no year 0, and no one logs 1899. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30) and is not before EARLIEST_DATE. Every
 * date of a body or a query uses this one schema, so none reaches the database out of its range.
 */
export const isoDateSchema = z.iso
  .date()
  .refine((date) => date >= EARLIEST_DATE, `Use a date on or after ${EARLIEST_DATE}`)
  .meta({ description: `A calendar date, on or after ${EARLIEST_DATE}`, formatMinimum: EARLIEST_DATE });

export const timestampSchema = z.iso.datetime();

/** An IANA time zone name (`Europe/London`, `Asia/Kolkata`, `UTC`): see isTimeZone. */
export const timeZoneSchema = z.string().refine(isTimeZone, 'Choose a time zone from the list').meta({
  description: 'An IANA time zone name, such as Europe/London, Asia/Kolkata or UTC',
  example: 'Asia/Kolkata',
});

/** Money is integer paise everywhere in the API; rupees with decimals stay a storage detail. */
export const paiseSchema = z.int().nonnegative();

/** A 1–10 score (severity, mood, energy, sleep): integers only, 5.5 is a validation error. */
export const scoreSchema = z.int().min(1).max(10);

export const limitSchema = z.coerce.number().int().min(1).max(100).default(20);

export const listQuerySchema = z.object({
  limit: limitSchema,
  cursor: z.string().max(200).optional(),
});

/** Every list: `{items, nextCursor}`; `nextCursor` is opaque and null on the last page. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** One page of a list of `T`, as `listOf` answers it. */
export type ListPage<T> = { items: T[]; nextCursor: string | null };

/**
 * A path id: a UUID in any letter case, read in lower case. One that is not a UUID names nothing,
 * so it answers as an id that does not exist: 404 `not_found`.
 */
export const idParamsSchema = z.object({
  id: uuidSchema
    .overwrite((id) => id.toLowerCase())
    .meta({ description: 'A UUID; anything else answers 404 not_found' }),
});

export const messageSchema = z.object({ message: z.string() });

/** A created or changed resource: `{item}`. */
export function itemOf<T extends z.ZodType>(item: T) {
  return z.object({ item });
}

/** A created or changed `T`, as `itemOf` answers it. */
export type Item<T> = { item: T };
