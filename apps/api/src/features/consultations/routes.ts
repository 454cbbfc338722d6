import { createBookingBodySchema, listQuerySchema } from '@hormohelp/contracts';
import { json, noContent, Router, validate } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import type { ApiContext } from '../../http/context';
import { parsePathId } from '../../http/path-id';
import { cancelBooking } from './cancel-booking';
import { createBooking } from './create-booking';
import { listBookings } from './list-bookings';
import { listExperts } from './list-experts';

export function consultationsRouter({ pool }: ApiDeps): Router<ApiContext> {
  return new Router<ApiContext>()
    .get('/api/experts', async () => json(await listExperts(pool)))
    .get('/api/bookings', async ({ user, query }) =>
      json(await listBookings(pool, user.sub, validate(listQuerySchema, query))),
    )
    .post('/api/bookings', requireVerifiedEmail, async ({ user, body }) => {
      const booking = validate(createBookingBodySchema, body);
      return json({ item: await createBooking(pool, user.sub, booking) }, 201);
    })
    .delete('/api/bookings/:id', async ({ user, params }) => {
      await cancelBooking(pool, user.sub, parsePathId(params.id));
      return noContent();
    });
}
