import { createOpenApiDocument } from '@hormohelp/contracts/openapi';
import { Router } from '@hormohelp/server-kit';
import type { ApiContext } from '../http/context';

/** GET /openapi.json, without a token: generated from packages/contracts once, then served from memory. */
export function openApiRouter(): Router<ApiContext> {
  const body = JSON.stringify(createOpenApiDocument());
  const length = String(Buffer.byteLength(body));
  return new Router<ApiContext>().get('/openapi.json', ({ res, headers }) => {
    headers.push(
      'Content-Type',
      'application/json; charset=utf-8',
      'Content-Length',
      length,
      'Cache-Control',
      'public, max-age=300',
    );
    res.writeHead(200, headers);
    res.end(body);
    return undefined;
  });
}
