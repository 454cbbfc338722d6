import type { Post } from '@hormohelp/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import userEvent from '@testing-library/user-event';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { itemsOfPages } from '@/lib/cursor-pages';
import { queryKeys } from '@/lib/query-keys';
import { installFakeBackend } from '@/test/fake-backend';
import { createTestQueryClient, render, screen, waitFor, within } from '@/test/render';
import { feedQueryOptions } from '../api/feed-query';
import { VERIFY_TO_LIKE } from './like-button';
import { PostCard } from './post-card';

const POST: Post = {
  id: '44444444-4444-4444-8444-444444444444',
  title: 'Spearmint tea helped me',
  body: 'Two cups a day.\n\nThree months in: <b>fewer</b> breakouts.',
  category: 'PCOS',
  author: { id: '55555555-5555-4555-8555-555555555555', name: 'Meera' },
  likeCount: 4,
  likedByMe: false,
  commentCount: 0,
  createdAt: '2026-11-20T10:00:00.000Z',
};

const COMMENT = {
  id: '88888888-8888-4888-8888-888888888888',
  body: 'First!',
  author: { id: '77777777-7777-4777-8777-777777777777', name: 'Asha' },
  createdAt: '2026-11-27T09:00:00.000Z',
};

type Reply = { status: number; data?: unknown };

/** An answer the test sends when it chooses, so it can look at the screen while the request is open. */
function heldOpen() {
  let send: (reply: Reply) => void = () => {};
  const reply = new Promise<Reply>((resolve) => {
    send = resolve;
  });
  return { reply, send };
}

/** The card as the feed of `category` shows it, read from that feed's cache entry. */
function CardInFeed({ category, canWrite }: { category: string | null; canWrite: boolean }) {
  const { data } = useInfiniteQuery(feedQueryOptions(category));
  const post = itemsOfPages(data)[0];
  if (!post) return null;
  return (
    <section aria-label={category ?? 'All topics'}>
      <PostCard post={post} isOwn={false} canWrite={canWrite} onDelete={() => {}} />
    </section>
  );
}

/** The post cached in the feed of every topic and in its own, as if both had been read; one is shown. */
function renderCard({
  canWrite = true,
  feeds = [null],
}: {
  canWrite?: boolean;
  feeds?: Array<string | null>;
} = {}) {
  const queryClient = createTestQueryClient();
  for (const category of [null, POST.category]) {
    queryClient.setQueryData(queryKeys.posts.feed(category), {
      pages: [{ items: [POST], nextCursor: null }],
      pageParams: [null],
    });
  }
  return render(
    <>
      {feeds.map((category) => (
        <CardInFeed key={category ?? 'all'} category={category} canWrite={canWrite} />
      ))}
      <Toaster />
    </>,
    { queryClient },
  );
}

const likeButton = (scope: Pick<typeof screen, 'getByRole'> = screen) =>
  scope.getByRole('button', { name: `Like ${POST.title}` });
const openThread = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Comments (0)' }));

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  // Toasts live in a module-wide store: one left from an earlier test would show in the next Toaster.
  toast.remove();
});

