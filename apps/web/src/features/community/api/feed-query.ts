import type { Post } from '@hormohelp/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { fetchCursorPage, nextCursorOf } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';

export const FEED_PAGE_SIZE = 10;

/** The feed of one category (null: every category), newest first, a page per "Load more". */
export function feedQueryOptions(category: string | null) {
  return infiniteQueryOptions({
    queryKey: queryKeys.posts.feed(category),
    queryFn: ({ pageParam, signal }) =>
      fetchCursorPage<Post>(
        'api/posts',
        pageParam,
        { limit: FEED_PAGE_SIZE, category: category ?? undefined },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: nextCursorOf,
  });
}
