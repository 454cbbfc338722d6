import type { Comment, ListPage, Post } from '@hormohelp/contracts';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';

/** A cached feed or thread: the pages loaded so far, each with the cursor it was asked with. */
type CursorData<T> = InfiniteData<ListPage<T>, string | null>;
export type FeedData = CursorData<Post>;

// Every feed whatever its topic; `queryKeys.posts.all` would match the threads' comments as well.
const EVERY_FEED = queryKeys.posts.feeds;

/** The cached feeds as they are now, to put back when a write the screen already shows fails. */
export type FeedSnapshot = Array<[QueryKey, FeedData | undefined]>;

export function snapshotFeeds(queryClient: QueryClient): FeedSnapshot {
  return queryClient.getQueriesData<FeedData>({ queryKey: EVERY_FEED });
}

export function restoreFeeds(queryClient: QueryClient, snapshot: FeedSnapshot): void {
  for (const [key, data] of snapshot) queryClient.setQueryData(key, data);
}

/**
 * Stops the feeds' reads in flight, so that an answer sent before a write cannot land over what the
 * write is about to show. A cancelled read puts its feed back as it was at once, within this call,
 * so the write can change the cache right after it without waiting.
 */
export function stopFeedReads(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ queryKey: EVERY_FEED });
}

function mapPosts(data: FeedData | undefined, map: (posts: Post[]) => Post[]): FeedData | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: map(page.items) })) };
}

/** Changes the post with `id` in every cached feed that holds it, on every page at once. */
export function updatePostInFeeds(queryClient: QueryClient, id: string, change: (post: Post) => Post): void {
  queryClient.setQueriesData<FeedData>({ queryKey: EVERY_FEED }, (data) =>
    mapPosts(data, (posts) => posts.map((post) => (post.id === id ? change(post) : post))),
  );
}

export function removePostFromFeeds(queryClient: QueryClient, id: string): void {
  queryClient.setQueriesData<FeedData>({ queryKey: EVERY_FEED }, (data) =>
    mapPosts(data, (posts) => posts.filter((post) => post.id !== id)),
  );
}

function withPostOnTop(data: FeedData | undefined, post: Post): FeedData | undefined {
  const [first, ...rest] = data?.pages ?? [];
  if (!data || !first) return data;
  if (data.pages.some((page) => page.items.some((item) => item.id === post.id))) return data;
  return { ...data, pages: [{ ...first, items: [post, ...first.items] }, ...rest] };
}

/**
 * Puts a new post at the top of the feeds that show it, where they are cached: every category's and
 * its own. It is the newest post, so it is where the server would list it.
 */
export function addPostToFeeds(queryClient: QueryClient, post: Post): void {
  for (const category of [null, post.category]) {
    queryClient.setQueryData<FeedData>(queryKeys.posts.feed(category), (data) => withPostOnTop(data, post));
  }
}

/** Adds a new comment after the last one loaded of the post's thread, if the thread is cached. */
export function appendComment(queryClient: QueryClient, postId: string, comment: Comment): void {
  queryClient.setQueryData<CursorData<Comment>>(queryKeys.posts.comments(postId), (data) => {
    const last = data?.pages.at(-1);
    if (!data || !last) return data;
    return { ...data, pages: [...data.pages.slice(0, -1), { ...last, items: [...last.items, comment] }] };
  });
}
