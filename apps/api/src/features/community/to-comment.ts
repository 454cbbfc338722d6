import type { Comment } from '@hormohelp/contracts';
import type { CommentRow } from './comment-repository';

export function toComment(row: CommentRow): Comment {
  return {
    id: row.id,
    body: row.body,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at.toISOString(),
  };
}
