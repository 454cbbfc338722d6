import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail split in two. */
function groupsOf(address: string): number[] {
  const parse = (part: string | undefined) =>
    !part
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const [a, b, c, d] = group.split('.').map(Number) as [number, number, number, number];
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head, tail] = address.split('%')[0]!.split('::');
  const before = parse(head);
  const after = parse(tail);
  return [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
}

/**
 * The key a client address counts under. One subscriber gets a whole IPv6 /64 (2^64 addresses), so
 * an IPv6 client counts by its /64; an IPv4-mapped IPv6 address (::ffff:a.b.c.d, as a dual-stack
 * socket reports IPv4 clients) is that IPv4 address.
 */
export function addressKeyOf(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = groupsOf(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** SHA-256 of the normalised email, so a limit reveals nothing and the store keeps no address. */
export function emailKeyOf(normalisedEmail: string): string {
  return createHash('sha256').update(normalisedEmail).digest('hex');
}
