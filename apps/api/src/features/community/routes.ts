import {
  commentListSchema,
  commentSchema,
  createCommentBodySchema,
  createPostBodySchema,
  idParamsSchema,
  itemOf,
  likeResultSchema,
  listQuerySchema,
  noContentSchema,
  postListQuerySchema,
  postListSchema,
  postSchema,
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { createComment } from './create-comment';
import { createPost } from './create-post';
import { deletePost } from './delete-post';
import { listComments } from './list-comments';
import { listPosts } from './list-posts';
import { toggleLike } from './toggle-like';

export function communityRoutes(app: Server, { pool }: ApiDeps): void {
  app.get(
    '/api/posts',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'The community feed, newest first',
        tags: ['community'],
        querystring: postListQuerySchema,
        response: { 200: postListSchema },
      },
    },
    async (request) => listPosts(pool, request.user.sub, request.query),
  );
  app.post(
    '/api/posts',
    {
      config: { access: 'verified' },
      schema: {
        summary: 'Write a post (stored as written)',
        tags: ['community'],
        body: createPostBodySchema,
        response: { 201: itemOf(postSchema) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { item: await createPost(pool, request.user.sub, request.body) };
    },
  );
  app.delete(
    '/api/posts/:id',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary: 'Delete your own post (404 for anyone else)',
        tags: ['community'],
        params: idParamsSchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await deletePost(pool, request.user.sub, request.params.id);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/posts/:id/like',
    {
      config: { access: 'verified', errors: ['not_found'] },
      schema: {
        summary: 'Like the post, or take your like back',
        tags: ['community'],
        params: idParamsSchema,
        response: { 200: likeResultSchema },
      },
    },
    async (request) => toggleLike(pool, request.user.sub, request.params.id),
  );
  app.get(
    '/api/posts/:id/comments',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary: "A post's comments, oldest first",
        tags: ['community'],
        params: idParamsSchema,
        querystring: listQuerySchema,
        response: { 200: commentListSchema },
      },
    },
    async (request) => listComments(pool, request.params.id, request.query),
  );
  app.post(
    '/api/posts/:id/comments',
    {
      config: { access: 'verified', errors: ['not_found'] },
      schema: {
        summary: 'Comment on a post (stored as written)',
        tags: ['community'],
        params: idParamsSchema,
        body: createCommentBodySchema,
        response: { 201: itemOf(commentSchema) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      const { id } = request.params;
      return { item: await createComment(pool, id, request.user.sub, request.body.body) };
    },
  );
}
