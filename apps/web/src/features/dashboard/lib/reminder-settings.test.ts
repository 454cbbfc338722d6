import { describe, expect, it } from 'vitest';
import { msUntilNext, readReminderSettings, saveReminderSettings } from './reminder-settings';

const MINUTE = 60_000;

describe('the reminder settings', () => {
  it("counts to today's time while it is ahead, and to tomorrow's once it has passed", () => {
    const morning = new Date(2026, 10, 27, 8, 30);
    expect(msUntilNext('20:00', morning)).toBe((11 * 60 + 30) * MINUTE);
    const evening = new Date(2026, 10, 27, 20, 0);
    expect(msUntilNext('20:00', evening)).toBe(24 * 60 * MINUTE);
    const lastDayOfMonth = new Date(2026, 10, 30, 23, 59);
    expect(msUntilNext('00:01', lastDayOfMonth)).toBe(2 * MINUTE);
  });

  it('reads back what was saved, and falls back to off at 20:00 for a missing or tampered value', () => {
    expect(readReminderSettings()).toEqual({ isEnabled: false, time: '20:00' });
    saveReminderSettings({ isEnabled: true, time: '07:45' });
    expect(readReminderSettings()).toEqual({ isEnabled: true, time: '07:45' });
    window.localStorage.setItem('hormohelp.log-reminder', '{"isEnabled":"yes","time":"25:99"}');
    expect(readReminderSettings()).toEqual({ isEnabled: false, time: '20:00' });
    window.localStorage.setItem('hormohelp.log-reminder', 'not json');
    expect(readReminderSettings()).toEqual({ isEnabled: false, time: '20:00' });
  });
});
