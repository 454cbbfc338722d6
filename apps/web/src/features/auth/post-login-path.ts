import type { User } from '@hormohelp/contracts';

export function hasCompletedOnboarding(user: User): boolean {
  return typeof user.onboardingData.completedAt === 'string';
}

/** Where the redirect state `{from}` points, if it is a safe in-app path. */
export function readReturnPath(state: unknown): string | undefined {
  if (typeof state !== 'object' || state === null || !('from' in state)) return undefined;
  const from = state.from;
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//')) return undefined;
  if (['/login', '/signup', '/verify-email'].some((path) => from.startsWith(path))) return undefined;
  return from;
}

/** New users go to onboarding once; everyone else back where they were heading, or the dashboard. */
export function pathAfterLogin(user: User, returnPath?: string): string {
  if (!hasCompletedOnboarding(user)) return '/onboarding';
  return returnPath ?? '/dashboard';
}
