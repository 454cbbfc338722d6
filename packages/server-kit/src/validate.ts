import type { z } from 'zod';
import { AppError } from './app-error';

/**
 * Parses `value` with a contract schema, or throws `validation_error` whose `details.fields` maps
 * each offending field (dotted path) to a message a person can read.
 */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  throw new AppError('validation_error', { details: { fields } });
}
