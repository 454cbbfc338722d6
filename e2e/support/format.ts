/** "2026-11-27" → "27 Nov 2026", as the web app writes calendar dates. */
export function formatDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** "2026-12-07" → "Monday 7 December", as the tracker names the day a log was saved for. */
export function formatLongDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const thisYear = new Date().getFullYear() === year;
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(thisYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** 49900 paise → "₹499.00", as the web app writes money. */
export function formatPaise(paise: number): string {
  return new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(paise / 100);
}
