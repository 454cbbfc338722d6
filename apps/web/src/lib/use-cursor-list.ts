import type { ListPage } from '@hormohelp/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import toast from 'react-hot-toast';
import { api, getErrorMessage } from './api-client';

/** One answer of a keyset-paged list endpoint; `?cursor=<nextCursor>` asks for the page after it. */
export type CursorPage<T> = ListPage<T>;

export type CursorListStatus = 'loading' | 'ready' | 'error';

export interface CursorListOptions<T> {
  /** How a further page joins the list. Keep it stable (module level): a new one starts the list over. */
  combine?: (current: T[], incoming: T[]) => T[];
  /** Combine the first page into the list instead of replacing it, so items added while it loads stay. */
  mergeFirstPage?: boolean;
  /**
   * 'toast' shows a failure at once; 'state' keeps a first page's failure in `error` for the page to show
   * in place. A failed load more, and a failed in-place reload of a list already shown, are toasts
   * either way: they fail under a list already shown, where no page shows `error`.
   */
  reportErrors?: 'toast' | 'state';
  /**
   * Read the first page again behind the list already shown: no 'loading' meanwhile, and a failure
   * after a first success keeps 'ready' (and is toasted), so a refresh never blanks the list.
   */
  reloadInPlace?: boolean;
}

/** GET one page of `path` with the feature's own query; the first page is asked for without a cursor. */
export async function fetchCursorPage<T>(
  path: string,
  cursor: string | null,
  params: Record<string, unknown> = {},
): Promise<CursorPage<T>> {
  const { data } = await api.get<CursorPage<T>>(path, {
    params: cursor === null ? params : { ...params, cursor },
  });
  return data;
}

/** Adds the items whose id the list does not have yet: a later page can repeat an item once rows move. */
function appendNew<T extends { id: string }>(current: T[], incoming: T[]): T[] {
  const known = new Set(current.map((item) => item.id));
  return [...current, ...incoming.filter((item) => !known.has(item.id))];
}

/** Whether the list has started over (new fetchPage) or unmounted since this was called. */
function staleCheck(generation: { readonly current: number }): () => boolean {
  const started = generation.current;
  return () => generation.current !== started;
}

/**
 * A cursor-paged list: the first page on mount, "load more", reload, and local edits through `setItems`.
 * `fetchPage` must be stable (module level or useCallback): a new one (another filter) starts the list
 * over, and whatever the previous one was still loading (first page or load more) is then ignored.
 */
export function useCursorList<T extends { id: string }>(
  fetchPage: (cursor: string | null) => Promise<CursorPage<T>>,
  {
    combine = appendNew,
    mergeFirstPage = false,
    reportErrors = 'toast',
    reloadInPlace = false,
  }: CursorListOptions<T> = {},
) {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<CursorListStatus>('loading');
  const [error, setError] = useState<string>();
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  // The state above only changes on the next render; two calls within one render must still fetch once.
  const loadingMore = useRef(false);
  // Bumped on unmount and on a new fetchPage: a page asked for before then is for a list now gone.
  const generation = useRef(0);
  // Whether a first page has been shown, for a reload in place to know it fails under a shown list.
  const shown = useRef(false);

  const report = useCallback(
    (caught: unknown) => {
      if (reportErrors === 'state') setError(getErrorMessage(caught));
      else toast.error(getErrorMessage(caught));
    },
    [reportErrors],
  );

  const loadFirstPage = useCallback(async () => {
    const isStale = staleCheck(generation);
    if (!reloadInPlace) setStatus('loading');
    try {
      const page = await fetchPage(null);
      if (isStale()) return;
      setItems((current) => (mergeFirstPage ? combine(current, page.items) : page.items));
      setNextCursor(page.nextCursor ?? null);
      setStatus('ready');
      shown.current = true;
      // The list is fine now: a message left from an earlier failure must not show again.
      setError(undefined);
    } catch (caught) {
      if (isStale()) return;
      if (reloadInPlace && shown.current) {
        toast.error(getErrorMessage(caught));
        return;
      }
      setStatus('error');
      report(caught);
    }
  }, [fetchPage, combine, mergeFirstPage, reloadInPlace, report]);

  useEffect(() => {
    void loadFirstPage();
    return () => {
      generation.current += 1;
      // A load more in flight is for the list now gone: its answer is dropped, and the new list may page.
      loadingMore.current = false;
      setIsLoadingMore(false);
    };
  }, [loadFirstPage]);

  async function loadMore() {
    if (!nextCursor || loadingMore.current) return;
    const isStale = staleCheck(generation);
    loadingMore.current = true;
    setIsLoadingMore(true);
    try {
      const page = await fetchPage(nextCursor);
      if (isStale()) return;
      setItems((current) => combine(current, page.items));
      setNextCursor(page.nextCursor ?? null);
      setError(undefined);
    } catch (caught) {
      if (isStale()) return;
      toast.error(getErrorMessage(caught));
    } finally {
      // A stale answer's flag was cleared when its list was left; a load more of the new list may hold it now.
      if (!isStale()) {
        loadingMore.current = false;
        setIsLoadingMore(false);
      }
    }
  }

  return {
    items,
    setItems,
    nextCursor,
    hasMore: nextCursor !== null,
    status,
    /** A first page's (or reload's) failure, until a page loads; set only with `reportErrors: 'state'`. */
    error,
    isLoadingMore,
    loadMore,
    reload: loadFirstPage,
  };
}
