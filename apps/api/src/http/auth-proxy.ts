import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@hormohelp/server-kit';
import type { Request, RequestHandler } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

/**
 * `/auth/*` goes to the auth service unchanged: raw body, cookies both ways, Set-Cookie back. It is
 * registered before the JSON parser so the body is streamed, not re-serialised. The client address
 * the auth service rate-limits by is the one this API resolved (trusting only TRUST_PROXY), set as
 * the whole X-Forwarded-For, so a client cannot choose its own.
 *
 * Mount it at `app.use('/auth', …)`, so Express never calls it for any other request. Express strips
 * the mount path from `req.url`; the filter and the forwarded path use `req.originalUrl`, unchanged.
 */
export function authProxy(authServiceUrl: string): RequestHandler {
  return createProxyMiddleware<Request, ServerResponse>({
    target: authServiceUrl,
    // `/auth` and below only, case-sensitive as the auth service's own routes.
    pathFilter: (_path, req) => isAuthPath(req.originalUrl),
    pathRewrite: (_path, req) => req.originalUrl,
    changeOrigin: false,
    xfwd: false,
    proxyTimeout: 30_000,
    on: {
      proxyReq(proxyReq, req) {
        proxyReq.setHeader('x-forwarded-for', req.ip ?? req.socket.remoteAddress ?? '');
        proxyReq.setHeader('x-request-id', req.id);
      },
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
}

function isAuthPath(url: string): boolean {
  return url === '/auth' || url.startsWith('/auth/') || url.startsWith('/auth?');
}
