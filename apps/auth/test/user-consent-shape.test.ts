import { HEALTH_DATA_POLICY_VERSION, userSchema } from '@hormohelp/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuthHarness, startAuthHarness } from './support/auth-harness';
import { createVerifiedUser, logIn } from './support/flows';

let h: AuthHarness;
beforeAll(async () => {
  h = await startAuthHarness();
});
afterAll(() => h?.stop());

describe('user.healthDataConsent from the auth service', () => {
  it('is false on verify-email, login, refresh and /auth/me until consent is recorded, then true on each', async () => {
    const person = await createVerifiedUser(h);
    expect(userSchema.parse(person.user).healthDataConsent).toBe(false);
    const before = await logIn(h, person.email);
    expect(before.body.user.healthDataConsent).toBe(false);

    // The API records consent (PATCH /users/me); the auth service reads the same row.
    await h.db.query(
      'UPDATE users SET health_data_consent_at = now(), health_data_consent_version = $2 WHERE id = $1',
      [person.user.id, HEALTH_DATA_POLICY_VERSION],
    );
    const login = await logIn(h, person.email);
    const refreshed = await h.request('POST', '/auth/refresh', { refreshToken: login.refreshCookie });
    const me = await h.request('GET', '/auth/me', { bearer: login.body.accessToken });
    for (const user of [login.body.user, refreshed.body.user, me.body.user]) {
      expect(userSchema.parse(user)).toMatchObject({ id: person.user.id, healthDataConsent: true });
    }
  });
});
