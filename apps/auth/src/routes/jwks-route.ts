import { AUTH_ROUTES } from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import { z } from 'zod';
import type { AuthDeps } from '../deps';

/** An RFC 7517 key set: each key's public parameters as well as the fields named here. */
const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), kid: z.string(), alg: z.string(), use: z.string() }).loose()),
});

/** The public keys with their kid (RFC 7638 thumbprint), for verifiers that fetch keys instead of a PEM. */
export function jwksRoute(app: Server, deps: AuthDeps): void {
  app.route({
    ...AUTH_ROUTES.jwks,
    handler: async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=300');
      // Every exported JWK names its kty, though jose's type leaves it optional; the serialiser checks.
      return deps.tokens.jwks as z.output<typeof jwksSchema>;
    },
  });
}
