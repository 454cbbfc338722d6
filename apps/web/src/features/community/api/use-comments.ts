import type { Comment } from '@hormohelp/contracts';
import { useCallback } from 'react';
import { fetchCursorPage, useCursorList } from '@/lib/use-cursor-list';

const COMMENT_PAGE_SIZE = 20;

/** A post's comments, oldest first; loaded when the thread is opened. */
export function useComments(postId: string) {
  const fetchPage = useCallback(
    (cursor: string | null) =>
      fetchCursorPage<Comment>(`/api/posts/${postId}/comments`, cursor, { limit: COMMENT_PAGE_SIZE }),
    [postId],
  );
  // The thread shows a failure in place, next to its "Try again".
  const { items, setItems, status, error, hasMore, isLoadingMore, loadMore, reload } = useCursorList(
    fetchPage,
    { reportErrors: 'state' },
  );

  function addComment(comment: Comment) {
    setItems((current) => [...current, comment]);
  }

  return { items, status, error, hasMore, isLoadingMore, loadMore, addComment, retry: reload };
}
