/**
 * Runs deploy/web/nginx.conf with a real nginx binary (Debian's, installed by .ci/run), as the web
 * image runs it: the command line of apps/web/Dockerfile, the config's absolute paths moved into a
 * temporary directory, a loopback port instead of 8080. When the tests run as root, nginx runs as
 * uid 65532 (the image's user) and only the stand-in for /tmp is writable to it, as in the image.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './config-variables';
import { execForm, parseDockerfile } from './dockerfile';

const IMAGE_UID = 65532;
/** Debian's nginx package puts its mime.types where the image's config includes it from. */
const SYSTEM_MIME_TYPES = '/etc/nginx/mime.types';

/** The image's command line: ENTRYPOINT then CMD of the final stage. */
export function imageCommand(): string[] {
  const final = parseDockerfile(join(ROOT, 'apps/web/Dockerfile')).stages.at(-1)!;
  const exec = (keyword: string) => execForm(final.instructions.find((i) => i.keyword === keyword)!)!;
  return [...exec('ENTRYPOINT'), ...exec('CMD')];
}

/** The nginx of the image's ENTRYPOINT, on this machine; a missing one fails the tests that need it. */
export function requireNginx(): string {
  const binary = imageCommand()[0]!;
  if (!existsSync(binary) || !existsSync(SYSTEM_MIME_TYPES))
    throw new Error(
      `${binary} (and ${SYSTEM_MIME_TYPES}) not found: install Debian's nginx ` +
        '(`apt-get install nginx`, as .ci/run does) to run the web server tests',
    );
  return binary;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function replaceAll(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`nginx.conf no longer contains ${from}: update the test`);
  return text.split(from).join(to);
}

/**
 * The config with every file path moved under `dir` and the port changed; throws if a path that
 * nginx opens would still point outside `dir` (the test must never read or write the real /etc).
 */
export function relocateConfig(config: string, dir: string, port: number): string {
  // /tmp first: `dir` itself may lie under /tmp.
  let moved = replaceAll(config, ' /tmp/', ` ${dir}/tmp/`);
  moved = replaceAll(moved, ' /etc/nginx/', ` ${dir}/etc/nginx/`);
  moved = replaceAll(moved, 'root /usr/share/nginx/html;', `root ${dir}/html;`);
  moved = replaceAll(moved, 'listen 8080;', `listen 127.0.0.1:${port};`);
  const fileDirectives = /^\s*(pid|error_log|access_log|include|root|\w+_temp_path) (\/[^\s;]*)/gm;
  for (const [, directive, path] of moved.matchAll(fileDirectives))
    if (!path!.startsWith(`${dir}/`) && !['/dev/stdout', '/dev/stderr'].includes(path!))
      throw new Error(`${directive} ${path} is outside the test directory`);
  return moved;
}

export interface WebServerOptions {
  /** Files of the fake `vite build` output, by path relative to the html root. */
  dist: Record<string, string>;
  /** Upstream port of the compose API proxy (deploy/compose/web-api-proxy.conf); none: no routes.d. */
  apiPort?: number;
}

export interface WebServer {
  url: string;
  /** What nginx wrote to stdout (access log) and stderr (error log). */
  output(): string;
  stop(): Promise<void>;
}

const runAsImageUser = () => process.getuid?.() === 0;

/** The test directory: config and html read-only to nginx, `tmp` writable (the image's /tmp). */
function prepare(options: WebServerOptions, port: number) {
  const dir = mkdtempSync(join(tmpdir(), 'hormohelp-web-'));
  try {
    return fill(dir, options, port);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function fill(dir: string, options: WebServerOptions, port: number) {
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'etc/nginx'), { recursive: true });
  const config = join(dir, 'etc/nginx/nginx.conf');
  writeFileSync(config, relocateConfig(readFileSync(join(ROOT, 'deploy/web/nginx.conf'), 'utf8'), dir, port));
  copyFileSync(join(ROOT, 'deploy/web/security-headers.conf'), join(dir, 'etc/nginx/security-headers.conf'));
  copyFileSync(SYSTEM_MIME_TYPES, join(dir, 'etc/nginx/mime.types'));
  if (options.apiPort !== undefined) {
    mkdirSync(join(dir, 'etc/nginx/routes.d'));
    const proxy = readFileSync(join(ROOT, 'deploy/compose/web-api-proxy.conf'), 'utf8');
    const local = replaceAll(proxy, 'http://api:4000', `http://127.0.0.1:${options.apiPort}`);
    writeFileSync(join(dir, 'etc/nginx/routes.d/api-proxy.conf'), local);
  }
  for (const [path, content] of Object.entries(options.dist)) {
    mkdirSync(join(dir, 'html', path, '..'), { recursive: true });
    writeFileSync(join(dir, 'html', path), content);
  }
  const writable = join(dir, 'tmp');
  mkdirSync(writable);
  // An emptyDir (Kubernetes) and a tmpfs (compose) are world-writable.
  chmodSync(writable, 0o777);
  return { dir, config, writable };
}

/**
 * nginx reopens /dev/stdout and /dev/stderr by path; as another uid it could not reopen pipes this
 * process created, so its output goes to files that uid owns (runc does the same for a container).
 */
function outputFiles(writable: string) {
  const paths = [join(writable, 'stdout.log'), join(writable, 'stderr.log')];
  const fds = paths.map((path) => {
    const fd = openSync(path, 'w');
    if (runAsImageUser()) chownSync(path, IMAGE_UID, IMAGE_UID);
    return fd;
  });
  return { fds, read: () => paths.map((path) => readFileSync(path, 'utf8')).join('') };
}

function run(args: string[], fds: number[]): ChildProcess {
  const [binary, ...rest] = args;
  const user = runAsImageUser() ? { uid: IMAGE_UID, gid: IMAGE_UID } : {};
  const child = spawn(binary!, rest, { stdio: ['ignore', fds[0]!, fds[1]!], ...user });
  // nginx has its own copies now.
  for (const fd of fds) closeSync(fd);
  return child;
}

/** The image's command line with the test's config in place of /etc/nginx/nginx.conf. */
function commandFor(config: string, extra: string[] = []): string[] {
  const command = imageCommand();
  command[command.indexOf('-c') + 1] = config;
  return [requireNginx(), ...command.slice(1), ...extra];
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

/** `nginx -t` on the config: the exit code and what nginx said. */
export async function testConfig(
  options: WebServerOptions,
): Promise<{ code: number | null; output: string }> {
  const { dir, config, writable } = prepare(options, await freePort());
  try {
    const output = outputFiles(writable);
    const code = await exited(run(commandFor(config, ['-t']), output.fds));
    return { code, output: output.read() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output()}`);
    const response = await fetch(`${url}/healthz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`nginx did not answer /healthz within 5 s:\n${output()}`);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const port = await freePort();
  const { dir, config, writable } = prepare(options, port);
  const output = outputFiles(writable);
  const child = run(commandFor(config), output.fds);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    // SIGQUIT, the image's STOPSIGNAL: a graceful shutdown.
    if (child.exitCode === null) child.kill('SIGQUIT');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilHealthy(url, child, output.read);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: output.read, stop };
}
