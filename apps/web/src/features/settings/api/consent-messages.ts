import type { DeleteHealthDataResponse } from '@hormohelp/contracts';

type Deleted = DeleteHealthDataResponse['deleted'];

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
