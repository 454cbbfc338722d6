/**
 * Docker's .dockerignore rules for a path of the build context: each pattern is matched against the
 * path and each of its parent directories (a matched directory excludes everything in it), `*` and
 * `?` stay within one path segment, `**` spans any number, and the last matching rule wins, so a
 * `!pattern` can take a path back in.
 */
import { readFileSync } from 'node:fs';

interface Rule {
  negated: boolean;
  pattern: RegExp;
}

function toRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === '*' && pattern[index + 1] === '*') {
      const slash = pattern[index + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      index += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

export function readDockerignore(path: string): Rule[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const pattern = (negated ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      return { negated, pattern: toRegExp(pattern) };
    });
}

/** Whether `path` (relative to the context, with `/`) is left out of the build context. */
export function isExcluded(rules: Rule[], path: string): boolean {
  const segments = path.split('/');
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
  let excluded = false;
  for (const rule of rules) {
    if (candidates.some((candidate) => rule.pattern.test(candidate))) excluded = !rule.negated;
  }
  return excluded;
}
