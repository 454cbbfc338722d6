/**
 * The reminder's settings in localStorage: only whether it is on and the time. Nothing about the
 * person's health is stored in the browser.
 */
export interface ReminderSettings {
  isEnabled: boolean;
  /** Local time, HH:MM. */
  time: string;
}

const STORAGE_KEY = 'hormohelp.log-reminder';
export const DEFAULT_REMINDER_TIME = '20:00';
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isReminderTime(value: string): boolean {
  return TIME_PATTERN.test(value);
}

export function readReminderSettings(): ReminderSettings {
  const fallback = { isEnabled: false, time: DEFAULT_REMINDER_TIME };
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return fallback;
    const { isEnabled, time } = stored as Partial<ReminderSettings>;
    return {
      isEnabled: isEnabled === true,
      time: typeof time === 'string' && isReminderTime(time) ? time : DEFAULT_REMINDER_TIME,
    };
  } catch {
    // Storage blocked or a hand-edited value: the reminder is simply off.
    return fallback;
  }
}

export function saveReminderSettings(settings: ReminderSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage blocked (private mode in some browsers): the reminder still runs in this tab.
  }
}

/** Milliseconds from `now` to the next `time` (HH:MM, local); tomorrow's when today's has passed. */
export function msUntilNext(time: string, now: Date): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const next = new Date(now);
  next.setHours(hours, minutes, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
