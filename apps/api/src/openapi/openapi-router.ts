import { createOpenApiDocument } from '@hormohelp/contracts/openapi';
import { Router } from 'express';

/** GET /openapi.json, without a token: generated from packages/contracts once, then served from memory. */
export function openApiRouter(): Router {
  const body = JSON.stringify(createOpenApiDocument());
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.type('application/json').set('Cache-Control', 'public, max-age=300').send(body);
  });
  return router;
}
