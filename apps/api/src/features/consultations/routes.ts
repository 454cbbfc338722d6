import { createBookingBodySchema, listQuerySchema } from '@hormohelp/contracts';
import { route, validate } from '@hormohelp/server-kit';
import { Router } from 'express';
import type { ApiDeps } from '../../deps';
import { requireVerifiedEmail } from '../../http/authenticate';
import { parsePathId } from '../../http/path-id';
import { cancelBooking } from './cancel-booking';
import { createBooking } from './create-booking';
import { listBookings } from './list-bookings';
import { listExperts } from './list-experts';

export function consultationsRouter({ pool }: ApiDeps): Router {
  const router = Router();
  router.get(
    '/api/experts',
    route(async (_req, res) => {
      res.json(await listExperts(pool));
    }),
  );
  router.get(
    '/api/bookings',
    route(async (req, res) => {
      res.json(await listBookings(pool, req.user.sub, validate(listQuerySchema, req.query)));
    }),
  );
  router.post(
    '/api/bookings',
    requireVerifiedEmail,
    route(async (req, res) => {
      const body = validate(createBookingBodySchema, req.body);
      res.status(201).json({ item: await createBooking(pool, req.user.sub, body) });
    }),
  );
  router.delete(
    '/api/bookings/:id',
    route(async (req, res) => {
      await cancelBooking(pool, req.user.sub, parsePathId(req.params.id));
      res.status(204).end();
    }),
  );
  return router;
}
