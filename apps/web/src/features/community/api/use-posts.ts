import type { Post } from '@hormohelp/contracts';
import { useCallback } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { fetchCursorPage, useCursorList } from '@/lib/use-cursor-list';

export const FEED_PAGE_SIZE = 10;

function newestFirst(a: Post, b: Post): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

function merge(current: Post[], incoming: Post[]): Post[] {
  const byId = new Map(current.map((post) => [post.id, post]));
  for (const post of incoming) byId.set(post.id, post);
  return [...byId.values()].sort(newestFirst);
}

/** The feed for one category (or all): first page, "load more", and local add/update/remove. */
export function usePosts(category: string | null) {
  // A new category is a new fetchPage, so the feed starts over from its first page.
  const fetchPage = useCallback(
    (cursor: string | null) =>
      fetchCursorPage<Post>('/api/posts', cursor, { limit: FEED_PAGE_SIZE, category: category ?? undefined }),
    [category],
  );
  const { items, setItems, status, hasMore, isLoadingMore, loadMore, reload } = useCursorList(fetchPage, {
    combine: merge,
  });

  function addPost(post: Post) {
    if (category === null || post.category === category) setItems((current) => merge(current, [post]));
  }

  function updatePost(id: string, patch: Partial<Post>) {
    setItems((current) => current.map((post) => (post.id === id ? { ...post, ...patch } : post)));
  }

  async function deletePost(post: Post) {
    setItems((current) => current.filter((item) => item.id !== post.id));
    try {
      await api.delete(`/api/posts/${post.id}`);
      toast.success('Post deleted');
    } catch (error) {
      if (getErrorCode(error) === 'not_found') return;
      setItems((current) => merge(current, [post]));
      toast.error(getErrorMessage(error));
    }
  }

  return {
    items,
    status,
    hasMore,
    isLoadingMore,
    loadMore,
    addPost,
    updatePost,
    deletePost,
    retry: () => void reload(),
  };
}
