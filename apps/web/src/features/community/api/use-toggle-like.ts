import type { LikeResult, Post } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from '@/lib/api-client';
import { stopFeedReads, updatePostInFeeds } from './feed-cache';

type LikeState = Pick<Post, 'likedByMe' | 'likeCount'>;

/** The state a press of the heart leads to: the other one, with the count one further that way. */
function pressedFrom({ likedByMe, likeCount }: LikeState): LikeState {
  return { likedByMe: !likedByMe, likeCount: Math.max(0, likeCount + (likedByMe ? -1 : 1)) };
}

/**
 * Likes a post, or takes the like back (the API toggles). Every cached feed shows the press at once,
 * within the click, then takes the server's {liked, likeCount} as the truth; a failure puts back the
 * state from before the press and says why. Only this post is put back: another post's like that
 * ended meanwhile keeps what its own answer said.
 */
export function useToggleLike() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (post: Post) => {
      const data = await api.post(`api/posts/${post.id}/like`).json<LikeResult>();
      return data;
    },
    onMutate: (post) => {
      stopFeedReads(queryClient);
      const before: LikeState = { likedByMe: post.likedByMe, likeCount: post.likeCount };
      const after = pressedFrom(before);
      updatePostInFeeds(queryClient, post.id, (cached) => ({ ...cached, ...after }));
      return { before };
    },
    onSuccess: ({ liked, likeCount }, post) => {
      updatePostInFeeds(queryClient, post.id, (cached) => ({ ...cached, likedByMe: liked, likeCount }));
    },
    onError: (error, post, context) => {
      if (context) updatePostInFeeds(queryClient, post.id, (cached) => ({ ...cached, ...context.before }));
      toast.error(getErrorMessage(error));
    },
  });
}
