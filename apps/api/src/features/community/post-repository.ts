import type { Pool } from '@hormohelp/db';
import { cursorTimestampSql } from '../../http/cursor';

export interface PostRow {
  id: string;
  title: string;
  body: string;
  category: string;
  author_id: string;
  author_name: string;
  like_count: number;
  liked_by_me: boolean;
  comment_count: number;
  created_at: Date;
  created_at_key: string;
}

// Counts come from small per-post subqueries run only for the rows of the page, each an index scan
// (post_likes primary key, community_comments (post_id, created_at)), so a page costs the same at
// any depth of the feed and however many posts exist. likedByMe is a scalar subquery rather than
// EXISTS, which the planner may turn into a hash of every like the viewer ever gave.
const postColumns = (viewerParam: string) => `
  p.id, p.title, p.body, p.category, p.created_at, ${cursorTimestampSql('p.created_at')} AS created_at_key,
  u.id AS author_id, u.name AS author_name,
  (SELECT count(*)::int FROM post_likes l WHERE l.post_id = p.id) AS like_count,
  coalesce((SELECT true FROM post_likes l WHERE l.post_id = p.id AND l.user_id = ${viewerParam}), false) AS liked_by_me,
  (SELECT count(*)::int FROM community_comments c WHERE c.post_id = p.id) AS comment_count`;

export interface PostPage {
  category?: string;
  /** The last row of the previous page: [created_at_key, id]. */
  after: string[] | null;
  limit: number;
}

/** The feed, newest first, one keyset page, as seen by `viewerId` (likedByMe). */
export async function selectPosts(pool: Pool, viewerId: string, page: PostPage): Promise<PostRow[]> {
  const params: unknown[] = [viewerId];
  const where: string[] = [];
  if (page.category) where.push(`p.category = $${params.push(page.category)}`);
  if (page.after) {
    const [createdAt, id] = page.after;
    where.push(`(p.created_at, p.id) < ($${params.push(createdAt)}::timestamptz, $${params.push(id)}::uuid)`);
  }
  const { rows } = await pool.query<PostRow>(
    `SELECT ${postColumns('$1')}
       FROM community_posts p JOIN users u ON u.id = p.user_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY p.created_at DESC, p.id DESC
      LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows;
}

export async function insertPost(
  pool: Pool,
  authorId: string,
  post: { title: string; body: string; category: string },
): Promise<PostRow> {
  const { rows } = await pool.query<PostRow>(
    `WITH p AS (
       INSERT INTO community_posts (user_id, title, body, category) VALUES ($1, $2, $3, $4) RETURNING *
     )
     SELECT p.id, p.title, p.body, p.category, p.created_at, ${cursorTimestampSql('p.created_at')} AS created_at_key,
            u.id AS author_id, u.name AS author_name, 0 AS like_count, false AS liked_by_me, 0 AS comment_count
       FROM p JOIN users u ON u.id = p.user_id`,
    [authorId, post.title, post.body, post.category],
  );
  return rows[0]!;
}

/** Deletes the post only when `authorId` wrote it; false otherwise (missing or someone else's). */
export async function deleteOwnPost(pool: Pool, authorId: string, postId: string): Promise<boolean> {
  const { rowCount } = await pool.query('DELETE FROM community_posts WHERE id = $1 AND user_id = $2', [
    postId,
    authorId,
  ]);
  return rowCount === 1;
}

export async function postExists(pool: Pool, postId: string): Promise<boolean> {
  const { rowCount } = await pool.query('SELECT 1 FROM community_posts WHERE id = $1', [postId]);
  return rowCount === 1;
}
