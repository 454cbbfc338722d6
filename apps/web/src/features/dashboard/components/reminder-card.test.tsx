import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { todayIsoDate } from '@/lib/format';
import { tokenStore } from '@/lib/token-store';
import { installFakeBackend, makeToken } from '@/test/fake-backend';
import { fireEvent, render, screen, waitFor } from '@/test/render';
import { stopLogReminder } from '../lib/log-reminder';
import { ReminderCard } from './reminder-card';

const STORAGE_KEY = 'hormohelp.log-reminder';
let shown: { title: string; body: string | undefined }[];
let answer: NotificationPermission;
let requestPermission: ReturnType<typeof vi.fn>;
let backend: ReturnType<typeof installFakeBackend>;

/** jsdom has no Notification: a stand-in that records what would have been shown. */
function installNotifications(permission: NotificationPermission = 'default') {
  class FakeNotification {
    static permission: NotificationPermission = permission;
    static requestPermission = requestPermission;
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body });
    }
    close() {}
  }
  requestPermission.mockImplementation(async () => {
    FakeNotification.permission = answer;
    return answer;
  });
  vi.stubGlobal('Notification', FakeNotification);
}

/** The API's logs of today: `isLogged` decides whether there is one. */
function serveToday(isLogged: boolean) {
  backend = installFakeBackend({
    'GET /api/symptoms': () => ({ status: 200, data: { items: isLogged ? [{}] : [], nextCursor: null } }),
  });
}

beforeEach(() => {
  shown = [];
  answer = 'granted';
  requestPermission = vi.fn();
  tokenStore.set(makeToken('reminder'));
});
afterEach(() => {
  stopLogReminder();
  backend?.restore();
  tokenStore.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the daily reminder', () => {
  it('asks for permission only on the click, then stores just the opt-in and the time', async () => {
    const user = userEvent.setup({ delay: null });
    installNotifications();
    serveToday(false);
    render(<ReminderCard />);
    expect(screen.getByText(/works only while HormoHelp is open in a tab/)).toBeInTheDocument();
    expect(requestPermission).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Turn reminder on' }));
    expect(
      await screen.findByText('On: reminding you at 20:00 while HormoHelp is open.'),
    ).toBeInTheDocument();
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null')).toEqual({
      isEnabled: true,
      time: '20:00',
    });
  });

  it('says notifications are blocked when permission is refused, and stays off', async () => {
    const user = userEvent.setup({ delay: null });
    answer = 'denied';
    installNotifications();
    serveToday(false);
    render(<ReminderCard />);
    await user.click(screen.getByRole('button', { name: 'Turn reminder on' }));
    expect(await screen.findByText(/Notifications are blocked for HormoHelp/)).toBeInTheDocument();
    expect(screen.getByText('Off.')).toBeInTheDocument();
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('says it cannot work in a browser without notifications', async () => {
    const user = userEvent.setup({ delay: null });
    serveToday(false);
    render(<ReminderCard />);
    await user.click(screen.getByRole('button', { name: 'Turn reminder on' }));
    expect(screen.getByText(/This browser cannot show notifications/)).toBeInTheDocument();
  });

  it('at the chosen time, shows one notification when today is not logged yet', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 10, 27, 20, 59, 30));
    installNotifications('granted');
    serveToday(false);
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ isEnabled: true, time: '21:00' }));
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(<ReminderCard />);
    // Already granted earlier: the stored opt-in starts the reminder without asking again.
    expect(screen.getByText('On: reminding you at 21:00 while HormoHelp is open.')).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(29_000);
    expect(shown).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    await waitFor(() => expect(shown).toEqual([{ title: 'Time to log today', body: expect.any(String) }]));
    const [asked] = backend.callsTo('GET', '/api/symptoms');
    expect(asked?.params).toEqual({ from: todayIsoDate(), to: todayIsoDate(), limit: '1' });

    // The next one is tomorrow's, not a second one today.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(shown).toHaveLength(1);
    expect(requestPermission).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Turn reminder off' }));
    expect(screen.getByText('Off.')).toBeInTheDocument();
  });

  it('stays silent when today is logged, and after it was turned off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 10, 27, 8, 0, 0));
    installNotifications();
    serveToday(true);
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(<ReminderCard />);
    fireEvent.change(screen.getByLabelText('Remind me at'), { target: { value: '08:05' } });
    await user.click(screen.getByRole('button', { name: 'Turn reminder on' }));
    await screen.findByText('On: reminding you at 08:05 while HormoHelp is open.');

    await vi.advanceTimersByTimeAsync(6 * 60_000);
    await waitFor(() => expect(backend.callsTo('GET', '/api/symptoms')).toHaveLength(1));
    expect(shown).toHaveLength(0);

    backend.restore();
    serveToday(false);
    await user.click(screen.getByRole('button', { name: 'Turn reminder off' }));
    await vi.advanceTimersByTimeAsync(25 * 60 * 60_000);
    expect(shown).toHaveLength(0);
    expect(backend.calls).toHaveLength(0);
  });
});
