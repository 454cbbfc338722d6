import type { AccessTokenClaims } from '@hormohelp/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../app-error';
import type { Server } from './create-server';
import { prependHook } from './route-hooks';

/**
 * Who may call a route: anyone, a signed-in person (a valid access token), or a signed-in person
 * whose email is verified (writing to the community, booking, paying).
 */
export type Access = 'public' | 'signed-in' | 'verified';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; every route says so (see `Access`). */
    access?: Access;
    /**
     * The route is passed on to the service that owns it, which checks the caller itself: here it
     * is neither authenticated nor read, only documented with the access it has there.
     */
    proxied?: boolean;
  }
  interface FastifyRequest {
    /** The verified access token's claims, on every route that is not public. */
    user: AccessTokenClaims;
  }
}

export type TokenVerifier = (token: string) => Promise<AccessTokenClaims>;

const BEARER = /^Bearer ([\w-]+\.[\w-]+\.[\w-]*)$/;

/** The claims of a valid `Authorization: Bearer` access token; 401 `unauthorized` when there is none. */
export async function authenticate(
  verify: TokenVerifier,
  authorization: string | undefined,
): Promise<AccessTokenClaims> {
  const token = BEARER.exec(authorization ?? '')?.[1];
  if (!token) throw new AppError('unauthorized');
  try {
    return await verify(token);
  } catch {
    throw new AppError('unauthorized', { message: 'Your session has expired. Please sign in again.' });
  }
}

/** The access a request's route declares; a request that matched no route is treated as signed-in. */
export function accessOf(request: FastifyRequest): Access | undefined {
  return request.routeOptions.config?.access;
}

/**
 * Checks each route's access before anything else: the token in `onRequest`, before the body is
 * read (a caller without a token never makes us parse or buffer one); the verified email once the
 * body has parsed, so a malformed body is still told so first. The checks are hooks of the routes
 * that need them, so a public route runs none.
 */
export function useAccessControl(app: Server, verify: TokenVerifier): void {
  app.decorateRequest('user', undefined as unknown as AccessTokenClaims);
  const signedIn = async (request: FastifyRequest) => {
    request.user = await authenticate(verify, request.headers.authorization);
  };
  const verified = async (request: FastifyRequest) => {
    if (!request.user.emailVerified) throw new AppError('email_not_verified');
  };
  app.addHook('onRoute', (route) => {
    const isHidden = (route.schema as { hide?: boolean } | undefined)?.hide === true;
    const access = route.config?.access;
    // A documented route without an access rule is a mistake to catch at start, not a public route.
    if (!access && !isHidden)
      throw new Error(`${String(route.method)} ${route.url} does not declare who may call it`);
    if (route.config?.proxied || access === 'public' || access === undefined) return;
    prependHook(route, 'onRequest', signedIn);
    if (access === 'verified') prependHook(route, 'preValidation', verified);
  });
}
