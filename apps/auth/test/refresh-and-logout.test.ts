import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn } from './support/flows';

let h: AuthHarness;
let email: string;
// The grace window is an option, so these tests age rows in the database instead of sleeping 10 s.
const GRACE_MS = 10_000;
beforeAll(async () => {
  h = await startAuthHarness({ options: { refreshReuseGraceMs: GRACE_MS } });
  ({ email } = await createVerifiedUser(h));
});
afterAll(() => h.stop());

const refresh = (token?: string) => h.request('POST', '/auth/refresh', { refreshToken: token });

async function newLogin(): Promise<string> {
  const response = await logIn(h, email);
  expect(response.status).toBe(200);
  return response.refreshCookie!;
}

async function ageRotation(token: string, ms: number): Promise<void> {
  await h.db.query(
    `UPDATE refresh_tokens SET rotated_at = rotated_at - make_interval(secs => $2)
     WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
    [token, ms / 1000],
  );
}

async function familyOf(token: string) {
  const { rows } = await h.db.query(
    `SELECT t.token_hash, t.rotated_at, t.revoked_at FROM refresh_tokens t
     WHERE t.family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex'))`,
    [token],
  );
  return rows;
}

describe('refresh', () => {
  it('rotates: a new token pair, a new cookie, the old row kept and marked rotated in the same family', async () => {
    const first = await newLogin();
    const response = await refresh(first);
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(email);
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.refreshCookie).toMatch(/^[0-9a-f]{64}$/);
    expect(response.refreshCookie).not.toBe(first);
    const family = await familyOf(first);
    expect(family).toHaveLength(2);
    expect(family.filter((row) => row.rotated_at !== null)).toHaveLength(1);

    const next = await refresh(response.refreshCookie);
    expect(next.status).toBe(200);
  });

  it('when a rotated refresh token is replayed after the grace window, the whole family is revoked', async () => {
    const first = await newLogin();
    const second = (await refresh(first)).refreshCookie!;
    const third = (await refresh(second)).refreshCookie!;
    await ageRotation(first, GRACE_MS + 1000);

    const replay = await refresh(first);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('unauthorized');
    expect(replay.refreshCookie).toBe('');
    expect((await familyOf(first)).every((row) => row.revoked_at !== null)).toBe(true);
    // The legitimate holder's newest token dies with the family.
    expect((await refresh(third)).status).toBe(401);
  });

  it('a rotated token presented again within the grace window gets one sibling in the same family', async () => {
    const first = await newLogin();
    const second = (await refresh(first)).refreshCookie!;
    const again = await refresh(first);
    expect(again.status).toBe(200);
    expect(again.refreshCookie).not.toBe(second);
    expect(await familyOf(first)).toHaveLength(3);
    expect((await refresh(second)).status).toBe(200);
    expect((await refresh(again.refreshCookie)).status).toBe(200);
  });

  it('when a rotated token is presented a third time inside the grace window, the whole family is revoked', async () => {
    const first = await newLogin();
    const second = (await refresh(first)).refreshCookie!;
    const sibling = (await refresh(first)).refreshCookie!;

    const third = await refresh(first);
    expect(third.status).toBe(401);
    expect(third.refreshCookie).toBe('');
    expect(await familyOf(first)).toHaveLength(3);
    expect((await familyOf(first)).every((row) => row.revoked_at !== null)).toBe(true);
    expect((await refresh(second)).status).toBe(401);
    expect((await refresh(sibling)).status).toBe(401);
  });

  it('when a login family is 30 days old, refresh answers 401 however recently it rotated', async () => {
    const first = await newLogin();
    const second = (await refresh(first)).refreshCookie!;
    await h.db.query(
      `UPDATE refresh_tokens SET family_started_at = now() - interval '30 days'
       WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex'))`,
      [second],
    );
    const response = await refresh(second);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
    expect(response.refreshCookie).toBe('');
  });

  it('a rotation keeps the family start, and no token outlives the family', async () => {
    const first = await newLogin();
    await h.db.query(
      `UPDATE refresh_tokens SET family_started_at = now() - interval '29 days'
       WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [first],
    );
    const second = await refresh(first);
    expect(second.status).toBe(200);
    const { rows } = await h.db.query(
      `SELECT family_started_at < now() - interval '29 days' + interval '1 minute' AS kept_start,
              expires_at <= family_started_at + interval '30 days' AS within_family
       FROM refresh_tokens WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [second.refreshCookie],
    );
    expect(rows[0]).toEqual({ kept_start: true, within_family: true });
  });

  it('two concurrent refreshes with one token both succeed and leave one family', async () => {
    const token = await newLogin();
    const [a, b] = await Promise.all([refresh(token), refresh(token)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.refreshCookie).not.toBe(b.refreshCookie);
    const family = await familyOf(token);
    expect(family).toHaveLength(3);
    expect(family.every((row) => row.revoked_at === null)).toBe(true);
    const { rows } = await h.db.query(
      `SELECT count(DISTINCT family_id) AS n FROM refresh_tokens
       WHERE token_hash = ANY(ARRAY[encode(sha256(convert_to($1, 'UTF8')), 'hex'), encode(sha256(convert_to($2, 'UTF8')), 'hex')])`,
      [a.refreshCookie, b.refreshCookie],
    );
    expect(rows[0].n).toBe(1);
  });

  it('no cookie, an unknown token or a malformed cookie: 401 unauthorized', async () => {
    for (const token of [undefined, 'a'.repeat(64), 'not-a-token']) {
      const response = await refresh(token);
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
    }
  });

  it('an expired refresh token is refused', async () => {
    const token = await newLogin();
    await h.db.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '1 second'
       WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token],
    );
    expect((await refresh(token)).status).toBe(401);
  });
});

describe('logout', () => {
  it('revokes the presented token and its whole family, and clears the cookie', async () => {
    const first = await newLogin();
    const second = (await refresh(first)).refreshCookie!;
    const other = await newLogin();

    const response = await h.request('POST', '/auth/logout', { refreshToken: second });
    expect(response.status).toBe(204);
    const cleared = response.headers.getSetCookie().find((c) => c.startsWith('refresh_token='))!;
    expect(cleared).toMatch(
      /^refresh_token=; Path=\/auth; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict$/,
    );

    expect((await refresh(second)).status).toBe(401);
    expect((await refresh(first)).status).toBe(401);
    // Another login (another device) is untouched.
    expect((await refresh(other)).status).toBe(200);
  });

  it('answers 204 without a cookie too', async () => {
    const response = await h.request('POST', '/auth/logout');
    expect(response.status).toBe(204);
    expect(response.refreshCookie).toBe('');
  });
});
