import type { Comment, Item } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { appendComment, updatePostInFeeds } from './feed-cache';

/** What POST /api/posts/:id/comments takes: the contract's `createCommentBodySchema`. */
export interface NewComment {
  body: string;
}

/** Comments on a post: the comment ends its thread, and the post counts one comment more in the feeds. */
export function useAddComment(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (comment: NewComment) => {
      const data = await api.post(`api/posts/${postId}/comments`, { json: comment }).json<Item<Comment>>();
      return data.item;
    },
    onSuccess: (comment) => {
      appendComment(queryClient, postId, comment);
      updatePostInFeeds(queryClient, postId, (post) => ({ ...post, commentCount: post.commentCount + 1 }));
    },
  });
}
