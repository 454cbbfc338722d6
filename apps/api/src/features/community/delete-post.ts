import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { deleteOwnPost } from './post-repository';

/** Only the author deletes a post; for anyone else it answers as a missing post does: 404. */
export async function deletePost(pool: Pool, userId: string, postId: string): Promise<void> {
  if (!(await deleteOwnPost(pool, userId, postId))) throw new AppError('not_found');
}
