import type { Comment, commentListSchema } from '@hormohelp/contracts';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { api, getErrorMessage } from '@/lib/api-client';

type CommentPage = z.infer<typeof commentListSchema>;

const COMMENT_PAGE_SIZE = 20;

/** A post's comments, oldest first; loaded when the thread is opened. */
export function useComments(postId: string) {
  const [items, setItems] = useState<Comment[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string>();
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const fetchPage = useCallback(
    async (cursor: string | null) => {
      const params = { limit: COMMENT_PAGE_SIZE, cursor: cursor ?? undefined };
      const { data } = await api.get<CommentPage>(`/api/posts/${postId}/comments`, { params });
      return data;
    },
    [postId],
  );

  const load = useCallback(
    async (isCancelled: () => boolean = () => false) => {
      setStatus('loading');
      try {
        const page = await fetchPage(null);
        if (isCancelled()) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setStatus('ready');
      } catch (caught) {
        if (isCancelled()) return;
        setError(getErrorMessage(caught));
        setStatus('error');
      }
    },
    [fetchPage],
  );

  useEffect(() => {
    let cancelled = false;
    void load(() => cancelled);
    return () => {
      cancelled = true;
    };
  }, [load]);

  async function loadMore() {
    if (!nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor);
      setItems((current) => [...current, ...page.items.filter((c) => !current.some((k) => k.id === c.id))]);
      setNextCursor(page.nextCursor);
    } catch (caught) {
      setError(getErrorMessage(caught));
    } finally {
      setIsLoadingMore(false);
    }
  }

  function addComment(comment: Comment) {
    setItems((current) => [...current, comment]);
  }

  return {
    items,
    status,
    error,
    hasMore: nextCursor !== null,
    isLoadingMore,
    loadMore,
    addComment,
    retry: () => load(),
  };
}
