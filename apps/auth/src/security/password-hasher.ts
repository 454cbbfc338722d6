import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { Semaphore } from './semaphore';

// The seed's parameters: Argon2id, 64 MB, 3 passes, 2 lanes; stored as the PHC string.
const OPTIONS = { type: argon2.argon2id, memoryCost: 65_536, timeCost: 3, parallelism: 2 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** Verifies against `hash`, or against a dummy hash when there is none, so both cost the same. */
  verify(hash: string | undefined, password: string): Promise<boolean>;
}

/**
 * Each hash holds 64 MB for ~150 ms, so at most `concurrency` run at once (two on this two-core
 * machine: a third would only queue inside libuv while holding its memory) and the rest wait their
 * turn. A login for an unknown email verifies against a hash made at start-up.
 */
export async function createPasswordHasher(concurrency = 2): Promise<PasswordHasher> {
  const slots = new Semaphore(concurrency);
  const dummyHash = await argon2.hash(randomBytes(32).toString('hex'), OPTIONS);
  return {
    hash: (password) => slots.run(() => argon2.hash(password, OPTIONS)),
    async verify(hash, password) {
      const matches = await slots.run(() => argon2.verify(hash ?? dummyHash, password).catch(() => false));
      return hash !== undefined && matches;
    },
  };
}
