import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/config-variables';
import { execForm, parseDockerfile } from './support/dockerfile';
import { isExcluded, readDockerignore } from './support/dockerignore';
import { podSpecOf, readYamlDocuments } from './support/render-kustomization';

const ignore = readDockerignore(join(ROOT, '.dockerignore'));
const lockfile = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, unknown>;
};
const workspaces = Object.keys(lockfile.packages).filter((path) => path && !path.includes('node_modules'));

const IMAGES = {
  auth: { final: 'gcr.io/distroless/nodejs20-debian12:nonroot' },
  api: { final: 'gcr.io/distroless/nodejs20-debian12:nonroot' },
  web: { final: /^nginxinc\/nginx-unprivileged:[\d.]+-\w+$/ },
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

  it('runs the final stage from a minimal unprivileged image, as a non-root user, with no shell step', () => {
    if (typeof expected.final === 'string') expect(final.image).toBe(expected.final);
    else expect(final.image).toMatch(expected.final);
    expect(keywords(final)).not.toContain('RUN');
    const users = final.instructions.filter((instruction) => instruction.keyword === 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]!.args[0]).not.toMatch(/^(root|0)(:|$)/);
    // Exec form only: the shell form would need /bin/sh, which the final images do not run.
    for (const instruction of final.instructions.filter((i) => ['CMD', 'ENTRYPOINT'].includes(i.keyword)))
      expect(execForm(instruction), `${instruction.keyword} on line ${instruction.line}`).toBeDefined();
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
