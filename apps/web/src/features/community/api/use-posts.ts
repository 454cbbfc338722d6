import type { Post, postListSchema } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import toast from 'react-hot-toast';
import type { z } from 'zod';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';

type PostPage = z.infer<typeof postListSchema>;

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
  const [items, setItems] = useState<Post[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const params = { limit: FEED_PAGE_SIZE, category: category ?? undefined, cursor: cursor ?? undefined };
      const { data } = await api.get<PostPage>('/api/posts', { params });
      return data;
    },
    [category],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadKey is the "try again" trigger.
  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    setItems([]);
    fetchPage(null).then(
      (page) => {
        if (cancelled) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setStatus('ready');
      },
      (error: unknown) => {
        if (cancelled) return;
        setStatus('error');
        toast.error(getErrorMessage(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchPage, reloadKey]);

  async function loadMore() {
    if (!nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor);
      setItems((current) => merge(current, page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      toast.error(getErrorMessage(error));
    } finally {
      setIsLoadingMore(false);
    }
  }

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
    hasMore: nextCursor !== null,
    isLoadingMore,
    loadMore,
    addPost,
    updatePost,
    deletePost,
    retry: () => setReloadKey((key) => key + 1),
  };
}
