import type { Pool } from '@hormohelp/db';
import { cursorTimestampSql } from '../../http/cursor';

export interface CommentRow {
  id: string;
  body: string;
  author_id: string;
  author_name: string;
  created_at: Date;
  created_at_key: string;
}

const COMMENT_COLUMNS = `c.id, c.body, c.created_at, ${cursorTimestampSql('c.created_at')} AS created_at_key,
  u.id AS author_id, u.name AS author_name`;

/** A post's comments, oldest first, one keyset page on (created_at, id). */
export async function selectComments(
  pool: Pool,
  postId: string,
  page: { after: string[] | null; limit: number },
): Promise<CommentRow[]> {
  const params: unknown[] = [postId];
  let after = '';
  if (page.after) {
    const [createdAt, id] = page.after;
    after = `AND (c.created_at, c.id) > ($${params.push(createdAt)}::timestamptz, $${params.push(id)}::uuid)`;
  }
  const { rows } = await pool.query<CommentRow>(
    `SELECT ${COMMENT_COLUMNS}
       FROM community_comments c JOIN users u ON u.id = c.user_id
      WHERE c.post_id = $1 ${after}
      ORDER BY c.created_at, c.id
      LIMIT $${params.push(page.limit)}`,
    params,
  );
  return rows;
}

export async function insertComment(
  pool: Pool,
  postId: string,
  authorId: string,
  body: string,
): Promise<CommentRow> {
  const { rows } = await pool.query<CommentRow>(
    `WITH c AS (
       INSERT INTO community_comments (post_id, user_id, body) VALUES ($1, $2, $3) RETURNING *
     )
     SELECT ${COMMENT_COLUMNS} FROM c JOIN users u ON u.id = c.user_id`,
    [postId, authorId, body],
  );
  return rows[0]!;
}
