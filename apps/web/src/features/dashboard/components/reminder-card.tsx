import { BellRing } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Button } from '@/components/button';
import { Card } from '@/components/card';
import { TextField } from '@/components/field';
import { startLogReminder, stopLogReminder } from '../lib/log-reminder';
import { isReminderTime, readReminderSettings, saveReminderSettings } from '../lib/reminder-settings';

const canNotify = () => typeof window !== 'undefined' && 'Notification' in window;

const BLOCKED =
  'Notifications are blocked for HormoHelp. Allow them in your browser’s site settings, then turn the reminder on again.';

/** An opt-in reminder to log today. Permission is asked only when the person turns it on. */
export function ReminderCard() {
  const [settings, setSettings] = useState(readReminderSettings);
  const [problem, setProblem] = useState<string | undefined>();
  const isOn = settings.isEnabled && canNotify() && Notification.permission === 'granted';

  // Not stopped on unmount: the reminder keeps running while the tab is open, on any page.
  useEffect(() => {
    if (isOn) startLogReminder(settings.time);
  }, [isOn, settings.time]);

  function update(next: typeof settings) {
    setSettings(next);
    saveReminderSettings(next);
  }

  async function turnOn() {
    setProblem(undefined);
    if (!canNotify()) {
      setProblem('This browser cannot show notifications, so the reminder cannot work here.');
      return;
    }
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      setProblem(BLOCKED);
      return;
    }
    update({ ...settings, isEnabled: true });
  }

  function turnOff() {
    stopLogReminder();
    update({ ...settings, isEnabled: false });
  }

  return (
    <Card className="render-when-near">
      <section aria-labelledby="reminder-title">
        <h2 id="reminder-title" className="flex items-center gap-2 text-lg font-semibold text-stone-900">
          <BellRing className="h-5 w-5 text-brand-700" aria-hidden="true" />
          Daily reminder
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          A browser notification at your chosen time if you have not logged that day. It works only while
          HormoHelp is open in a tab; it cannot reach you when the tab is closed.
        </p>
        <div className="mt-3">
          <TextField
            label="Remind me at"
            type="time"
            name="reminderTime"
            value={settings.time}
            onChange={(event) => {
              if (isReminderTime(event.target.value)) update({ ...settings, time: event.target.value });
            }}
          />
        </div>
        <p className="mt-3 text-sm font-medium text-stone-800" aria-live="polite">
          {isOn ? `On: reminding you at ${settings.time} while HormoHelp is open.` : 'Off.'}
        </p>
        {problem && <p className="mt-2 text-sm font-medium text-red-700">{problem}</p>}
        <div className="mt-3">
          {isOn ? (
            <Button variant="secondary" onClick={turnOff}>
              Turn reminder off
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => void turnOn()}>
              Turn reminder on
            </Button>
          )}
        </div>
      </section>
    </Card>
  );
}
