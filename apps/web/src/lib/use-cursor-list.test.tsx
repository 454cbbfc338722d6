import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { delay, installFakeBackend } from '@/test/fake-backend';
import { act, render, renderHook, screen, waitFor } from '@/test/render';
import { type CursorListOptions, fetchCursorPage, useCursorList } from './use-cursor-list';

interface Thing {
  id: string;
  name: string;
}

const A = { id: 'a', name: 'Alpha' };
const B = { id: 'b', name: 'Bravo' };
const C = { id: 'c', name: 'Charlie' };
const D = { id: 'd', name: 'Delta' };
const SERVER_DOWN = {
  status: 503,
  data: { error: { code: 'unavailable', message: 'The list is resting.' } },
};

type Reply = { status: number; data?: unknown };

function page(items: Thing[], nextCursor: string | null = null): Reply {
  return { status: 200, data: { items, nextCursor } };
}

function cursorOf(call: { params?: unknown }): string | undefined {
  return (call.params as { cursor?: string } | undefined)?.cursor;
}

/** A reply the test sends when it chooses, to hold a request in flight. */
function held() {
  let answer: (reply: Reply) => void = () => {};
  const reply = new Promise<Reply>((resolve) => {
    answer = resolve;
  });
  return { reply, answer };
}

const fetchThings = (cursor: string | null) => fetchCursorPage<Thing>('/api/things', cursor, { limit: 2 });
const fetchOtherThings = (cursor: string | null) => fetchCursorPage<Thing>('/api/other-things', cursor);

function renderList(options?: CursorListOptions<Thing>) {
  return renderHook(() => useCursorList(fetchThings, options));
}

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  // Toasts live in a module-wide store: one left from an earlier test would show in the next Toaster.
  toast.remove();
});

