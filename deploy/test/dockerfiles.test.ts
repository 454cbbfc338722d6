import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nonRootUid, parseImageReference, whyNotShellFree } from './support/base-images';
import { ROOT } from './support/config-variables';
import { argDefault, execForm, parseDockerfile } from './support/dockerfile';
import { isExcluded, readDockerignore } from './support/dockerignore';
import { podSpecOf, readYamlDocuments } from './support/render-kustomization';

const ignore = readDockerignore(join(ROOT, '.dockerignore'));
const lockfile = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, unknown>;
};
const workspaces = Object.keys(lockfile.packages).filter((path) => path && !path.includes('node_modules'));

/** Razorpay's checkout script, which the production web app loads. */
const RAZORPAY_CHECKOUT_SCRIPT = 'https://checkout.razorpay.com/v1/checkout.js';

const IMAGES = {
  auth: { final: 'gcr.io/distroless/nodejs20-debian12:nonroot' },
  api: { final: 'gcr.io/distroless/nodejs20-debian12:nonroot' },
  web: { final: /^cgr\.dev\/chainguard\/nginx:latest(@sha256:[0-9a-f]{64})?$/ },
};

describe.each(Object.entries(IMAGES))('apps/%s/Dockerfile', (app, expected) => {
  const dockerfile = parseDockerfile(join(ROOT, 'apps', app, 'Dockerfile'));
  const build = dockerfile.stages[0]!;
  const final = dockerfile.stages.at(-1)!;
  const keywords = (stage: typeof final) => stage.instructions.map((instruction) => instruction.keyword);

  it('builds in a node:20-bookworm-slim stage from the lockfile', () => {
    expect(dockerfile.stages.length).toBeGreaterThanOrEqual(2);
    expect(build.image).toBe('node:20-bookworm-slim');
    const runs = build.instructions.filter((instruction) => instruction.keyword === 'RUN');
    expect(runs.map((run) => run.args.join(' '))).toContainEqual(expect.stringMatching(/^npm ci\b/));
    expect(runs.map((run) => run.args.join(' '))).toContainEqual(
      expect.stringMatching(/^npm run build -- .*\b/),
    );
  });

  it('copies every workspace manifest before npm ci, or npm ci would reject the lockfile', () => {
    const ciAt = build.instructions.findIndex((instruction) =>
      instruction.args.join(' ').startsWith('npm ci'),
    );
    const copied = build.instructions
      .slice(0, ciAt)
      .filter((instruction) => instruction.keyword === 'COPY')
      .flatMap((instruction) => instruction.args.slice(0, -1));
    expect(copied).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']));
    for (const workspace of workspaces) expect(copied).toContain(`${workspace}/package.json`);
  });

  it('copies only paths that exist and that .dockerignore lets into the build context', () => {
    for (const stage of dockerfile.stages)
      for (const copy of stage.instructions.filter((instruction) => instruction.keyword === 'COPY')) {
        if (copy.flags.from) {
          expect(dockerfile.stages.map((candidate) => candidate.name)).toContain(copy.flags.from);
          continue;
        }
        for (const source of copy.args.slice(0, -1)) {
          expect(existsSync(join(ROOT, source)), `${source} exists`).toBe(true);
          expect(isExcluded(ignore, source.replace(/\/$/, '')), `${source} is in the context`).toBe(false);
        }
      }
  });

  it('runs the final stage from an image with no shell and no package manager, as a non-root user', () => {
    if (typeof expected.final === 'string') expect(final.image).toBe(expected.final);
    else expect(final.image).toMatch(expected.final);
    expect(whyNotShellFree(final.image)).toBeUndefined();
    expect(keywords(final)).not.toContain('RUN');
    const users = final.instructions.filter((instruction) => instruction.keyword === 'USER');
    expect(users).toHaveLength(1);
    expect(nonRootUid(users[0]!.args.join(' ')), `USER ${users[0]!.args.join(' ')}`).toBeDefined();
    // Exec form only: the shell form would need /bin/sh, which the final images do not have.
    for (const instruction of final.instructions.filter((i) => ['CMD', 'ENTRYPOINT'].includes(i.keyword)))
      expect(execForm(instruction), `${instruction.keyword} on line ${instruction.line}`).toBeDefined();
  });

  it('runs its Kubernetes pods as the uid of its USER', () => {
    const user = final.instructions.find((instruction) => instruction.keyword === 'USER')!.args.join(' ');
    const manifest = readYamlDocuments(readFileSync(join(ROOT, 'deploy/base', `${app}.yaml`), 'utf8'))[0]!;
    expect(podSpecOf(manifest)!.securityContext.runAsUser).toBe(nonRootUid(user));
  });

  it('declares how its health is checked: a HEALTHCHECK, or a probe that Kubernetes runs', () => {
    const healthcheck = final.instructions.find((instruction) => instruction.keyword === 'HEALTHCHECK');
    if (app === 'web') {
      const probe = dockerfile.comments.find((comment) => comment.startsWith('probe:'));
      expect(probe).toMatch(/GET \/healthz on port 8080/);
      const nginx = readFileSync(join(ROOT, 'deploy/web/nginx.conf'), 'utf8');
      expect(nginx).toMatch(/location = \/healthz \{[^}]*return 200/);
      const web = readYamlDocuments(readFileSync(join(ROOT, 'deploy/base/web.yaml'), 'utf8'))[0]!;
      const container = podSpecOf(web)!.containers[0]!;
      expect(container.readinessProbe.httpGet.path).toBe('/healthz');
      expect(container.livenessProbe.httpGet.path).toBe('/healthz');
    } else {
      expect(execForm(healthcheck!)).toEqual(['/nodejs/bin/node', 'dist/healthcheck.js']);
      expect(healthcheck!.flags).toMatchObject({ interval: expect.any(String), timeout: expect.any(String) });
      const env = final.instructions
        .filter((instruction) => instruction.keyword === 'ENV')
        .flatMap((i) => i.args);
      expect(env).toEqual(expect.arrayContaining(['NODE_ENV=production', 'HOST=0.0.0.0']));
      expect(env).toContainEqual(expect.stringMatching(/^PORT=\d+$/));
    }
  });
});

