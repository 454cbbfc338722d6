import type { Booking, ConsultationType, Expert } from '@hormohelp/contracts';

export type Slot = Expert['slots'][number];

/** A slot's start as a local Date: the catalogue's times are the clinic's wall-clock times. */
export function slotStart(slot: Slot): Date {
  const [year, month, day] = slot.date.split('-').map(Number);
  const [hour, minute] = slot.time.split(':').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
}

/** Future slots grouped by date, each date's times in order, dates in order. */
export function groupSlotsByDate(
  slots: Slot[],
  now: Date = new Date(),
): Array<{ date: string; times: string[] }> {
  const groups = new Map<string, string[]>();
  const upcoming = slots
    .filter((slot) => slotStart(slot) > now)
    .sort((a, b) => (a.date === b.date ? a.time.localeCompare(b.time) : a.date.localeCompare(b.date)));
  for (const slot of upcoming) {
    const times = groups.get(slot.date) ?? [];
    if (!times.includes(slot.time)) times.push(slot.time);
    groups.set(slot.date, times);
  }
  return [...groups].map(([date, times]) => ({ date, times }));
}

export function isSameSlot(a: Slot | null, b: Slot | null): boolean {
  return a !== null && b !== null && a.date === b.date && a.time === b.time;
}

export function isUpcomingBooking(booking: Booking, now: Date = new Date()): boolean {
  return booking.status !== 'cancelled' && slotStart(booking) > now;
}

export const TYPE_LABELS: Record<ConsultationType, string> = {
  video: 'Video call',
  phone: 'Phone call',
  chat: 'Chat',
};

export const TYPE_DESCRIPTIONS: Record<ConsultationType, string> = {
  video: 'Face to face over a secure video link.',
  phone: 'The expert calls the number on your account.',
  chat: 'Written messages in real time: easy to look back on.',
};

export const STATUS_LABELS: Record<string, string> = {
  pending: 'Awaiting confirmation',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
};