describe('useCursorList', () => {
  it('loads the first page on mount, with the feature’s own query and no cursor', async () => {
    backend = installFakeBackend({ 'GET /api/things': () => page([A, B], 'after-b') });
    const { result } = renderList();
    expect(result.current.status).toBe('loading');

    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.items).toEqual([A, B]);
    expect(result.current.nextCursor).toBe('after-b');
    expect(result.current.hasMore).toBe(true);
    expect(backend.calls.map((call) => call.params)).toEqual([{ limit: 2 }]);
  });

  it('load more asks for the next cursor and appends only the items it does not have yet', async () => {
    backend = installFakeBackend({
      // Rows moved between the two requests: the second page repeats B.
      'GET /api/things': (call) => (cursorOf(call) === 'after-b' ? page([B, C]) : page([A, B], 'after-b')),
    });
    const { result } = renderList();
    await waitFor(() => expect(result.current.status).toBe('ready'));

    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([A, B, C]);
    expect(result.current.hasMore).toBe(false);
    expect(backend.calls.at(-1)?.params).toEqual({ limit: 2, cursor: 'after-b' });

    await act(() => result.current.loadMore());
    expect(backend.calls).toHaveLength(2);
  });

  it('ignores a second load more while one is in flight, even within the same render', async () => {
    const secondPage = held();
    backend = installFakeBackend({
      'GET /api/things': (call) => (cursorOf(call) ? secondPage.reply : page([A], 'after-a')),
    });
    const { result } = renderList();
    await waitFor(() => expect(result.current.status).toBe('ready'));

    const { loadMore } = result.current;
    act(() => {
      void loadMore();
      void loadMore();
    });
    expect(result.current.isLoadingMore).toBe(true);
    act(() => void result.current.loadMore());
    await delay(20);
    expect(backend.calls.filter(cursorOf)).toHaveLength(1);

    await act(async () => secondPage.answer(page([B])));
    await waitFor(() => expect(result.current.isLoadingMore).toBe(false));
    expect(result.current.items).toEqual([A, B]);
  });

  it('combines pages with the caller’s merge, the first page too when asked', async () => {
    const byName = (current: Thing[], incoming: Thing[]) =>
      [...current, ...incoming].sort((x, y) => y.name.localeCompare(x.name));
    backend = installFakeBackend({ 'GET /api/things': () => page([A]) });
    const { result } = renderList({ combine: byName, mergeFirstPage: true });
    // Added locally while the first page loads: the page joins it instead of replacing it.
    act(() => result.current.setItems([C]));

    await waitFor(() => expect(result.current.status).toBe('ready'));
    expect(result.current.items).toEqual([C, A]);
  });

  it('reports a failure with a toast by default, and keeps no error message', async () => {
    backend = installFakeBackend({ 'GET /api/things': () => SERVER_DOWN });
    const { result } = renderHook(() => useCursorList(fetchThings), {
      wrapper: ({ children }) => (
        <>
          {children}
          <Toaster />
        </>
      ),
    });

    expect(await screen.findByText('The list is resting.')).toBeInTheDocument();
    expect(result.current.status).toBe('error');
    expect(result.current.error).toBeUndefined();
  });

  it('with reportErrors "state", keeps a first-page failure in error, but toasts a failed load more', async () => {
    render(<Toaster />);
    let down = true;
    backend = installFakeBackend({
      'GET /api/things': (call) => {
        if (down) return SERVER_DOWN;
        return cursorOf(call)
          ? { status: 500, data: { error: { code: 'x', message: 'Page two broke.' } } }
          : page([A], 'after-a');
      },
    });
    const { result } = renderList({ reportErrors: 'state' });

    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBe('The list is resting.');

    down = false;
    await act(() => result.current.reload());
    expect(result.current.status).toBe('ready');
    await act(() => result.current.loadMore());
    // Under a list already shown, where no page shows `error`: only a toast tells the person.
    expect(await screen.findByText('Page two broke.')).toBeInTheDocument();
    expect(result.current.error).toBeUndefined();
    expect(result.current.items).toEqual([A]);
    expect(result.current.isLoadingMore).toBe(false);
    expect(screen.queryByText('The list is resting.')).not.toBeInTheDocument();
  });

  it('clears error once a reload or a load more succeeds', async () => {
    let down = true;
    backend = installFakeBackend({
      'GET /api/things': (call) => {
        if (down) return SERVER_DOWN;
        return cursorOf(call) ? page([B]) : page([A], 'after-a');
      },
    });
    const { result } = renderList({ reportErrors: 'state', reloadInPlace: true });
    await waitFor(() => expect(result.current.error).toBe('The list is resting.'));

    down = false;
    await act(() => result.current.reload());
    expect(result.current.error).toBeUndefined();

    // A failed refresh behind the list shown keeps it ready and says so in a toast, which no page
    // would show from `error`.
    render(<Toaster />);
    down = true;
    await act(() => result.current.reload());
    expect(await screen.findByText('The list is resting.')).toBeInTheDocument();
    expect(result.current.status).toBe('ready');
    expect(result.current.error).toBeUndefined();
    down = false;
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([A, B]);
    expect(result.current.error).toBeUndefined();
  });

  it('reload replaces the items with a fresh first page', async () => {
    let things = [A, B];
    backend = installFakeBackend({ 'GET /api/things': () => page(things, 'after') });
    const { result } = renderList();
    await waitFor(() => expect(result.current.items).toEqual([A, B]));

    things = [C];
    await act(() => result.current.reload());
    expect(result.current.items).toEqual([C]);
  });

  it('a reload shows loading and a failure turns the list to error; in place it stays ready', async () => {
    let down = false;
    backend = installFakeBackend({ 'GET /api/things': () => (down ? SERVER_DOWN : page([A])) });
    const inPlace = renderList({ reportErrors: 'state', reloadInPlace: true });
    const fromScratch = renderList({ reportErrors: 'state' });
    await waitFor(() => expect(inPlace.result.current.status).toBe('ready'));
    await waitFor(() => expect(fromScratch.result.current.status).toBe('ready'));

    down = true;
    let reloads: Promise<unknown> = Promise.resolve();
    act(() => {
      reloads = Promise.all([inPlace.result.current.reload(), fromScratch.result.current.reload()]);
    });
    expect(inPlace.result.current.status).toBe('ready');
    expect(fromScratch.result.current.status).toBe('loading');
    await act(() => reloads);

    expect(inPlace.result.current.status).toBe('ready');
    expect(inPlace.result.current.items).toEqual([A]);
    // Told by a toast (see above), not kept in `error`, which a page shows only in place of a list.
    expect(inPlace.result.current.error).toBeUndefined();
    expect(fromScratch.result.current.status).toBe('error');
    expect(fromScratch.result.current.error).toBe('The list is resting.');
  });

  it('ignores a first page that answers after unmount', async () => {
    render(<Toaster />);
    const firstPage = held();
    backend = installFakeBackend({ 'GET /api/things': () => firstPage.reply });
    const { unmount } = renderList();
    await waitFor(() => expect(backend?.calls).toHaveLength(1));

    unmount();
    await act(async () => {
      firstPage.answer(SERVER_DOWN);
      await delay(20);
    });
    expect(screen.queryByText('The list is resting.')).not.toBeInTheDocument();
  });

  it('starts over with a new fetchPage and ignores the first page the old one was still loading', async () => {
    const oldFirstPage = held();
    backend = installFakeBackend({
      'GET /api/things': () => oldFirstPage.reply,
      'GET /api/other-things': () => page([C]),
    });
    const { result, rerender } = renderHook(({ fetchPage }) => useCursorList(fetchPage), {
      initialProps: { fetchPage: fetchThings },
    });
    rerender({ fetchPage: fetchOtherThings });
    await waitFor(() => expect(result.current.items).toEqual([C]));

    await act(async () => {
      oldFirstPage.answer(page([A, B], 'after-b'));
      await delay(20);
    });
    expect(result.current.items).toEqual([C]);
    expect(result.current.hasMore).toBe(false);
  });

  /** Asks the things list for its second page, then switches to other things while that is in flight. */
  async function startOverDuringLoadMore(otherSecondPage: Reply | Promise<Reply> = page([D])) {
    render(<Toaster />);
    const oldSecondPage = held();
    backend = installFakeBackend({
      'GET /api/things': (call) => (cursorOf(call) ? oldSecondPage.reply : page([A], 'after-a')),
      'GET /api/other-things': (call) => (cursorOf(call) ? otherSecondPage : page([C], 'after-c')),
    });
    const hook = renderHook(({ fetchPage }) => useCursorList(fetchPage), {
      initialProps: { fetchPage: fetchThings },
    });
    await waitFor(() => expect(hook.result.current.status).toBe('ready'));
    act(() => void hook.result.current.loadMore());
    expect(hook.result.current.isLoadingMore).toBe(true);

    hook.rerender({ fetchPage: fetchOtherThings });
    await waitFor(() => expect(hook.result.current.items).toEqual([C]));
    // The old page is not for this list: nothing is loading more of it.
    expect(hook.result.current.isLoadingMore).toBe(false);
    return { ...hook, oldSecondPage };
  }

  it('drops a load more answered after the list started over, and the new list pages at once', async () => {
    const { result, oldSecondPage } = await startOverDuringLoadMore();

    await act(async () => {
      oldSecondPage.answer(page([B], 'after-b'));
      await delay(20);
    });
    expect(result.current.items).toEqual([C]);
    expect(result.current.nextCursor).toBe('after-c');
    expect(result.current.isLoadingMore).toBe(false);

    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([C, D]);
  });

  it('drops a load more that fails after the list started over, without a word', async () => {
    const { result, oldSecondPage } = await startOverDuringLoadMore();

    await act(async () => {
      oldSecondPage.answer(SERVER_DOWN);
      await delay(20);
    });
    expect(screen.queryByText('The list is resting.')).not.toBeInTheDocument();
    expect(result.current.items).toEqual([C]);
    expect(result.current.isLoadingMore).toBe(false);
  });

  it('keeps the new list’s load more busy when the old one answers in the middle of it', async () => {
    const newSecondPage = held();
    const { result, oldSecondPage } = await startOverDuringLoadMore(newSecondPage.reply);

    act(() => void result.current.loadMore());
    await act(async () => {
      oldSecondPage.answer(page([B]));
      await delay(20);
    });
    expect(result.current.isLoadingMore).toBe(true);
    act(() => void result.current.loadMore());
    expect(backend?.callsTo('GET', '/api/other-things').filter(cursorOf)).toHaveLength(1);

    await act(async () => newSecondPage.answer(page([D])));
    await waitFor(() => expect(result.current.isLoadingMore).toBe(false));
    expect(result.current.items).toEqual([C, D]);
  });
});
