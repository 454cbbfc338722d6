import { updateMeBodySchema } from '@hormohelp/contracts';
import { json, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import type { ApiContext } from '../../http/context';
import { deleteHealthData } from './delete-health-data';
import { updateMe } from './update-me';

export function usersRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>()
    .patch('/users/me', async ({ user, body }) => {
      const changes = validate(updateMeBodySchema, body ?? {});
      return json({ user: await updateMe(pool, user.sub, changes) });
    })
    .delete('/users/me/health-data', async ({ user }) => json(await deleteHealthData(pool, user.sub)));
}
