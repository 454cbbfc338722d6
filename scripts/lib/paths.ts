import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Everything local and generated (database files, dev keys) lives here; it is git-ignored. */
export const DATA_DIR = `${ROOT}.data`;
export const KEYS_DIR = `${DATA_DIR}/keys`;
export const PG_DATA_DIR = `${DATA_DIR}/pg`;