describe('apps/web/Dockerfile build', () => {
  const build = parseDockerfile(join(ROOT, 'apps/web/Dockerfile')).stages[0]!;
  const at = (keyword: string, text: string) =>
    build.instructions.findIndex((i) => i.keyword === keyword && i.args.join(' ') === text);

  it("builds with Razorpay's own checkout script unless a build argument names another", () => {
    expect(argDefault(build, 'VITE_RAZORPAY_CHECKOUT_URL')).toBe(RAZORPAY_CHECKOUT_SCRIPT);
    // Handed to vite build through the environment, before the build runs.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own ${} substitution
    const env = at('ENV', 'VITE_RAZORPAY_CHECKOUT_URL=${VITE_RAZORPAY_CHECKOUT_URL}');
    expect(env).toBeGreaterThan(-1);
    expect(env).toBeLessThan(at('RUN', 'npm run build -- web'));
  });
});

describe('apps/web/Dockerfile runtime', () => {
  const final = parseDockerfile(join(ROOT, 'apps/web/Dockerfile')).stages.at(-1)!;
  const nginx = readFileSync(join(ROOT, 'deploy/web/nginx.conf'), 'utf8');
  const instruction = (keyword: string) => final.instructions.find((i) => i.keyword === keyword)!;
  const copiedTo = (source: string) =>
    final.instructions.find((i) => i.keyword === 'COPY' && i.args.slice(0, -1).includes(source))?.args.at(-1);

  it("starts the image's nginx in the foreground with the config it copies in, errors to stderr", () => {
    expect(execForm(instruction('ENTRYPOINT'))).toEqual(['/usr/sbin/nginx']);
    const args = execForm(instruction('CMD'))!;
    const option = (name: string) => args[args.indexOf(name) + 1];
    expect(option('-c')).toBe(`${copiedTo('deploy/web/nginx.conf')}nginx.conf`);
    expect(option('-e')).toBe('/dev/stderr');
    expect(option('-g')).toBe('daemon off;');
    expect(instruction('STOPSIGNAL').args).toEqual(['SIGQUIT']);
  });

  it('copies the security headers where nginx.conf includes them, and the app where it is served from', () => {
    for (const [, path] of nginx.matchAll(/include (\/etc\/nginx\/security-headers\.conf);/g))
      expect(path).toBe(`${copiedTo('deploy/web/security-headers.conf')}security-headers.conf`);
    const root = /^\s*root (\S+);/m.exec(nginx)![1];
    expect(copiedTo('/src/apps/web/dist/')).toBe(`${root}/`);
    // Every other file nginx.conf reads is the image's own (mime.types) or mounted (routes.d).
    const includes = [...nginx.matchAll(/include (\S+);/g)].map((match) => match[1]);
    expect(new Set(includes)).toEqual(
      new Set(['/etc/nginx/mime.types', '/etc/nginx/security-headers.conf', '/etc/nginx/routes.d/*.conf']),
    );
  });

  it('listens on the port it exposes and the probes use', () => {
    expect(instruction('EXPOSE').args).toEqual(['8080']);
    expect(nginx).toMatch(/listen 8080;/);
  });
});

