import type { CatalogueExpert } from './experts-catalogue';

/** Slot dates and times are India Standard Time, UTC+05:30, which has no daylight saving. */
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;
/** Slots are offered for today and the next 13 days. */
export const BOOKING_HORIZON_DAYS = 14;

export interface Slot {
  date: string;
  time: string;
}

/** The calendar date in India at that instant. */
export const istDateOf = (instant: Date) =>
  new Date(instant.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);

/** The instant a slot starts. */
export const slotStart = ({ date, time }: Slot) => new Date(Date.parse(`${date}T${time}:00+05:30`));

/** Every scheduled slot of the expert from `now` through the horizon, earliest first, none started. */
export function scheduledSlots(expert: CatalogueExpert, now: Date): Slot[] {
  const todayIst = Date.parse(istDateOf(now));
  const slots: Slot[] = [];
  for (let offset = 0; offset < BOOKING_HORIZON_DAYS; offset += 1) {
    const day = new Date(todayIst + offset * DAY_MS);
    const weekday = day.getUTCDay() as keyof CatalogueExpert['weeklySchedule'];
    const date = day.toISOString().slice(0, 10);
    for (const time of expert.weeklySchedule[weekday] ?? []) {
      if (slotStart({ date, time }) > now) slots.push({ date, time });
    }
  }
  return slots;
}

export const slotKey = (expertId: string, { date, time }: Slot) => `${expertId} ${date} ${time}`;
