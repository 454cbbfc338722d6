import type { Pool } from '@hormohelp/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectPosts } from '../src/features/community/post-repository';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api?.stop());

async function publish(user: TestUser, body: Record<string, unknown> = {}) {
  const response = await api.request('POST', '/api/posts', {
    user,
    body: { title: 'Managing PCOS fatigue', body: 'What helped you?', ...body },
  });
  expect(response.status).toBe(201);
  return response.body.item;
}

describe('POST /api/posts', () => {
  it('publishes a post with its author, zero counts and the default category', async () => {
    const author = await api.createUser({ name: 'Meera' });
    const response = await api.request('POST', '/api/posts', {
      user: author,
      body: { title: 'Hello there', body: 'First post' },
    });
    expect(response.status).toBe(201);
    expect(response.body.item).toEqual({
      id: expect.any(String),
      title: 'Hello there',
      body: 'First post',
      category: 'General Discussion',
      author: { id: author.id, name: 'Meera' },
      likeCount: 0,
      likedByMe: false,
      commentCount: 0,
      createdAt: expect.stringMatching(/Z$/),
    });
  });

  it('refuses a person whose email is not verified with 403 email_not_verified and stores nothing', async () => {
    const unverified = await api.createUser({ emailVerified: false });
    const response = await api.request('POST', '/api/posts', {
      user: unverified,
      body: { title: 'Hello there', body: 'First post' },
    });
    expect(response).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });
    const { rowCount } = await api.pool.query('SELECT 1 FROM community_posts WHERE user_id = $1', [
      unverified.id,
    ]);
    expect(rowCount).toBe(0);
  });

  it.each([
    ['a title under 3 characters', { title: 'Hi' }, 'title'],
    ['an empty body', { body: '   ' }, 'body'],
    ['a body over 10,000 characters', { body: 'x'.repeat(10_001) }, 'body'],
    ['an unknown category', { category: 'Gossip' }, 'category'],
  ])('rejects %s with 400 validation_error naming the field', async (_situation, overrides, field) => {
    const user = await api.createUser();
    const response = await api.request('POST', '/api/posts', {
      user,
      body: { title: 'A fine title', body: 'A fine body', ...overrides },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toHaveProperty(field);
  });

  it('stores <script> and SQL meta-characters verbatim and returns them as JSON strings', async () => {
    const user = await api.createUser();
    const title = `<script>alert(document.cookie)</script>`;
    const body = `'; DELETE FROM community_posts; -- <img src=x onerror=alert(1)> & "quotes" \\ %`;
    const post = await publish(user, { title, body });
    const feed = await api.request('GET', '/api/posts', { user });
    expect(feed.headers.get('content-type')).toMatch(/^application\/json/);
    const found = feed.body.items.find((item: { id: string }) => item.id === post.id);
    expect(found).toMatchObject({ title, body });
    const { rows } = await api.pool.query('SELECT title, body FROM community_posts WHERE id = $1', [post.id]);
    expect(rows[0]).toEqual({ title, body });
  });
});

