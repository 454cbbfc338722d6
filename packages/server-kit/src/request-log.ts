import { randomUUID } from 'node:crypto';
import type { Logger } from './logger';

const REQUEST_ID = /^[\w-]{1,64}$/;

/** The caller's X-Request-Id when it is sane (a proxy's, to follow one request across services), else a new one. */
export function requestIdOf(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export interface RequestLine {
  requestId: string;
  method: string | undefined;
  path: string;
  status: number;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
}

/**
 * The one line every request leaves. Only the path: query strings can carry tokens (verification
 * links), and bodies are never logged.
 */
export function logRequest(
  logger: Logger,
  { requestId, method, path, status, startedAt }: RequestLine,
): void {
  const ms = Math.round((performance.now() - startedAt) * 10) / 10;
  logger.info({ requestId, method, path, status, ms }, 'request');
}
