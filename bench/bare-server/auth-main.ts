/**
 * The ceiling the auth service is measured against on `GET /auth/me`: a bare node:http server doing
 * only what that request must do — the auth service's own bearer check (`authenticate` with the
 * service's `loadAccessTokens(...).verify`: same keys, same kid, same jose options) and its own use
 * case (`getMe`, so the SQL and the user's shape cannot drift) — on a pool made by the same
 * `createPool` call the service makes, without a `max`, so both get the package's default size.
 * It answers the same body, `{ user }`, with the route's `Cache-Control: no-store`. No framework,
 * no hooks, no schema serializer, no security headers, no logging.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createPool } from '@hormohelp/db';
import { AppError, authenticate } from '@hormohelp/server-kit';
import { loadAccessTokens } from '../../apps/auth/src/security/access-tokens';
import { getMe } from '../../apps/auth/src/use-cases/get-me';
import { serveBare } from './serve-bare';

const pool = createPool(process.env.DATABASE_URL!, { applicationName: 'bench-bare-auth' });
const tokens = await loadAccessTokens(process.env.JWT_PRIVATE_KEY_PATH!, process.env.JWT_PUBLIC_KEY_PATH!);

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
  });
  res.end(json);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const { pathname } = new URL(req.url ?? '/', 'http://bare');
  if (pathname === '/health') return send(res, 200, { status: 'ok' });
  if (pathname !== '/auth/me') return send(res, 404, { error: { code: 'not_found', message: 'Not found' } });
  const claims = await authenticate(tokens.verify, req.headers.authorization);
  return send(res, 200, { user: await getMe({ pool }, claims.sub) });
}

serveBare((req, res) => {
  handle(req, res).catch((error: unknown) =>
    error instanceof AppError
      ? send(res, error.status, error.toBody())
      : send(res, 500, { error: { code: 'internal', message: 'internal' } }),
  );
}, pool);
