/**
 * The ceiling the API is measured against: a bare node:http server doing only what an authenticated
 * symptoms request must do — the API's own token check (same key, same jose options) and the API's
 * own use-case functions, so the SQL cannot drift — on a pool of the API's size. No framework, no
 * middleware, no validation, no logging. Started by bench/run.ts as its own process, like the API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createPool } from '@hormohelp/db';
import { getSymptomStats } from '../../apps/api/src/features/symptoms/get-symptom-stats';
import { listSymptomLogs } from '../../apps/api/src/features/symptoms/list-symptom-logs';
import { createTokenVerifier } from '../../apps/api/src/http/authenticate';
import { API_POOL_SIZE } from '../lib/api-pool-size';
import { serveBare } from './serve-bare';

const pool = createPool(process.env.DATABASE_URL!, { applicationName: 'bench-bare', max: API_POOL_SIZE });
const verifyToken = await createTokenVerifier({ publicKeyPath: process.env.AUTH_PUBLIC_KEY_PATH! });

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://bare');
  if (url.pathname === '/health') return send(res, 200, { status: 'ok' });
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const claims = token ? await verifyToken(token).catch(() => null) : null;
  if (!claims) return send(res, 401, { error: { code: 'unauthorized', message: 'Sign in' } });
  if (url.pathname === '/api/symptoms')
    return send(res, 200, await listSymptomLogs(pool, claims.sub, { limit: 20 }));
  if (url.pathname === '/api/symptoms/stats') {
    return send(
      res,
      200,
      await getSymptomStats(pool, claims.sub, Number(url.searchParams.get('days') ?? 30)),
    );
  }
  return send(res, 404, { error: { code: 'not_found', message: 'Not found' } });
}

serveBare((req, res) => {
  handle(req, res).catch(() => send(res, 500, { error: { code: 'internal', message: 'internal' } }));
}, pool);
