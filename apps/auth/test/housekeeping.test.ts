import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteDeadTokens } from '../src/data/housekeeping-repository';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h.stop());

describe('housekeeping', () => {
  it('deletes token rows a day past their expiry and keeps every other one', async () => {
    const { email, refreshToken } = await createVerifiedUser(h);
    const dead = (await logIn(h, email)).refreshCookie!;
    await h.request('POST', '/auth/forgot-password', { body: { email } });
    await h.service.deps.mailRequests.drain();
    const hashOf = "encode(sha256(convert_to($1, 'UTF8')), 'hex')";
    await h.db.query(
      `UPDATE refresh_tokens SET expires_at = now() - interval '25 hours' WHERE token_hash = ${hashOf}`,
      [dead],
    );
    await h.db.query("UPDATE password_reset_tokens SET expires_at = now() - interval '25 hours'");

    await deleteDeadTokens(h.service.deps.pool);

    const { rows } = await h.db.query(`SELECT token_hash = ${hashOf} AS is_live FROM refresh_tokens`, [
      refreshToken,
    ]);
    expect(rows).toEqual([{ is_live: true }]);
    expect((await h.db.query('SELECT 1 FROM password_reset_tokens')).rows).toEqual([]);
    expect((await h.request('POST', '/auth/refresh', { refreshToken })).status).toBe(200);
  });
});
