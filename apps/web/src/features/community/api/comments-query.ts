import type { Comment } from '@hormohelp/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchCursorPage, nextCursorOf } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';

const COMMENT_PAGE_SIZE = 20;

/** A post's comments, oldest first; read when its thread is opened. */
export function commentsQueryOptions(postId: string) {
  return infiniteQueryOptions({
    queryKey: queryKeys.posts.comments(postId),
    queryFn: ({ pageParam, signal }) =>
      fetchCursorPage<Comment>(
        `api/posts/${postId}/comments`,
        pageParam,
        { limit: COMMENT_PAGE_SIZE },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  });
}
