import type { SessionResponse } from '@hormohelp/contracts';
import ky, { type AfterResponseHook, type BeforeErrorHook, type BeforeRequestHook } from 'ky';
import { rememberErrorBody } from './api-errors';
import { emitSessionEvent } from './session-events';
import { tokenStore } from './token-store';

export {
  getErrorCode,
  getErrorMessage,
  getErrorStatus,
  getFieldErrors,
  getRetryAfterSeconds,
} from './api-errors';

/**
 * The API's address, ending in a slash; an empty VITE_API_URL means the page's own origin (behind
 * the deployment's proxy).
 */
const API_URL = `${(import.meta.env.VITE_API_URL ?? 'http://localhost:4000').replace(/\/$/, '')}/`;
const AUTH_URL = new URL('auth/', new URL(API_URL, window.location.href)).href;

let refreshInFlight: Promise<SessionResponse> | null = null;

const withCurrentToken: BeforeRequestHook = (request) => {
  const token = tokenStore.get();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
};

// The auth calls answer 401 for their own reasons (wrong password, no cookie): never refresh for them.
function isAuthCall(request: Request): boolean {
  return request.url.startsWith(AUTH_URL);
}

/**
 * The refresh that a 401 waits for. The first 401 starts it; a 401 arriving while it runs joins it;
 * only that first waiter, on failure, ends the session, so `expired` is told once.
 */
async function sessionAfter401(): Promise<SessionResponse> {
  const isFirst = refreshInFlight === null;
  try {
    return await refreshSession();
  } catch (refreshError) {
    if (isFirst) {
      tokenStore.clear();
      emitSessionEvent({ type: 'expired' });
    }
    throw refreshError;
  }
}

/**
 * A 401 on an API call is replayed once, with the token of one shared refresh. `withCurrentToken`
 * puts the new token on the replay, so the hook only has to make sure a current token exists.
 */
const replayAfterRefresh: AfterResponseHook = async (request, _options, response, { retryCount }) => {
  if (response.status !== 401 || retryCount > 0 || isAuthCall(request)) return;
  // A request sent before the last refresh finished only needs the token that refresh issued.
  const current = tokenStore.get();
  const sentWithCurrent = request.headers.get('Authorization') === `Bearer ${current}`;
  if (!current || refreshInFlight !== null || sentWithCurrent) await sessionAfter401();
  return ky.retry({ delay: 0 });
};

// The contract's error body, read while the response is still open, so that `api-errors` can answer
// synchronously whatever the response type the caller asked for (JSON, a blob, text).
const readErrorBody: BeforeErrorHook = async (error) => {
  try {
    rememberErrorBody(error, JSON.parse(await error.response.text()));
  } catch {
    // Not JSON (a proxy's page, say): the messages fall back to the status.
  }
  return error;
};

/**
 * The API over fetch. Paths are relative to the API's address (`api.get('api/symptoms')`). Only the
 * 401 replay is retried here: the query cache decides which reads are worth a second try, and a
 * person decides to send a write again.
 */
export const api = ky.create({
  prefixUrl: API_URL,
  credentials: 'include',
  timeout: 20_000,
  retry: { limit: 1, shouldRetry: () => false },
  hooks: {
    beforeRequest: [withCurrentToken],
    afterResponse: [replayAfterRefresh],
    beforeError: [readErrorBody],
  },
});

/**
 * POST /auth/refresh with the HttpOnly cookie, one at a time. Every caller that asks while one is
 * running (session restore, the scheduled refresh, each request that got 401) waits for that one and
 * shares its result: the requests are replayed together with its token, or rejected together.
 */
export function refreshSession(): Promise<SessionResponse> {
  refreshInFlight ??= api
    .post('auth/refresh')
    .json<SessionResponse>()
    .then((session) => {
      tokenStore.set(session.accessToken);
      emitSessionEvent({ type: 'refreshed', session });
      return session;
    })
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}
