import type { Booking, createBookingBodySchema, Item } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '@/lib/api-client';
import { refreshConsultations } from './refresh-consultations';

export type CreateBookingBody = z.output<typeof createBookingBodySchema>;

/**
 * Books a slot (POST /api/bookings). Whatever the answer, the slots and the bookings are read again:
 * a booking takes its slot, a 409 `conflict` means someone else took it first, and a 409
 * `booking_limit` means bookings made in another tab or device are missing from this page's list.
 * The booking settles once both are read, so the wizard never offers the slot it just booked.
 */
export function useCreateBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateBookingBody) => {
      const data = await api.post('api/bookings', { json: body }).json<Item<Booking>>();
      return data.item;
    },
    onSettled: () => refreshConsultations(queryClient),
  });
}
