// npm run keys [-- --force] [-- --dir <folder>]: generates the auth service's RSA-2048 key pair into
// .data/keys, or into another folder (the next pair of a key rotation, docs/deploy.md).
import { resolve } from 'node:path';
import { ensureDevKeys } from './lib/dev-keys';
import { KEYS_DIR } from './lib/paths';

const force = process.argv.includes('--force');
const dirAt = process.argv.indexOf('--dir');
const dir = dirAt === -1 ? KEYS_DIR : resolve(process.argv[dirAt + 1] ?? KEYS_DIR);
const keys = await ensureDevKeys(dir, { force });
console.log(
  keys.created ? 'generated' : 'kept existing (use --force to replace)',
  keys.privateKeyPath,
  keys.publicKeyPath,
);
