// The signed-in app's pages, without icons, so the route fallback can know them from the entry chunk.
export const APP_PATHS = {
  dashboard: '/dashboard',
  tracker: '/symptom-tracker',
  education: '/education',
  community: '/community',
  consultations: '/consultations',
  shop: '/shop',
  settings: '/settings',
  report: '/report',
} as const;

export function isAppPath(pathname: string): boolean {
  return Object.values(APP_PATHS).some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
