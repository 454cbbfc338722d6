import type { Comment } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import { decodeCursor, encodeCursor, isTimestampText, isUuid } from '../../http/cursor';
import { selectComments } from './comment-repository';
import { postExists } from './post-repository';
import { toComment } from './to-comment';

/** One page of a post's comments, oldest first; a missing post is 404 rather than an empty list. */
export async function listComments(
  pool: Pool,
  postId: string,
  query: { limit: number; cursor?: string },
): Promise<{ items: Comment[]; nextCursor: string | null }> {
  const after = decodeCursor(
    query.cursor,
    ([createdAt, id, ...rest]) => isTimestampText(createdAt) && isUuid(id) && rest.length === 0,
  );
  if (!(await postExists(pool, postId))) throw new AppError('not_found');
  const rows = await selectComments(pool, postId, { after, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toComment),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_at_key, last.id]) : null,
  };
}