describe('the final-image check', () => {
  it.each([
    'gcr.io/distroless/nodejs20-debian12:nonroot',
    'gcr.io/distroless/static-debian12:nonroot',
    'cgr.dev/chainguard/nginx:latest',
    `cgr.dev/chainguard/nginx:latest@sha256:${'a'.repeat(64)}`,
    'cgr.dev/chainguard/static:latest',
  ])('accepts %s, which has no shell', (image) => {
    expect(whyNotShellFree(image)).toBeUndefined();
  });

  it.each([
    ['nginxinc/nginx-unprivileged:1.27-alpine', /not a base image known/],
    ['node:20-bookworm-slim', /not a base image known/],
    ['gcr.io/distroless/nodejs20-debian12:debug', /variant .* with a shell/],
    ['gcr.io/distroless/nodejs20-debian12:debug-nonroot', /variant .* with a shell/],
    ['cgr.dev/chainguard/nginx:latest-dev', /variant .* with a shell/],
    ['cgr.dev/chainguard/nginx:1.27-dev', /variant .* with a shell/],
    ['cgr.dev/chainguard/wolfi-base:latest', /not a base image known/],
    [`cgr.dev/chainguard/nginx@sha256:${'a'.repeat(64)}`, /names no tag/],
    ['cgr.dev/chainguard/nginx', /names no tag/],
  ])('refuses %s', (image, reason) => {
    expect(whyNotShellFree(image)).toMatch(reason);
  });

  it('reads a registry port as part of the repository, not as a tag', () => {
    expect(parseImageReference('registry.example.com:5000/hormohelp/web')).toEqual({
      repository: 'registry.example.com:5000/hormohelp/web',
      tag: undefined,
      digest: undefined,
    });
  });

  it.each([
    ['nonroot', 65532],
    ['65532', 65532],
    ['65532:65532', 65532],
    ['nonroot:nonroot', 65532],
    ['1000', 1000],
  ])('accepts USER %s as uid %i', (user, uid) => {
    expect(nonRootUid(user)).toBe(uid);
  });

  it.each(['root', '0', '0:0', 'root:root', '65532:0', 'nginx', '', '007', '65532:65532:1'])(
    'refuses USER %j',
    (user) => {
      expect(nonRootUid(user)).toBeUndefined();
    },
  );
});

describe('deploy/web/nginx.conf', () => {
  const nginx = readFileSync(join(ROOT, 'deploy/web/nginx.conf'), 'utf8');
  const location = (path: string) => new RegExp(`location ${path} \\{([^}]*)\\}`).exec(nginx)?.[1] ?? '';

  it('runs unprivileged: port 8080, pid and temporary files under /tmp, no user directive', () => {
    expect(nginx).toMatch(/listen 8080;/);
    expect(nginx).toMatch(/pid \/tmp\/nginx\.pid;/);
    expect(nginx).not.toMatch(/^\s*user\s/m);
    for (const [, path] of nginx.matchAll(/_temp_path (\S+);/g)) expect(path).toMatch(/^\/tmp\//);
  });

  it('serves client-side routes from index.html, which is revalidated, and caches hashed assets for a year', () => {
    expect(location('/')).toMatch(/try_files \$uri \/index\.html;/);
    expect(location('/')).toMatch(/Cache-Control "no-cache"/);
    expect(location('/assets/')).toMatch(/max-age=31536000, immutable";/);
    expect(location('/assets/')).toMatch(/try_files \$uri =404;/);
  });

  it('sends the security headers from every location', () => {
    const headers = readFileSync(join(ROOT, 'deploy/web/security-headers.conf'), 'utf8');
    for (const name of [
      'Content-Security-Policy',
      'Strict-Transport-Security',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ])
      expect(headers).toMatch(new RegExp(`add_header ${name} .* always;`));
    for (const path of ['/', '/assets/'])
      expect(location(path)).toMatch(/include \/etc\/nginx\/security-headers\.conf;/);
  });
});

describe('.dockerignore', () => {
  it.each([
    '.data/keys/auth_private.pem',
    'auth_private.pem',
    'apps/auth/keys/auth_private.pem',
    '.env',
    'apps/api/.env',
    '.env.production',
    'node_modules/express/index.js',
    'apps/web/node_modules/.vite/deps.json',
    'dist/auth/main.js',
    'apps/web/dist/index.html',
    'deploy/overlays/production/secrets/smtp.env',
    '.git/config',
  ])('keeps %s out of every build context', (path) => {
    expect(isExcluded(ignore, path)).toBe(true);
  });

  it.each(['package-lock.json', 'apps/api/src/main.ts', 'deploy/web/nginx.conf', 'apps/auth/.env.example'])(
    'lets %s in',
    (path) => {
      expect(isExcluded(ignore, path)).toBe(false);
    },
  );
});
