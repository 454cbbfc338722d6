import {
  bookingListSchema,
  bookingSchema,
  createBookingBodySchema,
  expertListSchema,
  idParamsSchema,
  itemOf,
  listQuerySchema,
  MAX_UPCOMING_BOOKINGS,
  noContentSchema,
} from '@hormohelp/contracts';
import type { Server } from '@hormohelp/server-kit';
import type { ApiDeps } from '../../deps';
import { cancelBooking } from './cancel-booking';
import { createBooking } from './create-booking';
import { listBookings } from './list-bookings';
import { listExperts } from './list-experts';

export function consultationsRoutes(app: Server, { pool }: ApiDeps): void {
  app.get(
    '/api/experts',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Experts with their free slots (India Standard Time) for the next 14 days',
        tags: ['consultations'],
        response: { 200: expertListSchema },
      },
    },
    async () => listExperts(pool),
  );
  app.get(
    '/api/bookings',
    {
      config: { access: 'signed-in' },
      schema: {
        summary: 'Your bookings, newest first',
        tags: ['consultations'],
        querystring: listQuerySchema,
        response: { 200: bookingListSchema },
      },
    },
    async (request) => listBookings(pool, request.user.sub, request.query),
  );
  app.post(
    '/api/bookings',
    {
      config: { access: 'verified', errors: ['conflict', 'booking_limit', 'consent_required'] },
      schema: {
        summary: `Book a free slot; an unknown expert, an unoffered type or a slot not offered is 400 validation_error; a taken slot is 409 conflict; a person already holding ${MAX_UPCOMING_BOOKINGS} upcoming bookings is 409 booking_limit; notes (health data) without consent are 403 consent_required`,
        tags: ['consultations'],
        body: createBookingBodySchema,
        response: { 201: itemOf(bookingSchema) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return { item: await createBooking(pool, request.user.sub, request.body) };
    },
  );
  app.delete(
    '/api/bookings/:id',
    {
      config: { access: 'signed-in', errors: ['not_found'] },
      schema: {
        summary: 'Cancel your booking; the slot is free again',
        tags: ['consultations'],
        params: idParamsSchema,
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await cancelBooking(pool, request.user.sub, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
