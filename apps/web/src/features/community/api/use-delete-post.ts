import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { removePostFromFeeds, restoreFeeds, snapshotFeeds, stopFeedReads } from './feed-cache';

/**
 * Deletes one of my posts. It leaves every cached feed at once; if the delete fails it comes back,
 * unless the API answers 404 `not_found`: the post is gone already, which is what was asked.
 */
export function useDeletePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (postId: string) => {
      await api.delete(`api/posts/${postId}`);
    },
    onMutate: (postId) => {
      stopFeedReads(queryClient);
      const snapshot = snapshotFeeds(queryClient);
      removePostFromFeeds(queryClient, postId);
      return { snapshot };
    },
    onSuccess: () => {
      toast.success('Post deleted');
    },
    onError: (error, _postId, context) => {
      if (getErrorCode(error) === 'not_found') return;
      if (context) restoreFeeds(queryClient, context.snapshot);
      toast.error(getErrorMessage(error));
    },
    // The snapshot put back may predate another write made meanwhile: the server has the last word.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.posts.all }),
  });
}
