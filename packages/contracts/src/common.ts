import { z } from 'zod';

export const uuidSchema = z.uuid();

/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). */
export const isoDateSchema = z.iso.date();

export const timestampSchema = z.iso.datetime();

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

export const idParamsSchema = z.object({ id: uuidSchema });

export const messageSchema = z.object({ message: z.string() });
