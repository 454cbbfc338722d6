import type { Post } from '@hormohelp/contracts';
import type { PostRow } from './post-repository';

export function toPost(row: PostRow): Post {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    category: row.category,
    author: { id: row.author_id, name: row.author_name },
    likeCount: row.like_count,
    likedByMe: row.liked_by_me,
    commentCount: row.comment_count,
    createdAt: row.created_at.toISOString(),
  };
}
