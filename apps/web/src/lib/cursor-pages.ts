import type { ListPage } from '@hormohelp/contracts';
import type { InfiniteData } from '@tanstack/react-query';
import { api } from './api-client';

/** GET one page of a keyset-paged list; the first page is asked for without a cursor. */
export async function fetchCursorPage<T>(
  path: string,
  cursor: string | null,
  params: Record<string, string | number | undefined> = {},
  signal?: AbortSignal,
): Promise<ListPage<T>> {
  const searchParams = cursor === null ? params : { ...params, cursor };
  return api.get(path, { searchParams, signal }).json<ListPage<T>>();
}

/** For `useInfiniteQuery`: the cursor of the page after `page`, or none at the end of the list. */
export function nextCursorOf<T>(page: ListPage<T>): string | null {
  return page.nextCursor ?? null;
}

/**
 * Every loaded page's items in order, each id once: a later page can repeat an item after rows
 * move between two requests.
 */
export function itemsOfPages<T extends { id: string }>(data: InfiniteData<ListPage<T>> | undefined): T[] {
  if (!data) return [];
  const seen = new Set<string>();
  const items: T[] = [];
  for (const page of data.pages) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}
