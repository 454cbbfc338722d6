import type { Booking } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { api, getErrorCode, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { refreshConsultations } from './refresh-consultations';

/**
 * Cancels a booking (DELETE /api/bookings/:id): the list and the freed slot are read again. A 404
 * `not_found` means the booking is gone already (cancelled elsewhere): the list is read again too.
 */
export function useCancelBooking() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (booking: Booking) => {
      await api.delete(`api/bookings/${booking.id}`);
    },
    onSuccess: () => {
      toast.success('Booking cancelled. The slot is free for someone else.');
      return refreshConsultations(queryClient);
    },
    onError: async (error) => {
      toast.error(getErrorMessage(error));
      if (getErrorCode(error) === 'not_found')
        await queryClient.invalidateQueries({ queryKey: queryKeys.consultations.bookings() });
    },
  });
}
