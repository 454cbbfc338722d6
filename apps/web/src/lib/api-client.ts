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
 * POST /auth/refresh with the HttpOnly cookie. Single flight: every caller (session restore, the
 * scheduled refresh, the 401 interceptor) that asks while one is running shares its result.
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

type Waiter = { resolve: (token: string) => void; reject: (error: unknown) => void };

let isRefreshing = false;
let waitingQueue: Waiter[] = [];

function flushQueue(error: unknown, token: string | null): void {
  const waiters = waitingQueue;
  waitingQueue = [];
  for (const waiter of waiters) {
    if (token) waiter.resolve(token);
    else waiter.reject(error);
  }
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

api.interceptors.response.use(undefined, async (error: unknown) => {
  if (!isAxiosError(error) || error.response?.status !== 401 || !error.config) throw error;
  const config = error.config as RetriableConfig;
  if (config._retried || isAuthCall(config.url)) throw error;

  // A request sent before the last refresh finished only needs the token that refresh issued.
  const current = tokenStore.get();
  if (current && config.headers.get('Authorization') !== `Bearer ${current}`) return replay(config, current);

  if (isRefreshing) {
    const token = await new Promise<string>((resolve, reject) => waitingQueue.push({ resolve, reject }));
    return replay(config, token);
  }

  isRefreshing = true;
  try {
    const session = await refreshSession();
    flushQueue(null, session.accessToken);
    return replay(config, session.accessToken);
  } catch (refreshError) {
    flushQueue(refreshError, null);
    tokenStore.clear();
    emitSessionEvent({ type: 'expired' });
    throw refreshError;
  } finally {
    isRefreshing = false;
  }
});
