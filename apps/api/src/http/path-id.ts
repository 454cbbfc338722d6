import { AppError } from '@hormohelp/server-kit';
import { isUuid } from './cursor';

/**
 * Path ids are UUIDs. One that is not cannot name any resource, so it answers exactly like a
 * missing one: 404 `not_found` (documented in the OpenAPI document).
 */
export function parsePathId(value: string | undefined): string {
  if (!isUuid(value)) throw new AppError('not_found');
  return value.toLowerCase();
}
