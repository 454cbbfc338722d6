import { readFileSync } from 'node:fs';

let list: Set<string> | undefined;

function loadList(): Set<string> {
  const text = readFileSync(new URL('./common-passwords.txt', import.meta.url), 'utf8');
  return new Set(
    text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('# '))
      .map((line) => line.toLowerCase()),
  );
}

/** True for a password on the list of the 10,000 most common ones, ignoring case. */
export function isCommonPassword(password: string): boolean {
  list ??= loadList();
  return list.has(password.toLowerCase());
}
