import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { deleteCartLine } from './cart-repository';

/** Deletes the caller's line; a line of someone else is 404 exactly like one that does not exist. */
export async function removeCartItem(db: Pool, input: { userId: string; id: string }): Promise<void> {
  if (!(await deleteCartLine(db, input.userId, input.id))) throw new AppError('not_found');
}