describe('GET /api/posts', () => {
  it('shows everyone’s posts newest first with like and comment counts and the viewer’s own like', async () => {
    const alice = await api.createUser({ name: 'Alice' });
    const bela = await api.createUser({ name: 'Bela' });
    const older = await publish(alice, { title: 'Older post' });
    const newer = await publish(bela, { title: 'Newer post' });
    await api.request('POST', `/api/posts/${older.id}/like`, { user: alice });
    await api.request('POST', `/api/posts/${older.id}/like`, { user: bela });
    await api.request('POST', `/api/posts/${older.id}/comments`, { user: bela, body: { body: 'Same here' } });
    const feed = await api.request('GET', '/api/posts?limit=2', { user: bela });
    expect(feed.status).toBe(200);
    expect(feed.body.items.map((post: { id: string }) => post.id)).toEqual([newer.id, older.id]);
    expect(feed.body.items[1]).toMatchObject({
      author: { id: alice.id, name: 'Alice' },
      likeCount: 2,
      likedByMe: true,
      commentCount: 1,
    });
    expect(feed.body.items[0]).toMatchObject({ likeCount: 0, likedByMe: false, commentCount: 0 });
  });

  it('filters by category', async () => {
    const user = await api.createUser();
    const thyroid = await publish(user, { category: 'Thyroid' });
    await publish(user, { category: 'PCOS' });
    const feed = await api.request('GET', `/api/posts?category=${encodeURIComponent('Thyroid')}`, { user });
    expect(feed.body.items.map((post: { id: string }) => post.id)).toContain(thyroid.id);
    expect(feed.body.items.every((post: { category: string }) => post.category === 'Thyroid')).toBe(true);
  });

  it('returns every post exactly once across keyset pages, even with identical timestamps', async () => {
    const user = await api.createUser();
    // Twelve posts that share one created_at: only the id can order them.
    await api.pool.query(
      `INSERT INTO community_posts (user_id, title, body, category, created_at)
       SELECT $1, 'Same instant ' || n, 'body', 'Fertility', '2026-01-01T00:00:00Z' FROM generate_series(1, 12) n`,
      [user.id],
    );
    const { rows } = await api.pool.query<{ id: string }>(
      `SELECT id FROM community_posts WHERE category = 'Fertility'`,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await api.request('GET', `/api/posts?category=Fertility&limit=5${query}`, { user });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((post: { id: string }) => post.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(rows.length);
    expect(new Set(seen)).toEqual(new Set(rows.map((row) => row.id)));
  });

  it.each([
    ['an unknown category', 'category=Gossip', 'category'],
    ['a garbage cursor', 'cursor=%%%', 'cursor'],
    ['a limit over 100', 'limit=1000', 'limit'],
  ])('rejects %s with 400 validation_error', async (_situation, query, field) => {
    const user = await api.createUser();
    const response = await api.request('GET', `/api/posts?${query}`, { user });
    expect(response.status).toBe(400);
    expect(response.body.error.details.fields).toHaveProperty(field);
  });
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];

describe('the feed at scale', () => {
  it('reads a deep page through indexes only, with no sort of the whole table and no sequential scan', async () => {
    const user = await api.createUser();
    await api.pool.query(
      `INSERT INTO community_posts (user_id, title, body, category, created_at)
       SELECT $1, 'Post ' || n, 'body', CASE WHEN n % 9 = 0 THEN 'Thyroid' ELSE 'PCOS' END,
              now() - n * interval '1 minute'
         FROM generate_series(1, 20000) n`,
      [user.id],
    );
    await api.pool.query('ANALYZE community_posts');
    const { rows } = await api.pool.query(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key, id
         FROM community_posts ORDER BY created_at DESC, id DESC OFFSET 10000 LIMIT 1`,
    );
    // The statements the feed sends, captured rather than run, then EXPLAINed on the real database.
    const sent: Array<{ sql: string; params: unknown[] }> = [];
    const recorder = {
      query: async (sql: string, params: unknown[]) => sent.push({ sql, params }) && { rows: [] },
    };
    const after = [rows[0].key, rows[0].id];
    await selectPosts(recorder as unknown as Pool, user.id, { after, limit: 21 });
    await selectPosts(recorder as unknown as Pool, user.id, { category: 'Thyroid', after, limit: 21 });
    for (const { sql, params } of sent) {
      const plan = await api.pool.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      const nodes = planNodes(plan.rows[0]['QUERY PLAN'][0].Plan);
      expect(nodes.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
      expect(nodes.some((node) => node['Node Type'] === 'Sort')).toBe(false);
      const postScan = nodes.find((node) => node['Relation Name'] === 'community_posts');
      expect(postScan?.['Index Name']).toMatch(/^community_posts_(category_)?created_at/);
    }
  });
});

describe('DELETE /api/posts/:id', () => {
  it('lets the author delete the post (204), with its likes and comments', async () => {
    const author = await api.createUser();
    const post = await publish(author);
    await api.request('POST', `/api/posts/${post.id}/like`, { user: author });
    await api.request('POST', `/api/posts/${post.id}/comments`, { user: author, body: { body: 'Note' } });
    expect((await api.request('DELETE', `/api/posts/${post.id}`, { user: author })).status).toBe(204);
    const left = await api.pool.query(
      `SELECT (SELECT count(*) FROM post_likes WHERE post_id = $1) + (SELECT count(*) FROM community_comments WHERE post_id = $1) AS n`,
      [post.id],
    );
    expect(left.rows[0].n).toBe(0);
  });

  it('answers anyone else with 404 not_found and keeps the post', async () => {
    const author = await api.createUser();
    const stranger = await api.createUser();
    const post = await publish(author);
    const response = await api.request('DELETE', `/api/posts/${post.id}`, { user: stranger });
    expect(response).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    const { rowCount } = await api.pool.query('SELECT 1 FROM community_posts WHERE id = $1', [post.id]);
    expect(rowCount).toBe(1);
  });
});
