import replyFrom from '@fastify/reply-from';
import { AUTH_ROUTES } from '@hormohelp/contracts';
import { AppError, type Server } from '@hormohelp/server-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long the auth service may take to answer before the caller is told 502. */
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * The proxy neither validates nor reads a body: the auth service does, from the bytes as sent. Its
 * answers pass through as a stream, which no response schema touches: the schemas are documentation.
 */
const checkedUpstream = () => (data: unknown) => ({ value: data });

/**
 * `/auth/*` goes to the auth service unchanged: raw body, cookies both ways, Set-Cookie back. The
 * body is streamed, never parsed and re-serialised. The client address the auth service rate-limits
 * by is the one this API resolved (trusting only TRUST_PROXY), sent as the whole X-Forwarded-For, so
 * a client cannot choose its own. The auth service's declared routes are registered here by their
 * declaration, so this API's OpenAPI document lists them with the 502 the proxy can answer.
 */
export async function useAuthProxy(app: Server, authServiceUrl: string): Promise<void> {
  await app.register(async (scope: Server) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    await scope.register(replyFrom, {
      base: authServiceUrl,
      undici: { headersTimeout: UPSTREAM_TIMEOUT_MS, bodyTimeout: UPSTREAM_TIMEOUT_MS },
    });
    for (const declaration of Object.values(AUTH_ROUTES)) {
      scope.route({
        ...declaration,
        config: { ...declaration.config, proxied: true },
        validatorCompiler: checkedUpstream,
        handler: forward,
      });
    }
    // Any other path under /auth is the auth service's to answer (a 404 in the contract's shape).
    scope.all('/auth/*', { schema: { hide: true }, config: { access: 'public', proxied: true } }, forward);
  });
}

function forward(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  // The router matches any letter case; the auth service's paths are lower case only.
  if (!isAuthPath(request.url)) throw new AppError('not_found');
  return reply.from(request.url, {
    // A POST is not safe to send twice: a reset connection is a 502, never a retry.
    retriesCount: 0,
    rewriteRequestHeaders: (_request, headers) => ({
      ...headers,
      'x-forwarded-for': request.ip,
      'x-request-id': request.id,
    }),
    onError: (failed) => failed.send(new AppError('upstream_unavailable', { status: 502 })),
  });
}

/** `/auth` and below only, case-sensitive as the auth service's own routes. */
export function isAuthPath(url: string): boolean {
  return url === '/auth' || url.startsWith('/auth/') || url.startsWith('/auth?');
}
