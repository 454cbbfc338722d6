import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@hormohelp/server-kit';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ApiContext } from './context';

/**
 * `/auth/*` goes to the auth service unchanged: raw body, cookies both ways, Set-Cookie back. The
 * body is streamed, never parsed and re-serialised. The client address the auth service rate-limits
 * by is the one this API resolved (trusting only TRUST_PROXY), sent as the whole X-Forwarded-For, so
 * a client cannot choose its own.
 */
export function authProxy(authServiceUrl: string): (context: ApiContext) => void {
  const proxy = createProxyMiddleware<IncomingMessage, ServerResponse>({
    target: authServiceUrl,
    changeOrigin: false,
    xfwd: false,
    proxyTimeout: 30_000,
    on: {
      error(_error, _req, res) {
        const response = res as ServerResponse<IncomingMessage>;
        if (!('writeHead' in response) || response.headersSent) {
          response.destroy?.();
          return;
        }
        const body = JSON.stringify(new AppError('upstream_unavailable', { status: 502 }).toBody());
        response.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        response.end(body);
      },
    },
  });
  return (context) => {
    context.req.headers['x-forwarded-for'] = context.ip;
    context.req.headers['x-request-id'] = context.id;
    // The answer carries this API's headers unless the auth service sends its own of the same name.
    context.applyHeaders();
    void proxy(context.req, context.res, () => {});
  };
}

/** `/auth` and below only, case-sensitive as the auth service's own routes. */
export function isAuthPath(path: string): boolean {
  return path === '/auth' || path.startsWith('/auth/');
}
