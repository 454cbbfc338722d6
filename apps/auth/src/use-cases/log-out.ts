import { revokeFamilyOfToken } from '../data/refresh-tokens-repository';
import type { AuthDeps } from '../deps';
import { hashToken } from '../security/opaque-tokens';

/** Revokes every token of the presented token's login (its family); nothing to do without one. */
export async function logOut(deps: AuthDeps, refreshToken: string | undefined): Promise<void> {
  if (!refreshToken) return;
  await revokeFamilyOfToken(deps.pool, hashToken(refreshToken));
}
