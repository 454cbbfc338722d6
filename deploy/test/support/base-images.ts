/**
 * What a Dockerfile's final stage may run on, judged from the FROM line alone (no Docker engine here):
 * only base images known to ship without a shell or a package manager, and only as a user that is
 * not root. The list is deliberately short; a new base image is added here with the reason.
 */

export interface ImageReference {
  /** Registry and path, e.g. cgr.dev/chainguard/nginx. */
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** Splits `registry/path:tag@sha256:...`; a `:` before the last `/` is a registry port, not a tag. */
export function parseImageReference(reference: string): ImageReference {
  const [named, digest] = reference.split('@', 2) as [string, string | undefined];
  const tagAt = named.lastIndexOf(':');
  const hasTag = tagAt > named.lastIndexOf('/');
  return {
    repository: hasTag ? named.slice(0, tagAt) : named,
    tag: hasTag ? named.slice(tagAt + 1) : undefined,
    digest,
  };
}

interface ShellFreeFamily {
  repository: RegExp;
  /** The tags of the same repository that do add a shell (and, for Chainguard, apk). */
  shellTags: RegExp;
  source: string;
}

const SHELL_FREE: ShellFreeFamily[] = [
  {
    // Google's distroless: `debug` tags (debug, debug-nonroot, debug-amd64, ...) add busybox.
    repository: /^gcr\.io\/distroless\/(static|base|base-nossl|cc|nodejs\d+)-debian\d+$/,
    shellTags: /(^|-)debug(-|$)/,
    source: 'github.com/GoogleContainerTools/distroless, README "Debug images"',
  },
  {
    // Chainguard (Wolfi): the `-dev` tags add busybox, bash and apk-tools. Only images checked one by
    // one are listed: wolfi-base or busybox are a shell on any tag, and even node's non-dev tags have
    // shipped busybox.
    repository: /^cgr\.dev\/chainguard\/(nginx|static)$/,
    shellTags: /(^|-)dev$/,
    source: 'edu.chainguard.dev, nginx and static image references, "Variants Compared": no shell, no apk',
  },
];

/**
 * Undefined when the image is known to have neither a shell nor a package manager, otherwise why it
 * is refused. A tag must be written (also next to a digest), since the tag is what says the variant.
 */
export function whyNotShellFree(reference: string): string | undefined {
  const { repository, tag } = parseImageReference(reference);
  const family = SHELL_FREE.find((candidate) => candidate.repository.test(repository));
  if (!family) return `${repository} is not a base image known to ship without a shell`;
  if (!tag) return `${reference} names no tag, so nothing says which variant it is`;
  if (family.shellTags.test(tag)) return `${tag} is the variant of ${repository} with a shell`;
  return undefined;
}

/**
 * The uid a USER instruction's value runs as, when it is one that is not root: a non-zero number, or
 * `nonroot` (uid 65532 in both distroless and Chainguard images), with an optional group that is
 * neither. Undefined for root, uid 0, group 0 or any other name: the kubelet can only verify
 * runAsNonRoot for a numeric user or one it is told, and other names mean what the image says.
 */
export function nonRootUid(user: string): number | undefined {
  const [name, group, ...rest] = user.split(':');
  const uid = (part: string | undefined) =>
    part === 'nonroot' ? 65532 : part && /^[1-9]\d*$/.test(part) ? Number(part) : undefined;
  if (rest.length > 0 || (group !== undefined && uid(group) === undefined)) return undefined;
  return uid(name);
}
