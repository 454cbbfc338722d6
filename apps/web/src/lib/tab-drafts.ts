/**
 * What a page keeps in this tab for the person signed in (a form half filled in), so a reload loses
 * nothing. Each key starts with the prefix, so ending the session can remove them all: on a shared
 * device the next person in the tab sees none of them.
 */
const PREFIX = 'hormohelp.';

export function draftKey(name: string): string {
  return PREFIX + name;
}

export function clearTabDrafts(): void {
  const keys: string[] = [];
  for (let index = 0; index < window.sessionStorage.length; index += 1) {
    const key = window.sessionStorage.key(index);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) window.sessionStorage.removeItem(key);
}
