import { describe, expect, it } from 'vitest';
import { findExpert } from './experts-catalogue';
import { BOOKING_HORIZON_DAYS, scheduledSlots, slotStart } from './slot-calendar';

// Dr. Ananya Iyer sees people on Monday, Wednesday and Friday mornings (IST).
const ananya = findExpert('dr-ananya-iyer')!;

describe('scheduledSlots', () => {
  it('leaves out a slot that has started, even later the same day, in India Standard Time', () => {
    // Monday 23 November 2026, 10:15 in India (04:45 UTC).
    const now = new Date('2026-11-23T04:45:00Z');
    const slots = scheduledSlots(ananya, now);
    expect(slots[0]).toEqual({ date: '2026-11-23', time: '10:30' });
    expect(slots).not.toContainEqual({ date: '2026-11-23', time: '10:00' });
  });

  it('uses the Indian calendar day: late evening UTC is already tomorrow in India', () => {
    // Sunday 22 November 2026 at 20:00 UTC is Monday 01:30 in India: Monday's slots are all ahead.
    const slots = scheduledSlots(ananya, new Date('2026-11-22T20:00:00Z'));
    expect(slots.slice(0, 4).map((slot) => `${slot.date} ${slot.time}`)).toEqual([
      '2026-11-23 10:00',
      '2026-11-23 10:30',
      '2026-11-23 11:00',
      '2026-11-23 11:30',
    ]);
  });

  it(`offers nothing beyond ${BOOKING_HORIZON_DAYS} days and only on the expert's weekdays`, () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const slots = scheduledSlots(ananya, now);
    const dates = [...new Set(slots.map((slot) => slot.date))];
    // Mon 23, Wed 25, Fri 27, Mon 30 November, Wed 2, Fri 4 December; Monday 7 December is day 15.
    expect(dates).toEqual([
      '2026-11-23',
      '2026-11-25',
      '2026-11-27',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
    ]);
    for (const slot of slots) expect(slotStart(slot).getTime()).toBeGreaterThan(now.getTime());
  });
});
