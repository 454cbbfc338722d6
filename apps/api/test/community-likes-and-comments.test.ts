import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

async function publish(user: TestUser) {
  const response = await api.request('POST', '/api/posts', {
    user,
    body: { title: 'Thyroid and sleep', body: 'Body' },
  });
  expect(response.status).toBe(201);
  return response.body.item.id as string;
}

const likeRows = async (postId: string) =>
  (await api.pool.query('SELECT count(*)::int AS n FROM post_likes WHERE post_id = $1', [postId])).rows[0].n;

describe('POST /api/posts/:id/like', () => {
  it('likes on the first call and takes the like back on the second', async () => {
    const user = await api.createUser();
    const postId = await publish(user);
    const first = await api.request('POST', `/api/posts/${postId}/like`, { user });
    expect(first).toMatchObject({ status: 200, body: { liked: true, likeCount: 1 } });
    const second = await api.request('POST', `/api/posts/${postId}/like`, { user });
    expect(second).toMatchObject({ status: 200, body: { liked: false, likeCount: 0 } });
  });

  it('ends with exactly 50 likes when 50 people like one post at the same moment', async () => {
    const author = await api.createUser();
    const postId = await publish(author);
    const people = await Promise.all(Array.from({ length: 50 }, () => api.createUser()));
    const responses = await Promise.all(
      people.map((user) => api.request('POST', `/api/posts/${postId}/like`, { user })),
    );
    expect(responses.every((response) => response.status === 200 && response.body.liked === true)).toBe(true);
    // Each answer is the count as that toggle saw it (its own like included), so never 0 and never over 50.
    for (const response of responses) expect(response.body.likeCount).toBeGreaterThanOrEqual(1);
    for (const response of responses) expect(response.body.likeCount).toBeLessThanOrEqual(50);
    expect(await likeRows(postId)).toBe(50);
    const feed = await api.request('GET', '/api/posts?limit=100', { user: author });
    expect(feed.body.items.find((post: { id: string }) => post.id === postId).likeCount).toBe(50);

    // And all 50 taking it back at once leaves none.
    const undo = await Promise.all(
      people.map((user) => api.request('POST', `/api/posts/${postId}/like`, { user })),
    );
    expect(undo.every((response) => response.body.liked === false)).toBe(true);
    expect(await likeRows(postId)).toBe(0);
  });

  it('alternates like and unlike when one person sends 10 toggles at once, ending unliked', async () => {
    const user = await api.createUser();
    const postId = await publish(user);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => api.request('POST', `/api/posts/${postId}/like`, { user })),
    );
    const liked = responses.filter((response) => response.body.liked === true);
    expect(liked).toHaveLength(5);
    expect(responses.filter((response) => response.body.liked === false)).toHaveLength(5);
    expect(await likeRows(postId)).toBe(0);
  });

  it('answers a post that does not exist with 404 not_found', async () => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/posts/7b0f6a55-2c7e-4d5e-9a55-6d2e0f8f1b11/like', {
      user,
    });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('refuses an unverified person with 403 email_not_verified', async () => {
    const author = await api.createUser();
    const postId = await publish(author);
    const unverified = await api.createUser({ emailVerified: false });
    const response = await api.request('POST', `/api/posts/${postId}/like`, { user: unverified });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
    expect(await likeRows(postId)).toBe(0);
  });
});

describe('comments', () => {
  it('adds a comment (201, stored verbatim) and lists comments oldest first', async () => {
    const author = await api.createUser({ name: 'Author' });
    const reader = await api.createUser({ name: 'Reader' });
    const postId = await publish(author);
    const text = `<script>fetch('/steal')</script> ' OR 1=1; --`;
    const first = await api.request('POST', `/api/posts/${postId}/comments`, {
      user: reader,
      body: { body: text },
    });
    expect(first.status).toBe(201);
    expect(first.body.item).toEqual({
      id: expect.any(String),
      body: text,
      author: { id: reader.id, name: 'Reader' },
      createdAt: expect.stringMatching(/Z$/),
    });
    await api.request('POST', `/api/posts/${postId}/comments`, { user: author, body: { body: 'Thanks' } });
    const list = await api.request('GET', `/api/posts/${postId}/comments`, { user: reader });
    expect(list.status).toBe(200);
    expect(list.body.items.map((comment: { body: string }) => comment.body)).toEqual([text, 'Thanks']);
    expect(list.body.nextCursor).toBeNull();
  });

  it('pages through comments with every comment exactly once', async () => {
    const user = await api.createUser();
    const postId = await publish(user);
    await api.pool.query(
      `INSERT INTO community_comments (post_id, user_id, body, created_at)
       SELECT $1, $2, 'c' || n, '2026-01-01T00:00:00Z'::timestamptz + (n % 3) * interval '1 microsecond'
         FROM generate_series(1, 13) n`,
      [postId, user.id],
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await api.request('GET', `/api/posts/${postId}/comments?limit=4${query}`, { user });
      seen.push(...page.body.items.map((comment: { body: string }) => comment.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(13);
    expect(new Set(seen).size).toBe(13);
  });

  it('answers comments of a missing post, read or written, with 404 not_found', async () => {
    const user = await api.createUser();
    const missing = '3f1d2c4b-5a69-4788-9a0b-1c2d3e4f5a6b';
    const read = await api.request('GET', `/api/posts/${missing}/comments`, { user });
    const write = await api.request('POST', `/api/posts/${missing}/comments`, { user, body: { body: 'Hi' } });
    expect(read).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(write).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect((await api.request('GET', '/api/posts/not-a-uuid/comments', { user })).status).toBe(404);
  });

  it('rejects an empty comment with 400 validation_error on body, and an unverified writer with 403', async () => {
    const user = await api.createUser();
    const postId = await publish(user);
    const empty = await api.request('POST', `/api/posts/${postId}/comments`, { user, body: { body: ' ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.fields).toHaveProperty('body');
    const unverified = await api.createUser({ emailVerified: false });
    const refused = await api.request('POST', `/api/posts/${postId}/comments`, {
      user: unverified,
      body: { body: 'Hello' },
    });
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
  });
});
