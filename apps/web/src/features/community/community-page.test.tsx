import type { Post } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeBackend, makeUser, type RecordedCall } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
import CommunityPage from './community-page';

const ME = makeUser();
vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: ME }) }));

const KAVYA = { id: '12121212-1212-4121-8121-121212121212', name: 'Kavya' };

function post(id: string, title: string, category: string, author = KAVYA): Post {
  return {
    id,
    title,
    body: 'Body',
    category,
    author,
    likeCount: 0,
    likedByMe: false,
    commentCount: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
  };
}

const MINE = post('13131313-1313-4131-8131-131313131313', 'My levothyroxine timing', 'Thyroid', ME);
const SELENIUM = post('14141414-1414-4141-8141-141414141414', 'Selenium and TSH', 'Thyroid');
const SPEARMINT = post('16161616-1616-4161-8161-161616161616', 'Spearmint tea', 'PCOS');

type Reply = { status: number; data?: unknown };
type Route = (call: RecordedCall, body: unknown) => Reply | Promise<Reply>;

/** The fake pages two posts at a time, so that three posts make two pages. */
const SERVER_PAGE_SIZE = 2;

/**
 * The posts API over a list the test starts with, newest first: it lists a category's posts page by
 * page (the cursor is the index of the page's first post), publishes at the top and deletes.
 * `routes` replace its own answers.
 */
function installCommunity(initial: Post[], routes: Record<string, Route> = {}) {
  let posts = [...initial];
  const list: Route = (call) => {
    const { category, cursor } = call.params as { category?: string; cursor?: string };
    const shown = posts.filter((item) => !category || item.category === category);
    const start = Number(cursor ?? 0);
    const end = start + SERVER_PAGE_SIZE;
    const items = shown.slice(start, end);
    return { status: 200, data: { items, nextCursor: end < shown.length ? String(end) : null } };
  };
  const publish: Route = (_call, body) => {
    const created = { ...post('15151515-1515-4151-8151-151515151515', '', '', ME), ...(body as object) };
    posts = [created, ...posts];
    return { status: 201, data: { item: created } };
  };
  const remove =
    (id: string): Route =>
    () => {
      posts = posts.filter((item) => item.id !== id);
      return { status: 204 };
    };
  const deletes = Object.fromEntries(
    initial.map((item) => [`DELETE /api/posts/${item.id}`, remove(item.id)]),
  );
  return installFakeBackend({ 'GET /api/posts': list, 'POST /api/posts': publish, ...deletes, ...routes });
}

/** An answer the test sends when it chooses, so it can look at the screen while the request is open. */
function heldOpen() {
  let send: (reply: Reply) => void = () => {};
  const reply = new Promise<Reply>((resolve) => {
    send = resolve;
  });
  return { reply, send };
}

function renderPage() {
  return render(
    <>
      <CommunityPage />
      <Toaster />
    </>,
  );
}

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  toast.remove();
});

const titles = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
const feedReads = () => backend?.callsTo('GET', '/api/posts').map((call) => call.params) ?? [];

async function deleteMine(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: `Delete post ${MINE.title}` }));
  await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
}