describe('a community post', () => {
  it('shows a like at once in every feed holding the post, before the server answers, then takes its count', async () => {
    const user = userEvent.setup({ delay: null });
    const answer = heldOpen();
    backend = installFakeBackend({ [`POST /api/posts/${POST.id}/like`]: () => answer.reply });
    renderCard({ feeds: [null, POST.category] });
    const everyTopic = within(screen.getByRole('region', { name: 'All topics' }));
    const ownTopic = within(screen.getByRole('region', { name: POST.category }));

    await user.click(likeButton(everyTopic));
    await waitFor(() => expect(likeButton(everyTopic)).toHaveAttribute('aria-pressed', 'true'));
    expect(likeButton(everyTopic)).toHaveTextContent('5');
    expect(likeButton(ownTopic)).toHaveAttribute('aria-pressed', 'true');
    expect(likeButton(ownTopic)).toHaveTextContent('5');

    answer.send({ status: 200, data: { liked: true, likeCount: 9 } });
    await waitFor(() => expect(likeButton(everyTopic)).toHaveTextContent('9'));
    expect(likeButton(ownTopic)).toHaveTextContent('9');
    expect(likeButton(everyTopic)).toHaveAttribute('aria-pressed', 'true');
  }, 15_000);

  it('when the like fails, the count goes back and a toast says why', async () => {
    const user = userEvent.setup({ delay: null });
    const answer = heldOpen();
    backend = installFakeBackend({ [`POST /api/posts/${POST.id}/like`]: () => answer.reply });
    renderCard();

    await user.click(likeButton());
    await waitFor(() => expect(likeButton()).toHaveTextContent('5'));
    answer.send({ status: 500, data: { error: { code: 'internal', message: 'Likes are resting.' } } });

    expect(await screen.findByText('Likes are resting.')).toBeInTheDocument();
    expect(likeButton()).toHaveAttribute('aria-pressed', 'false');
    expect(likeButton()).toHaveTextContent('4');
  }, 15_000);

  it('ignores a second press while the first like is still on its way', async () => {
    const user = userEvent.setup({ delay: null });
    const answer = heldOpen();
    backend = installFakeBackend({ [`POST /api/posts/${POST.id}/like`]: () => answer.reply });
    renderCard();

    await user.click(likeButton());
    await waitFor(() => expect(likeButton()).toHaveAttribute('aria-busy', 'true'));
    await user.click(likeButton());
    answer.send({ status: 200, data: { liked: true, likeCount: 5 } });

    await waitFor(() => expect(likeButton()).not.toHaveAttribute('aria-busy'));
    expect(backend.callsTo('POST', `/api/posts/${POST.id}/like`)).toHaveLength(1);
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    expect(likeButton()).toHaveTextContent('5');
  }, 15_000);

  it('renders user text as text with its line breaks, never as HTML', () => {
    renderCard();
    const body = screen.getByText(/Two cups a day/);
    expect(body.textContent).toBe(POST.body);
    expect(body.querySelector('b')).toBeNull();
    expect(body).toHaveClass('whitespace-pre-wrap');
  }, 15_000);

  it('opens the comments, posts a new one at the end of the thread and counts it', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () => ({
        status: 200,
        data: { items: [COMMENT], nextCursor: null },
      }),
      [`POST /api/posts/${POST.id}/comments`]: (_call, body) => ({
        status: 201,
        data: {
          item: {
            id: '66666666-6666-4666-8666-666666666666',
            body: (body as { body: string }).body,
            author: { id: '77777777-7777-4777-8777-777777777777', name: 'Asha' },
            createdAt: '2026-11-27T10:00:00.000Z',
          },
        },
      }),
    });
    renderCard();

    await openThread(user);
    await screen.findByText('First!');
    await user.type(screen.getByLabelText('Write a comment'), '  Same here!  ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    const comments = await screen.findByRole('list', { name: 'Comments' });
    await waitFor(() =>
      expect(
        within(comments)
          .getAllByRole('listitem')
          .map((item) => item.lastChild?.textContent),
      ).toEqual(['First!', 'Same here!']),
    );
    expect(backend.callsTo('POST', `/api/posts/${POST.id}/comments`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Hide comments (1)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByLabelText('Write a comment')).toHaveValue('');
  }, 15_000);

  it('refuses an empty comment with the contract’s reason beside the box, and sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () => ({ status: 200, data: { items: [], nextCursor: null } }),
    });
    renderCard();

    await openThread(user);
    await screen.findByText('No comments yet. Be the first to reply.');
    await user.type(screen.getByLabelText('Write a comment'), '   ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    const box = screen.getByLabelText('Write a comment');
    await waitFor(() => expect(box).toHaveAccessibleDescription('Write a comment'));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveFocus();
    expect(backend.callsTo('POST', `/api/posts/${POST.id}/comments`)).toHaveLength(0);
  }, 15_000);

  it('shows the server’s problem with the comment on the comment box', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () => ({ status: 200, data: { items: [], nextCursor: null } }),
      [`POST /api/posts/${POST.id}/comments`]: () => ({
        status: 400,
        data: {
          error: {
            code: 'validation_error',
            message: 'Check the highlighted fields.',
            details: { fields: { body: 'Comments cannot be only a link' } },
          },
        },
      }),
    });
    renderCard();

    await openThread(user);
    await screen.findByText('No comments yet. Be the first to reply.');
    await user.type(screen.getByLabelText('Write a comment'), 'https://example.com');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    const box = screen.getByLabelText('Write a comment');
    await waitFor(() => expect(box).toHaveAccessibleDescription('Comments cannot be only a link'));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveValue('https://example.com');
    expect(screen.getByRole('button', { name: 'Hide comments (0)' })).toBeInTheDocument();
  }, 15_000);

  it('says in place why the thread did not load, and "Try again" reads it again', async () => {
    const user = userEvent.setup({ delay: null });
    let fails = true;
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () =>
        fails
          ? { status: 503, data: { error: { code: 'unavailable', message: 'Comments are resting.' } } }
          : { status: 200, data: { items: [COMMENT], nextCursor: null } },
    });
    renderCard();

    await openThread(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Comments are resting.');
    fails = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    const comments = await screen.findByRole('list', { name: 'Comments' });
    expect(within(comments).getByText('First!')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 15_000);

  it('says so when more comments fail to load, and keeps the thread shown', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: (call) =>
        (call.params as { cursor?: string }).cursor
          ? { status: 503, data: { error: { code: 'unavailable', message: 'Comments are resting.' } } }
          : { status: 200, data: { items: [COMMENT], nextCursor: 'later' } },
    });
    renderCard();
    await openThread(user);
    await user.click(await screen.findByRole('button', { name: 'Show more comments' }));

    expect(await screen.findByText('Comments are resting.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Comments' })).getByText('First!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show more comments' })).toBeEnabled();
  }, 15_000);

  it('without a verified email, a like press explains instead of calling the API', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({});
    renderCard({ canWrite: false });
    await user.click(likeButton());
    expect(await screen.findByText(VERIFY_TO_LIKE)).toBeInTheDocument();
    expect(likeButton()).toHaveAttribute('aria-pressed', 'false');
    expect(likeButton()).toHaveAttribute('aria-disabled', 'true');
    expect(likeButton()).toHaveTextContent('4');
    expect(backend.calls).toHaveLength(0);
  }, 15_000);

  it('explains that commenting needs a verified email instead of showing the comment box', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () => ({ status: 200, data: { items: [], nextCursor: null } }),
    });
    renderCard({ canWrite: false });
    await openThread(user);
    expect(await screen.findByText(/Verify your email to join the conversation/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Write a comment')).not.toBeInTheDocument();
  }, 15_000);
});
