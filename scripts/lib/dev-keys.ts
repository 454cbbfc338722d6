import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KeyPaths {
  privateKeyPath: string;
  publicKeyPath: string;
}

/**
 * The equivalent of
 *   openssl genrsa -out auth_private.pem 2048
 *   openssl rsa -in auth_private.pem -pubout -out auth_public.pem
 * (PKCS#8 private key, SPKI public key, both PEM). Existing keys are kept unless `force`.
 */
export async function ensureDevKeys(
  dir: string,
  { force = false } = {},
): Promise<KeyPaths & { created: boolean }> {
  const paths = {
    privateKeyPath: join(dir, 'auth_private.pem'),
    publicKeyPath: join(dir, 'auth_public.pem'),
  };
  if (!force && existsSync(paths.privateKeyPath) && existsSync(paths.publicKeyPath))
    return { ...paths, created: false };
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  await mkdir(dir, { recursive: true });
  await writeFile(paths.privateKeyPath, privateKey, { mode: 0o600 });
  await chmod(paths.privateKeyPath, 0o600);
  await writeFile(paths.publicKeyPath, publicKey, { mode: 0o644 });
  return { ...paths, created: true };
}