describe('the community page', () => {
  it('"Load more" adds the next page under the posts shown', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([MINE, SELENIUM, SPEARMINT]);
    renderPage();
    expect(document.title).toBe('Community · HormoHelp');

    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title, SPEARMINT.title]));
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(feedReads()).toEqual([{ limit: '10' }, { limit: '10', cursor: '2' }]);
  }, 15_000);

  it('a topic shows its own feed, and going back shows the first one again without reading it again', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([MINE, SPEARMINT]);
    renderPage();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SPEARMINT.title]));

    await user.click(screen.getByRole('button', { name: 'PCOS' }));
    await waitFor(() => expect(titles()).toEqual([SPEARMINT.title]));
    expect(screen.getByRole('button', { name: 'PCOS' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'All topics' }));

    expect(titles()).toEqual([MINE.title, SPEARMINT.title]);
    expect(feedReads()).toEqual([{ limit: '10' }, { limit: '10', category: 'PCOS' }]);
  }, 15_000);

  it('a new post appears at the top of its topic’s feed and of every topic’s', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([MINE, SELENIUM, SPEARMINT]);
    renderPage();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));
    await user.click(screen.getByRole('button', { name: 'Thyroid' }));
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));

    expect(screen.getByLabelText('Topic')).toHaveValue('Thyroid');
    await user.type(screen.getByLabelText('Title'), '  Morning dose questions ');
    await user.type(screen.getByLabelText('Your post'), 'Before or after tea?');
    await user.click(screen.getByRole('button', { name: 'Publish post' }));

    await waitFor(() => expect(titles()).toEqual(['Morning dose questions', MINE.title, SELENIUM.title]));
    expect(await screen.findByText('Your post is live')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('');
    expect(backend.callsTo('POST', '/api/posts')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'All topics' }));
    expect(titles()).toEqual(['Morning dose questions', MINE.title, SELENIUM.title]);
    expect(feedReads()).toHaveLength(2);
  }, 15_000);

  it('only my own posts can be deleted, and a deleted one leaves the feed with a toast', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([MINE, SELENIUM]);
    renderPage();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));
    expect(screen.queryByRole('button', { name: `Delete post ${SELENIUM.title}` })).not.toBeInTheDocument();

    await deleteMine(user);

    expect(await screen.findByText('Post deleted')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual([SELENIUM.title]));
    expect(backend.callsTo('DELETE', `/api/posts/${MINE.id}`)).toHaveLength(1);
  }, 15_000);

  it('a deleted post leaves at once, and comes back with a toast when the server fails with a 500', async () => {
    const user = userEvent.setup({ delay: null });
    const answer = heldOpen();
    backend = installCommunity([MINE, SELENIUM], {
      [`DELETE /api/posts/${MINE.id}`]: () => answer.reply,
    });
    renderPage();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));

    await deleteMine(user);
    await waitFor(() => expect(titles()).toEqual([SELENIUM.title]));
    answer.send({ status: 500, data: { error: { code: 'internal', message: 'Deleting is resting.' } } });

    expect(await screen.findByText('Deleting is resting.')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));
    expect(screen.queryByText('Post deleted')).not.toBeInTheDocument();
  }, 15_000);

  it('a post the server no longer has (404) stays gone, without an error', async () => {
    const user = userEvent.setup({ delay: null });
    let posts = [MINE, SELENIUM];
    backend = installCommunity(posts, {
      // Deleted meanwhile from another tab: the list no longer has it either.
      [`DELETE /api/posts/${MINE.id}`]: () => {
        posts = [SELENIUM];
        return { status: 404, data: { error: { code: 'not_found', message: 'Not found' } } };
      },
      'GET /api/posts': () => ({ status: 200, data: { items: posts, nextCursor: null } }),
    });
    renderPage();
    await waitFor(() => expect(titles()).toEqual([MINE.title, SELENIUM.title]));

    await deleteMine(user);

    await waitFor(() => expect(backend?.callsTo('GET', '/api/posts')).toHaveLength(2));
    expect(titles()).toEqual([SELENIUM.title]);
    expect(screen.queryByText('Not found')).not.toBeInTheDocument();
  }, 15_000);

  it('when the first page fails it says so, and "Try again" reads the feed again', async () => {
    const user = userEvent.setup({ delay: null });
    let fails = true;
    backend = installCommunity([MINE], {
      'GET /api/posts': () =>
        fails
          ? { status: 503, data: { error: { code: 'unavailable', message: 'Resting.' } } }
          : { status: 200, data: { items: [MINE], nextCursor: null } },
    });
    renderPage();

    expect(await screen.findByText('The discussions could not be loaded')).toBeInTheDocument();
    fails = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() => expect(titles()).toEqual([MINE.title]));
  }, 15_000);

  it('shows the title rule beside the title instead of sending a too-short post', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([]);
    renderPage();
    await screen.findByText('No discussions here yet');
    await user.type(screen.getByLabelText('Title'), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Publish post' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
        'Give your post a title of at least 3 characters',
      ),
    );
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByLabelText('Your post')).toHaveAccessibleDescription(/Write something/);
    expect(backend.callsTo('POST', '/api/posts')).toHaveLength(0);
  }, 15_000);

  it('shows the server’s problem with a field beside that field', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installCommunity([], {
      'POST /api/posts': () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_error',
            message: 'Check the highlighted fields.',
            details: { fields: { title: 'That title is taken this week' } },
          },
        },
      }),
    });
    renderPage();
    await screen.findByText('No discussions here yet');
    await user.type(screen.getByLabelText('Title'), 'Morning dose questions');
    await user.type(screen.getByLabelText('Your post'), 'Before or after tea?');
    await user.click(screen.getByRole('button', { name: 'Publish post' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Title')).toHaveAccessibleDescription('That title is taken this week'),
    );
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(screen.getByLabelText('Your post')).toHaveValue('Before or after tea?');
  }, 15_000);
});
