import {
  createCommentBodySchema,
  createPostBodySchema,
  listQuerySchema,
  postListQuerySchema,
} from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import { parsePathId } from '../../http/path-id';
import { createComment } from './create-comment';
import { createPost } from './create-post';
import { deletePost } from './delete-post';
import { listComments } from './list-comments';
import { listPosts } from './list-posts';
import { toggleLike } from './toggle-like';

export function communityRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.get(
    '/api/posts',
    route(async (req, res) => {
      res.json(await listPosts(pool, req.user.sub, validate(postListQuerySchema, req.query)));
    }),
  );
  router.post(
    '/api/posts',
    requireVerifiedEmail,
    route(async (req, res) => {
      const body = validate(createPostBodySchema, req.body);
      res.status(201).json({ item: await createPost(pool, req.user.sub, body) });
    }),
  );
  router.delete(
    '/api/posts/:id',
    route(async (req, res) => {
      await deletePost(pool, req.user.sub, parsePathId(req.params.id));
      res.status(204).end();
    }),
  );
  router.post(
    '/api/posts/:id/like',
    requireVerifiedEmail,
    route(async (req, res) => {
      res.json(await toggleLike(pool, req.user.sub, parsePathId(req.params.id)));
    }),
  );
  router.get(
    '/api/posts/:id/comments',
    route(async (req, res) => {
      const postId = parsePathId(req.params.id);
      res.json(await listComments(pool, postId, validate(listQuerySchema, req.query)));
    }),
  );
  router.post(
    '/api/posts/:id/comments',
    requireVerifiedEmail,
    route(async (req, res) => {
      const postId = parsePathId(req.params.id);
      const { body } = validate(createCommentBodySchema, req.body);
      res.status(201).json({ item: await createComment(pool, postId, req.user.sub, body) });
    }),
  );
  return router;
}
