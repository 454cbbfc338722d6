import type { SymptomList } from '@hormohelp/contracts';
import { api } from '@/lib/api-client';
import { todayIsoDate } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { msUntilNext } from './reminder-settings';

// One reminder per tab, kept across page changes: it lives as long as the tab, not the dashboard.
let timer: ReturnType<typeof setTimeout> | null = null;
// Bumped by every start and stop, so a check still running when the reminder changed cannot revive it.
let generation = 0;
const MINUTE = 60_000;

async function isTodayLogged(): Promise<boolean> {
  const today = todayIsoDate();
  const data = await api
    .get('api/symptoms', {
      searchParams: { from: today, to: today, limit: 1 },
    })
    .json<SymptomList>();
  return data.items.length > 0;
}

async function remindIfNotLogged(): Promise<void> {
  // Signed out since it was set: say nothing, and never send a token-less request.
  if (!tokenStore.get() || Notification.permission !== 'granted') return;
  try {
    if (await isTodayLogged()) return;
  } catch {
    return;
  }
  const notification = new Notification('Time to log today', {
    body: 'How are you feeling? A one-minute log keeps your HormoHelp trends complete.',
    tag: 'hormohelp-log-reminder',
  });
  notification.onclick = () => {
    window.focus();
    notification.close();
  };
}

/** Shows one notification at `time` each day while this tab is open, unless the day is logged. */
export function startLogReminder(time: string): void {
  stopLogReminder();
  const current = generation;
  const schedule = (delay: number) => {
    timer = setTimeout(() => {
      void remindIfNotLogged().finally(() => {
        // From a minute on, so a timer that fired a little early cannot remind twice the same day.
        if (generation === current) schedule(msUntilNext(time, new Date(Date.now() + MINUTE)) + MINUTE);
      });
    }, delay);
  };
  schedule(msUntilNext(time, new Date()));
}

export function stopLogReminder(): void {
  generation += 1;
  if (timer !== null) clearTimeout(timer);
  timer = null;
}
