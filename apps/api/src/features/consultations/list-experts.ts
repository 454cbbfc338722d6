import type { Expert } from '@hormohelp/contracts';
import type { Pool } from '@hormohelp/db';
import { selectTakenSlots } from './booking-repository';
import { EXPERTS } from './experts-catalogue';
import { scheduledSlots, slotKey } from './slot-calendar';

/** The catalogue with each expert's free slots: scheduled, not yet started, not booked by anyone. */
export async function listExperts(pool: Pool, now: Date = new Date()): Promise<{ items: Expert[] }> {
  const schedules = EXPERTS.map((expert) => ({ expert, slots: scheduledSlots(expert, now) }));
  const dates = schedules.flatMap(({ slots }) => slots.map((slot) => slot.date)).sort();
  const taken = new Set(
    dates.length === 0
      ? []
      : (await selectTakenSlots(pool, dates[0]!, dates.at(-1)!)).map((row) => slotKey(row.expert_id, row)),
  );
  return {
    items: schedules.map(({ expert, slots }) => ({
      id: expert.id,
      name: expert.name,
      title: expert.title,
      specialties: expert.specialties,
      consultationTypes: expert.consultationTypes,
      slots: slots.filter((slot) => !taken.has(slotKey(expert.id, slot))),
    })),
  };
}
