import type { Post } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { insertPost } from './post-repository';
import { toPost } from './to-post';

/** Title and body are stored exactly as written: they are data, and no one renders them as HTML. */
export async function createPost(
  pool: Pool,
  authorId: string,
  post: { title: string; body: string; category: string },
): Promise<Post> {
  try {
    return toPost(await insertPost(pool, authorId, post));
  } catch (error) {
    // A valid token whose account has since been deleted.
    if (isForeignKeyViolation(error)) throw new AppError('not_found');
    throw error;
  }
}
