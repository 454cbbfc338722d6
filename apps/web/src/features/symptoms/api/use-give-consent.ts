import type { UserResponse } from '@hormohelp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * Gives consent to storing health data (PATCH /users/me {healthDataConsent: true}), from the tracker
 * itself. The consent is the session's user, which the answer replaces; the consent views read again.
 */
export function useGiveConsent() {
  const { setUser } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: queryKeys.consent.all,
    mutationFn: async () => {
      const data = await api.patch('users/me', { json: { healthDataConsent: true } }).json<UserResponse>();
      return data.user;
    },
    onSuccess: (user) => setUser(user),
    onError: (error) => {
      toast.error(getErrorMessage(error));
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.consent.all });
    },
  });
}
