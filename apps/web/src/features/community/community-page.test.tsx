import type { Post } from '@hormohelp/contracts';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '@/lib/api-client';
import { installFakeBackend, makeUser } from '@/test/fake-backend';
import { render, screen, waitFor } from '@/test/render';
import CommunityPage from './community-page';

const ME = makeUser();
vi.mock('@/features/auth', () => ({ useAuth: () => ({ user: ME }) }));

function post(
  id: string,
  title: string,
  createdAt: string,
  authorId = '12121212-1212-4121-8121-121212121212',
): Post {
  return {
    id,
    title,
    body: 'Body',
    category: 'Thyroid',
    author: { id: authorId, name: authorId === ME.id ? ME.name : 'Kavya' },
    likeCount: 0,
    likedByMe: false,
    commentCount: 0,
    createdAt,
  };
}

const MINE = post(
  '13131313-1313-4131-8131-131313131313',
  'My levothyroxine timing',
  '2026-11-26T10:00:00.000Z',
  ME.id,
);
const OLDER = post('14141414-1414-4141-8141-141414141414', 'Selenium and TSH', '2026-11-20T10:00:00.000Z');

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

const titles = () => screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('the community page', () => {
  it('filters by topic, pages with "Load more", publishes at the top and deletes my own post', async () => {
    const user = userEvent.setup({ delay: null });
    const get = vi.spyOn(api, 'get');
    backend = installFakeBackend({
      // The spy has recorded the request being answered: its cursor says which page is asked for.
      'GET /api/posts': () => {
        const params = get.mock.calls.at(-1)?.[1]?.params as { cursor?: string } | undefined;
        const isFirstPage = !params?.cursor;
        return isFirstPage
          ? { status: 200, data: { items: [MINE], nextCursor: 'next' } }
          : { status: 200, data: { items: [OLDER], nextCursor: null } };
      },
      'POST /api/posts': (_call, body) => ({
        status: 201,
        data: {
          item: {
            ...post('15151515-1515-4151-8151-151515151515', '', '2026-11-27T10:00:00.000Z', ME.id),
            ...(body as object),
          },
        },
      }),
      [`DELETE /api/posts/${MINE.id}`]: () => ({ status: 204 }),
    });
    render(<CommunityPage />);
    expect(document.title).toBe('Community · HormoHelp');

    await user.click(await screen.findByRole('button', { name: 'Thyroid' }));
    await screen.findByRole('heading', { name: MINE.title });
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(titles()).toEqual([MINE.title, OLDER.title]));
    const params = get.mock.calls.filter(([url]) => url === '/api/posts').map(([, config]) => config?.params);
    expect(params.at(-2)).toEqual({ limit: 10, category: 'Thyroid', cursor: undefined });
    expect(params.at(-1)).toEqual({ limit: 10, category: 'Thyroid', cursor: 'next' });

    await user.click(screen.getByLabelText('Title'));
    await user.paste('Morning dose questions');
    await user.click(screen.getByLabelText('Your post'));
    await user.paste('Before or after tea?');
    expect(screen.getByLabelText('Topic')).toHaveValue('Thyroid');
    await user.click(screen.getByRole('button', { name: 'Publish post' }));
    await waitFor(() => expect(titles()).toEqual(['Morning dose questions', MINE.title, OLDER.title]));

    // Only my posts can be deleted.
    expect(screen.queryByRole('button', { name: `Delete post ${OLDER.title}` })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Delete post ${MINE.title}` }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(titles()).toEqual(['Morning dose questions', OLDER.title]));
    expect(backend.callsTo('DELETE', `/api/posts/${MINE.id}`)).toHaveLength(1);
  }, 15_000);

  it('shows the title rule beside the title instead of sending a too-short post', async () => {
    const user = userEvent.setup({ delay: null });
    backend = installFakeBackend({
      'GET /api/posts': () => ({ status: 200, data: { items: [], nextCursor: null } }),
    });
    render(<CommunityPage />);
    await screen.findByText('No discussions here yet');
    await user.type(screen.getByLabelText('Title'), 'Hi');
    await user.click(screen.getByRole('button', { name: 'Publish post' }));
    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      'Give your post a title of at least 3 characters',
    );
    expect(screen.getByLabelText('Your post')).toHaveAccessibleDescription(/Write something/);
    expect(backend.callsTo('POST', '/api/posts')).toHaveLength(0);
  }, 15_000);
});
