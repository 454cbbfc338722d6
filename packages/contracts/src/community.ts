import { z } from 'zod';
import { listOf, listQuerySchema, timestampSchema, uuidSchema } from './common';
import { POST_CATEGORIES } from './limits';

export const authorSchema = z.object({ id: uuidSchema, name: z.string() });

export const postSchema = z.object({
  id: uuidSchema,
  title: z.string(),
  body: z.string(),
  category: z.string(),
  author: authorSchema,
  likeCount: z.int(),
  likedByMe: z.boolean(),
  commentCount: z.int(),
  createdAt: timestampSchema,
});
export type Post = z.infer<typeof postSchema>;

export const postListQuerySchema = listQuerySchema.extend({ category: z.enum(POST_CATEGORIES).optional() });
export const postListSchema = listOf(postSchema);

export const createPostBodySchema = z.object({
  title: z.string().trim().min(3, 'Give your post a title of at least 3 characters').max(200),
  body: z.string().trim().min(1, 'Write something').max(10_000),
  category: z.enum(POST_CATEGORIES).default('General Discussion'),
});

export const likeResultSchema = z.object({ liked: z.boolean(), likeCount: z.int() });
export type LikeResult = z.infer<typeof likeResultSchema>;

export const commentSchema = z.object({
  id: uuidSchema,
  body: z.string(),
  author: authorSchema,
  createdAt: timestampSchema,
});
export type Comment = z.infer<typeof commentSchema>;
export const commentListSchema = listOf(commentSchema);
export const createCommentBodySchema = z.object({
  body: z.string().trim().min(1, 'Write a comment').max(5000),
});
