import { type Pool, withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { isForeignKeyViolation } from '../../http/pg-errors';
import { countLikes, deleteLike, insertLike, lockLikeOf } from './like-repository';

/**
 * POST /api/posts/:id/like: likes the post, or takes the like back if there was one. A like is one
 * row (INSERT ... ON CONFLICT DO NOTHING / DELETE), so concurrent likes by many people never lose
 * one another; a missing post is 404.
 */
export async function toggleLike(
  pool: Pool,
  userId: string,
  postId: string,
): Promise<{ liked: boolean; likeCount: number }> {
  try {
    return await withTransaction(pool, async (client) => {
      await lockLikeOf(client, postId, userId);
      const wasLiked = await deleteLike(client, postId, userId);
      if (!wasLiked) await insertLike(client, postId, userId);
      return { liked: !wasLiked, likeCount: await countLikes(client, postId) };
    });
  } catch (error) {
    // The post does not exist (or was deleted meanwhile): the like's foreign key says so.
    if (isForeignKeyViolation(error)) throw new AppError('not_found');
    throw error;
  }
}
