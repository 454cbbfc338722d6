import { type HealthProfileValues, healthProfileValuesFrom } from '@/lib/health-profile-options';
import { STEPS } from './onboarding-values';

/**
 * The answers given so far, kept for the tab's life so a reload mid-way does not lose them. Only in
 * sessionStorage (health answers never go to localStorage), with the person's id inside, so another
 * person signing in on the same tab never sees them; signing out removes the key too. The consent
 * is never kept: it is ticked again, on purpose, before the answers are sent.
 */
export const ONBOARDING_DRAFT_KEY = 'hormohelp.onboarding-draft';

export interface OnboardingDraft {
  step: number;
  values: HealthProfileValues;
}

function isStep(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < STEPS.length;
}

/** `userId`'s draft, if this tab keeps one; someone else's is removed, unread. */
export function readOnboardingDraft(userId: string): OnboardingDraft | undefined {
  try {
    const kept: unknown = JSON.parse(window.sessionStorage.getItem(ONBOARDING_DRAFT_KEY) ?? 'null');
    if (typeof kept !== 'object' || kept === null) return undefined;
    const { userId: owner, step, values } = kept as Record<string, unknown>;
    if (owner !== userId) {
      clearOnboardingDraft();
      return undefined;
    }
    return { step: isStep(step) ? step : 0, values: healthProfileValuesFrom(values) };
  } catch {
    // Storage turned off, or a value that is not JSON: there is no draft to go on from.
    return undefined;
  }
}

export function keepOnboardingDraft(userId: string, step: number, values: unknown): void {
  const draft = { userId, step, values: healthProfileValuesFrom(values) };
  try {
    window.sessionStorage.setItem(ONBOARDING_DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Storage full or turned off: the answers stay on the page, only a reload would lose them.
  }
}

export function clearOnboardingDraft(): void {
  try {
    window.sessionStorage.removeItem(ONBOARDING_DRAFT_KEY);
  } catch {
    // Storage turned off: nothing was kept.
  }
}
