import { Router } from 'express';
import type { ApiDeps } from '../../deps';

export function shopRouter(_deps: ApiDeps): Router {
  const router = Router();
  return router;
}
