import type { RequestHandler } from 'express';
import type { AuthDeps } from '../deps';

/** The public key with its kid (RFC 7638 thumbprint), for verifiers that fetch keys instead of a PEM. */
export const jwksRoute =
  (deps: AuthDeps): RequestHandler =>
  (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300');
    res.json(deps.tokens.jwks);
  };
