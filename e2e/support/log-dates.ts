const DAY_MS = 86_400_000;
let daysBack = 0;

/**
 * A date for a symptom log that no earlier call in this test process gave: yesterday, then the day
 * before, and so on. A person has one log per day and saving a day again replaces it, so a test that
 * counts acknowledged writes gives each write its own day (yesterday first, so no write is dated in
 * a future for anyone, whatever the time of day).
 */
export function nextLogDate(): string {
  daysBack += 1;
  return new Date(Date.now() - daysBack * DAY_MS).toISOString().slice(0, 10);
}
