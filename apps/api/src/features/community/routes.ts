import { Router } from 'express';
import type { ApiDeps } from '../../deps';

export function communityRouter(_deps: ApiDeps): Router {
  const router = Router();
  return router;
}
