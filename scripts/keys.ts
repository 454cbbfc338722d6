// npm run keys [-- --force]: generates the auth service's RSA-2048 key pair into .data/keys.
import { ensureDevKeys } from './lib/dev-keys';
import { KEYS_DIR } from './lib/paths';

const force = process.argv.includes('--force');
const keys = await ensureDevKeys(KEYS_DIR, { force });
console.log(
  keys.created ? 'generated' : 'kept existing (use --force to replace)',
  keys.privateKeyPath,
  keys.publicKeyPath,
);
