import { DEFAULT_TIME_ZONE, isTimeZone, listedTimeZones } from '@hormohelp/contracts/time-zones';

/** The zone this device is set to, when the browser names one the API accepts. */
export function deviceTimeZone(): string | undefined {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The zone to record for someone whose account has none of its own yet (still the default, UTC):
 * this device's, when it differs. Undefined when there is nothing to change.
 */
export function timeZoneToAdopt(current: string): string | undefined {
  if (current !== DEFAULT_TIME_ZONE) return undefined;
  const device = deviceTimeZone();
  return device && device !== current ? device : undefined;
}

/** A zone as people read it: `America/Los_Angeles` as "America / Los Angeles". */
export function timeZoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}

/** Every zone to choose from, in alphabetical order, with `current` among them even when this browser does not list it. */
export function timeZoneChoices(current: string): string[] {
  return [...new Set([...listedTimeZones(), current])].sort();
}
