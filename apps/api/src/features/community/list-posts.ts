import type { Post } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { decodeCursor, encodeCursor, isTimestampText, isUuid } from '../../http/cursor';
import { selectPosts } from './post-repository';
import { toPost } from './to-post';

/** One page of the feed, newest first, optionally one category; every signed-in person sees every post. */
export async function listPosts(
  pool: Pool,
  viewerId: string,
  query: { category?: string; limit: number; cursor?: string },
): Promise<{ items: Post[]; nextCursor: string | null }> {
  const after = decodeCursor(
    query.cursor,
    ([createdAt, id, ...rest]) => isTimestampText(createdAt) && isUuid(id) && rest.length === 0,
  );
  const rows = await selectPosts(pool, viewerId, { category: query.category, after, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toPost),
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.created_at_key, last.id]) : null,
  };
}
