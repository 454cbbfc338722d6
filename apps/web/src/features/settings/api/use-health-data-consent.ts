import type { DeleteHealthDataResponse, User, UserResponse } from '@hormohelp/contracts';
import { type QueryClient, type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import toast from 'react-hot-toast';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { deletedMessage, withdrawnAndDeletedMessage } from './consent-messages';

/** Which consent action is running, so only its button shows the spinner. */
export type ConsentAction = 'give' | 'withdraw-and-delete' | 'withdraw-and-keep' | 'delete';

/** The actions that delete the stored health data, notes on bookings included. */
const DELETING: readonly ConsentAction[] = ['withdraw-and-delete', 'delete'];

async function patchConsent(healthDataConsent: boolean): Promise<User> {
  const data = await api.patch('users/me', { json: { healthDataConsent } }).json<UserResponse>();
  return data.user;
}

/** DELETE /users/me/health-data: every symptom log, the onboarding answers and the notes on bookings. */
async function deleteHealthData(): Promise<DeleteHealthDataResponse> {
  const data = await api.delete('users/me/health-data').json<DeleteHealthDataResponse>();
  return data;
}

/** The withdrawal went through, the deletion after it did not: the action is done, but not all of it. */
class NotDeletedAfterWithdrawal extends Error {
  constructor(readonly reason: unknown) {
    super('Consent withdrawn, health data not deleted');
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof NotDeletedAfterWithdrawal)
    return `Your consent is withdrawn, but your health data is not deleted. ${getErrorMessage(error.reason)}`;
  return getErrorMessage(error);
}

/**
 * What the health views show depends on the consent (the tracker offers to give it, a log is refused
 * without it) and on the data a deletion removed: they are read again after any consent action.
 */
function refreshHealthViews(queryClient: QueryClient, action: ConsentAction) {
  const roots: QueryKey[] = [queryKeys.consent.all, queryKeys.symptoms.all];
  if (DELETING.includes(action)) roots.push(queryKeys.consultations.bookings());
  return Promise.all(roots.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/**
 * Giving and withdrawing health-data consent, and deleting the health data already stored. The
 * consent itself is the session's user (`user.healthDataConsent`), which each answer replaces. Each
 * action resolves to whether it was done; a failure shows its error and claims nothing.
 */
export function useHealthDataConsent() {
  const { setUser } = useAuth();
  const queryClient = useQueryClient();

  async function changeConsent(healthDataConsent: boolean) {
    setUser(await patchConsent(healthDataConsent));
  }

  async function deleteStored() {
    const { user, deleted } = await deleteHealthData();
    setUser(user);
    return deleted;
  }

  /** Each action's requests, in order, resolving to what to tell the person. */
  const actions: Record<ConsentAction, () => Promise<string>> = {
    give: async () => {
      await changeConsent(true);
      return 'Thank you. You can log symptoms again.';
    },
    'withdraw-and-keep': async () => {
      await changeConsent(false);
      return 'Your consent is withdrawn.';
    },
    'withdraw-and-delete': async () => {
      await changeConsent(false);
      try {
        return withdrawnAndDeletedMessage(await deleteStored());
      } catch (error) {
        throw new NotDeletedAfterWithdrawal(error);
      }
    },
    delete: async () => deletedMessage(await deleteStored()),
  };

  const mutation = useMutation({
    mutationKey: queryKeys.consent.all,
    mutationFn: (action: ConsentAction) => actions[action](),
    onSuccess: (message) => {
      toast.success(message);
    },
    onError: (error) => {
      toast.error(failureMessage(error));
    },
    onSettled: (_message, _error, action) => refreshHealthViews(queryClient, action),
  });

  // The withdrawal stands even when the deletion then fails: the error says so, and the card
  // offers the deletion again, so that action counts as done.
  const run = (action: ConsentAction) =>
    mutation.mutateAsync(action).then(
      () => true,
      (error: unknown) => error instanceof NotDeletedAfterWithdrawal,
    );

  return {
    pending: mutation.isPending ? (mutation.variables ?? null) : null,
    giveConsent: () => run('give'),
    withdrawAndKeep: () => run('withdraw-and-keep'),
    withdrawAndDelete: () => run('withdraw-and-delete'),
    deleteStoredHealthData: () => run('delete'),
  };
}
