import type { SessionResponse } from '@hormohelp/contracts';
import axios, { type AxiosInstance, type InternalAxiosRequestConfig, isAxiosError } from 'axios';
import { emitSessionEvent } from './session-events';
import { tokenStore } from './token-store';

export { getErrorCode, getErrorMessage, getFieldErrors, getRetryAfterSeconds } from './api-errors';

export const api: AxiosInstance = axios.create({
  baseURL: import.meta.env.VITE_API_URL ?? 'http://localhost:4000',
  withCredentials: true,
  timeout: 20_000,
});

api.interceptors.request.use((config) => {
  const token = tokenStore.get();
  if (token) config.headers.set('Authorization', `Bearer ${token}`);
  return config;
});

let refreshInFlight: Promise<SessionResponse> | null = null;

/**
 * POST /auth/refresh with the HttpOnly cookie, one at a time. Every caller that asks while one is
 * running (session restore, the scheduled refresh, each request that got 401) waits for that one and
 * shares its result: the requests are replayed together with its token, or rejected together.
 */
export function refreshSession(): Promise<SessionResponse> {
  refreshInFlight ??= api
    .post<SessionResponse>('/auth/refresh')
    .then(({ data }) => {
      tokenStore.set(data.accessToken);
      emitSessionEvent({ type: 'refreshed', session: data });
      return data;
    })
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}

interface RetriableConfig extends InternalAxiosRequestConfig {
  _retried?: boolean;
}

function replay(config: RetriableConfig, token: string) {
  config._retried = true;
  config.headers.set('Authorization', `Bearer ${token}`);
  return api(config);
}

// The auth calls answer 401 for their own reasons (wrong password, no cookie): never refresh for them.
function isAuthCall(url: string | undefined): boolean {
  if (!url) return false;
  return new URL(url, 'http://relative.invalid').pathname.startsWith('/auth/');
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

api.interceptors.response.use(undefined, async (error: unknown) => {
  if (!isAxiosError(error) || error.response?.status !== 401 || !error.config) throw error;
  const config = error.config as RetriableConfig;
  if (config._retried || isAuthCall(config.url)) throw error;

  // A request sent before the last refresh finished only needs the token that refresh issued.
  const current = tokenStore.get();
  if (current && refreshInFlight === null && config.headers.get('Authorization') !== `Bearer ${current}`)
    return replay(config, current);

  const session = await sessionAfter401();
  return replay(config, session.accessToken);
});
