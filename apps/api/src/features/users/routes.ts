import { updateMeBodySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { updateMe } from './update-me';

export function usersRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.patch(
    '/users/me',
    route(async (req, res) => {
      const body = validate(updateMeBodySchema, req.body ?? {});
      res.json({ user: await updateMe(pool, req.user.sub, body) });
    }),
  );
  return router;
}
