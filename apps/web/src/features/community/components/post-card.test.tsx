import type { Post } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import toast, { Toaster } from 'react-hot-toast';
import { afterEach, describe, expect, it } from 'vitest';
import { delay, installFakeBackend } from '@/test/fake-backend';
import { render, screen, waitFor, within } from '@/test/render';
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

/** The card with its state held the way the feed holds it. */
function Harness({ canWrite = true }: { canWrite?: boolean }) {
  const [post, setPost] = useState(POST);
  return (
    <PostCard
      post={post}
      isOwn={false}
      canWrite={canWrite}
      onChange={(patch) => setPost((p) => ({ ...p, ...patch }))}
      onDelete={() => {}}
    />
  );
}

const likeButton = () => screen.getByRole('button', { name: `Like ${POST.title}` });

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => {
  backend?.restore();
  // Toasts live in a module-wide store: one left from an earlier test would show in the next Toaster.
  toast.remove();
});

describe('a community post', () => {
  it('shows the like at once, then takes the count the server answers', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`POST /api/posts/${POST.id}/like`]: async () => {
        await delay(50);
        return { status: 200, data: { liked: true, likeCount: 9 } };
      },
    });
    render(<Harness />);

    await user.click(likeButton());
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    expect(likeButton()).toHaveTextContent('5');

    await waitFor(() => expect(likeButton()).toHaveTextContent('9'));
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
  }, 15_000);

  it('puts the previous state back when the like fails', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`POST /api/posts/${POST.id}/like`]: async () => {
        await delay(50);
        return {
          status: 403,
          data: { error: { code: 'email_not_verified', message: 'Verify your email first.' } },
        };
      },
    });
    render(<Harness />);

    await user.click(likeButton());
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(likeButton()).toHaveAttribute('aria-pressed', 'false'));
    expect(likeButton()).toHaveTextContent('4');
  }, 15_000);

  it('ignores a second press while the first toggle is still on its way', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`POST /api/posts/${POST.id}/like`]: async () => {
        await delay(80);
        return { status: 200, data: { liked: true, likeCount: 5 } };
      },
    });
    render(<Harness />);

    await user.click(likeButton());
    await user.click(likeButton());
    await waitFor(() => expect(likeButton()).not.toHaveAttribute('aria-busy'));
    expect(backend.callsTo('POST', `/api/posts/${POST.id}/like`)).toHaveLength(1);
    expect(likeButton()).toHaveAttribute('aria-pressed', 'true');
  }, 15_000);

  it('renders user text as text with its line breaks, never as HTML', () => {
    render(<Harness />);
    const body = screen.getByText(/Two cups a day/);
    expect(body.textContent).toBe(POST.body);
    expect(body.querySelector('b')).toBeNull();
    expect(body).toHaveClass('whitespace-pre-wrap');
  }, 15_000);

  it('opens the comments, posts a new one and counts it', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: () => ({ status: 200, data: { items: [], nextCursor: null } }),
      [`POST /api/posts/${POST.id}/comments`]: (_call, body) => ({
        status: 201,
        data: {
          item: {
            id: '66666666-6666-4666-8666-666666666666',
            body: (body as { body: string }).body,
            author: { id: '77777777-7777-4777-8777-777777777777', name: 'Asha' },
            createdAt: '2026-11-27T09:00:00.000Z',
          },
        },
      }),
    });
    render(<Harness />);

    await user.click(screen.getByRole('button', { name: 'Comments (0)' }));
    await screen.findByText('No comments yet. Be the first to reply.');
    await user.type(screen.getByLabelText('Write a comment'), 'Same here!');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));

    const comments = await screen.findByRole('list', { name: 'Comments' });
    expect(within(comments).getByText('Same here!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide comments (1)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByLabelText('Write a comment')).toHaveValue('');
  }, 15_000);

  it('says so when more comments fail to load, and keeps the thread shown', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      [`GET /api/posts/${POST.id}/comments`]: (call) =>
        (call.params as { cursor?: string }).cursor
          ? { status: 503, data: { error: { code: 'unavailable', message: 'Comments are resting.' } } }
          : {
              status: 200,
              data: {
                items: [
                  {
                    id: '88888888-8888-4888-8888-888888888888',
                    body: 'First!',
                    author: { id: '77777777-7777-4777-8777-777777777777', name: 'Asha' },
                    createdAt: '2026-11-27T09:00:00.000Z',
                  },
                ],
                nextCursor: 'later',
              },
            },
    });
    render(
      <>
        <Harness />
        <Toaster />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Comments (0)' }));
    await user.click(await screen.findByRole('button', { name: 'Show more comments' }));

    expect(await screen.findByText('Comments are resting.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Comments' })).getByText('First!')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show more comments' })).toBeEnabled();
  }, 15_000);

  it('without a verified email, a like press explains instead of calling the API', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({});
    render(
      <>
        <Harness canWrite={false} />
        <Toaster />
      </>,
    );
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
    render(<Harness canWrite={false} />);
    await user.click(screen.getByRole('button', { name: 'Comments (0)' }));
    expect(await screen.findByText(/Verify your email to join the conversation/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Write a comment')).not.toBeInTheDocument();
  }, 15_000);
});
