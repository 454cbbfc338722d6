// The access token lives only in this module variable: never in localStorage, sessionStorage or a
// cookie readable by JavaScript, so a reload loses it and the HttpOnly refresh cookie restores it.
let accessToken: string | null = null;

export const tokenStore = {
  get(): string | null {
    return accessToken;
  },
  set(token: string): void {
    accessToken = token;
  },
  clear(): void {
    accessToken = null;
  },
};
