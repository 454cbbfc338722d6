import type { Comment } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { insertComment } from './comment-repository';
import { toComment } from './to-comment';

/** Stored exactly as written. A missing post (or one deleted meanwhile) is 404, by its foreign key. */
export async function createComment(
  pool: Pool,
  postId: string,
  authorId: string,
  body: string,
): Promise<Comment> {
  try {
    return toComment(await insertComment(pool, postId, authorId, body));
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new AppError('not_found');
    throw error;
  }
}
