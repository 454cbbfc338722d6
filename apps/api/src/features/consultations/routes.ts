import { Router } from 'express';
import type { ApiDeps } from '../../deps';

export function consultationsRouter(_deps: ApiDeps): Router {
  const router = Router();
  return router;
}
