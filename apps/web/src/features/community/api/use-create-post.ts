import type { Item, Post } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { addPostToFeeds } from './feed-cache';

/** What POST /api/posts takes: the contract's `createPostBodySchema`, as the form's resolver gives it. */
export interface NewPost {
  title: string;
  body: string;
  category: string;
}

/** Publishes a post; the server's copy goes on top of the cached feeds that show it. */
export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (post: NewPost) => {
      const data = await api.post('api/posts', { json: post }).json<Item<Post>>();
      return data.item;
    },
    onSuccess: (post) => addPostToFeeds(queryClient, post),
  });
}
