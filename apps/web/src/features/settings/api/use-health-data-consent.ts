import type { DeleteHealthDataResponse, User, UserResponse } from '@hormohelp/contracts';
import { useState } from 'react';
import toast from 'react-hot-toast';
import { useAuth } from '@/features/auth';
import { api, getErrorMessage } from '@/lib/api-client';

/** Which consent action is running, so only its button shows the spinner. */
export type ConsentAction = 'give' | 'withdraw-and-delete' | 'withdraw-and-keep' | 'delete';

type Deleted = DeleteHealthDataResponse['deleted'];

async function patchConsent(healthDataConsent: boolean): Promise<User> {
  const { data } = await api.patch<UserResponse>('/users/me', { healthDataConsent });
  return data.user;
}

/** DELETE /users/me/health-data: every symptom log, the onboarding answers and the notes on bookings. */
async function deleteHealthData(): Promise<DeleteHealthDataResponse> {
  const { data } = await api.delete<DeleteHealthDataResponse>('/users/me/health-data');
  return data;
}

function countLogs(count: number): string {
  return count === 1 ? '1 symptom log' : `${count} symptom logs`;
}

/** Bookings keep their expert and time; only the notes written for the expert are removed. */
function removedNotesSentence(bookingNotes: number): string {
  if (bookingNotes === 0) return '';
  const bookings = bookingNotes === 1 ? '1 booking' : `${bookingNotes} bookings`;
  return ` The notes on ${bookings} were removed.`;
}

/** "Your consent is withdrawn and 12 symptom logs were deleted." */
export function withdrawnAndDeletedMessage({ symptomLogs, bookingNotes }: Deleted): string {
  const what =
    symptomLogs === 0
      ? 'your stored health data is deleted'
      : `${countLogs(symptomLogs)} ${symptomLogs === 1 ? 'was' : 'were'} deleted`;
  return `Your consent is withdrawn and ${what}.${removedNotesSentence(bookingNotes)}`;
}

/** "Your stored health data is deleted, including 12 symptom logs." */
export function deletedMessage({ symptomLogs, bookingNotes }: Deleted): string {
  const including = symptomLogs === 0 ? '' : `, including ${countLogs(symptomLogs)}`;
  return `Your stored health data is deleted${including}.${removedNotesSentence(bookingNotes)}`;
}

/**
 * Giving and withdrawing health-data consent, and deleting the health data already stored. Each action
 * resolves to whether it was done; a failure shows its error and claims nothing.
 */
export function useHealthDataConsent() {
  const { setUser } = useAuth();
  const [pending, setPending] = useState<ConsentAction | null>(null);

  async function run(action: ConsentAction, work: () => Promise<boolean>): Promise<boolean> {
    setPending(action);
    try {
      return await work();
    } finally {
      setPending(null);
    }
  }

  /** The PATCH alone; on failure the error shows and the consent stays as it was. */
  async function changeConsent(healthDataConsent: boolean, success?: string): Promise<boolean> {
    try {
      setUser(await patchConsent(healthDataConsent));
    } catch (error) {
      toast.error(getErrorMessage(error));
      return false;
    }
    if (success) toast.success(success);
    return true;
  }

  /** The DELETE alone; `failurePrefix` says what did happen before it failed. */
  async function deleteStored(successMessage: (deleted: Deleted) => string, failurePrefix = '') {
    try {
      const { user, deleted } = await deleteHealthData();
      setUser(user);
      toast.success(successMessage(deleted));
      return true;
    } catch (error) {
      toast.error(`${failurePrefix}${getErrorMessage(error)}`);
      return false;
    }
  }

  return {
    pending,
    giveConsent: () => run('give', () => changeConsent(true, 'Thank you. You can log symptoms again.')),
    withdrawAndKeep: () => run('withdraw-and-keep', () => changeConsent(false, 'Your consent is withdrawn.')),
    // The withdrawal stands even when the deletion then fails: the error says so, and the card
    // offers the deletion again.
    withdrawAndDelete: () =>
      run('withdraw-and-delete', async () => {
        if (!(await changeConsent(false))) return false;
        await deleteStored(
          withdrawnAndDeletedMessage,
          'Your consent is withdrawn, but your health data is not deleted. ',
        );
        return true;
      }),
    deleteStoredHealthData: () => run('delete', () => deleteStored(deletedMessage)),
  };
}
