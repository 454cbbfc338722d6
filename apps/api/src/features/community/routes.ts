import {
  createCommentBodySchema,
  createPostBodySchema,
  listQuerySchema,
  postListQuerySchema,
} from '@hormohelp/contracts';
import { json, noContent, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import type { ApiContext } from '../../http/context';
import { parsePathId } from '../../http/path-id';
import { createComment } from './create-comment';
import { createPost } from './create-post';
import { deletePost } from './delete-post';
import { listComments } from './list-comments';
import { listPosts } from './list-posts';
import { toggleLike } from './toggle-like';

export function communityRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>()
    .get('/api/posts', async ({ user, query }) =>
      json(await listPosts(pool, user.sub, validate(postListQuerySchema, query))),
    )
    .post('/api/posts', requireVerifiedEmail, async ({ user, body }) => {
      const post = validate(createPostBodySchema, body);
      return json({ item: await createPost(pool, user.sub, post) }, 201);
    })
    .delete('/api/posts/:id', async ({ user, params }) => {
      await deletePost(pool, user.sub, parsePathId(params.id));
      return noContent();
    })
    .post('/api/posts/:id/like', requireVerifiedEmail, async ({ user, params }) =>
      json(await toggleLike(pool, user.sub, parsePathId(params.id))),
    )
    .get('/api/posts/:id/comments', async ({ query, params }) => {
      const postId = parsePathId(params.id);
      return json(await listComments(pool, postId, validate(listQuerySchema, query)));
    })
    .post('/api/posts/:id/comments', requireVerifiedEmail, async ({ user, body, params }) => {
      const postId = parsePathId(params.id);
      const comment = validate(createCommentBodySchema, body);
      return json({ item: await createComment(pool, postId, user.sub, comment.body) }, 201);
    });
}
