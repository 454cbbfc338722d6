import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness, type TestUser } from './support/api-harness';

let api: ApiHarness;
let owner: TestUser;
let intruder: TestUser;
beforeAll(async () => {
  api = await startApiHarness();
  owner = await api.createUser({ name: 'Owner' });
  intruder = await api.createUser({ name: 'Intruder' });
});
afterAll(() => api?.stop());

const NOT_FOUND = { status: 404, body: { error: { code: 'not_found', message: 'Not found.' } } };

/** The database rows of the owner, so a test can prove an intruder changed nothing. */
async function ownerSnapshot() {
  const { rows } = await api.pool.query(
    `SELECT (SELECT json_agg(s ORDER BY id) FROM symptom_logs s WHERE user_id = $1) AS symptoms,
            (SELECT json_agg(p ORDER BY id) FROM community_posts p WHERE user_id = $1) AS posts,
            (SELECT json_agg(c ORDER BY id) FROM community_comments c WHERE user_id = $1) AS comments,
            (SELECT json_agg(b ORDER BY id) FROM bookings b WHERE user_id = $1) AS bookings`,
    [owner.id],
  );
  return rows[0];
}

describe('two people and each other’s data', () => {
  it('answers every attempt on someone else’s symptoms, posts and bookings with 404, exactly as a missing one, changing nothing', async () => {
    const log = await api.request('POST', '/api/symptoms', {
      user: owner,
      body: {
        date: '2026-03-01',
        symptoms: ['Acne'],
        notes: 'private',
        severity: 3,
        mood: 3,
        energy: 3,
        sleep: 3,
      },
    });
    const post = await api.request('POST', '/api/posts', {
      user: owner,
      body: { title: 'Mine', body: 'Mine' },
    });
    const comment = await api.request('POST', `/api/posts/${post.body.item.id}/comments`, {
      user: owner,
      body: { body: 'My comment' },
    });
    const expert = (await api.request('GET', '/api/experts', { user: owner })).body.items[0];
    const booking = await api.request('POST', '/api/bookings', {
      user: owner,
      body: { expertId: expert.id, type: expert.consultationTypes[0], ...expert.slots[0] },
    });
    expect([log.status, post.status, comment.status, booking.status]).toEqual([201, 201, 201, 201]);
    const before = await ownerSnapshot();

    const missing = 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4';
    for (const [path, id] of [
      ['/api/symptoms/', log.body.item.id],
      ['/api/posts/', post.body.item.id],
      ['/api/bookings/', booking.body.item.id],
    ]) {
      const theirs = await api.request('DELETE', `${path}${id}`, { user: intruder });
      const nobodys = await api.request('DELETE', `${path}${missing}`, { user: intruder });
      expect(theirs).toMatchObject(NOT_FOUND);
      expect(theirs.body).toEqual(nobodys.body);
    }

    // Reading: the owner's symptoms, stats and bookings are not in the intruder's answers.
    const symptoms = await api.request('GET', `/api/symptoms?from=2026-01-01&to=2026-12-31`, {
      user: intruder,
    });
    expect(symptoms.body.items).toEqual([]);
    expect(
      (await api.request('GET', '/api/symptoms/stats?days=365', { user: intruder })).body.totalLogs,
    ).toBe(0);
    expect((await api.request('GET', '/api/bookings', { user: intruder })).body.items).toEqual([]);

    // A cursor forged from the owner's row pages through the intruder's own data only.
    const forged = Buffer.from(
      JSON.stringify(['2026-12-31', '2099-01-01T00:00:00.000000Z', log.body.item.id]),
    ).toString('base64url');
    expect(
      (await api.request('GET', `/api/symptoms?cursor=${forged}`, { user: intruder })).body.items,
    ).toEqual([]);

    // Changing: a rename cannot reach the owner, and liking a post does not change the post itself.
    await api.request('PATCH', '/users/me', { user: intruder, body: { name: 'Owner' } });
    expect(await ownerSnapshot()).toEqual(before);
    const { rows } = await api.pool.query('SELECT name FROM users WHERE id = $1', [owner.id]);
    expect(rows[0].name).toBe('Owner');
  });

  it('shows community posts and comments to everyone, as a community does, but only the author can delete', async () => {
    const post = await api.request('POST', '/api/posts', {
      user: owner,
      body: { title: 'Shared', body: 'Public' },
    });
    const feed = await api.request('GET', '/api/posts', { user: intruder });
    expect(feed.body.items.map((item: { id: string }) => item.id)).toContain(post.body.item.id);
    expect(await api.request('DELETE', `/api/posts/${post.body.item.id}`, { user: intruder })).toMatchObject(
      NOT_FOUND,
    );
    expect((await api.request('DELETE', `/api/posts/${post.body.item.id}`, { user: owner })).status).toBe(
      204,
    );
  });
});
