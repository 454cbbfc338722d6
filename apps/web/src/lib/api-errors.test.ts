import ky from 'ky';
import { afterEach, describe, expect, it } from 'vitest';
import { delay, installFakeBackend } from '@/test/fake-backend';
import { api } from './api-client';
import {
  getErrorCode,
  getErrorMessage,
  getErrorStatus,
  getFieldErrors,
  getRetryAfterSeconds,
} from './api-errors';

let backend: ReturnType<typeof installFakeBackend> | undefined;
afterEach(() => backend?.restore());

/** The error the API client rejects with when the API answers `status` with `data`. */
async function failure(
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  backend?.restore();
  backend = installFakeBackend({ 'GET /api/thing': () => ({ status, data, headers }) });
  return api.get('api/thing').then(
    () => expect.unreachable('the request should fail'),
    (error: unknown) => error,
  );
}

describe('reading contract errors', () => {
  it('reads the code, the message and the field problems of a contract error', async () => {
    const validation = await failure(400, {
      error: {
        code: 'validation_error',
        message: 'Check the fields.',
        details: { fields: { severity: 'Too high' } },
      },
    });
    expect(getErrorStatus(validation)).toBe(400);
    expect(getErrorCode(validation)).toBe('validation_error');
    expect(getErrorMessage(validation)).toBe('Check the fields.');
    expect(getFieldErrors(validation)).toEqual({ severity: 'Too high' });
  });

  it('says the network failed when no response arrived', async () => {
    // Port 9 on loopback (discard) has no listener here: the connection is refused.
    const offline = await ky.get('http://127.0.0.1:9/api/thing', { retry: 0 }).then(
      () => expect.unreachable('nothing listens there'),
      (error: unknown) => error,
    );
    expect(getErrorMessage(offline)).toBe('Network error. Check your connection and try again.');
    expect(getErrorStatus(offline)).toBeUndefined();
    expect(getErrorCode(offline)).toBeUndefined();
    expect(getFieldErrors(offline)).toEqual({});
  });

  it('says the server took too long when the answer does not come in time', async () => {
    backend = installFakeBackend({
      'GET /api/slow': async () => {
        await delay(200);
        return { status: 200, data: {} };
      },
    });
    const late = await api.get('api/slow', { timeout: 20 }).then(
      () => expect.unreachable('the request should time out'),
      (error: unknown) => error,
    );
    expect(getErrorMessage(late)).toBe('The server took too long to answer. Try again.');
  });

  it('falls back to a plain sentence for a server error without a contract body', async () => {
    expect(getErrorMessage(await failure(502, '<html>Bad gateway</html>'))).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
    expect(getErrorMessage(new Error('boom'))).toBe('Something went wrong. Please try again.');
  });

  it('for a rate limit, says how long to wait', async () => {
    const rateLimited = { error: { code: 'rate_limited', message: 'Too many requests.' } };
    const limited = await failure(429, rateLimited, { 'retry-after': '2700' });
    expect(getErrorMessage(limited)).toBe('Too many attempts. Please try again in 45 minutes.');
    const soon = await failure(429, rateLimited, { 'retry-after': '30' });
    expect(getErrorMessage(soon)).toBe('Too many attempts. Please try again in 1 minute.');
  });

  it('reads Retry-After in seconds', async () => {
    expect(getRetryAfterSeconds(await failure(429, {}, { 'retry-after': '120' }))).toBe(120);
    expect(getRetryAfterSeconds(await failure(429, {}))).toBeUndefined();
  });
});
