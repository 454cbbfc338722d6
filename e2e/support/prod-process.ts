/**
 * Runs a built bundle as the images do: `node <bundle>`, no tsx, an environment holding nothing but
 * what is given (and PATH), and a working directory outside the repository.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname } from 'node:path';

export interface BundleProcess {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): { stdout: string; stderr: string };
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code once it has drained. */
  stop(): Promise<number | null>;
}

export function runBundle(entry: string, env: Record<string, string>, args: string[] = []): BundleProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', entry, ...args], {
    cwd: dirname(entry),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => {
    output.stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output.stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => ({ ...output }),
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Starts a service bundle and resolves once GET /health answers 200. */
export async function startService(
  entry: string,
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<BundleProcess & { url: string }> {
  const service = runBundle(entry, env);
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null)
      throw new Error(`${entry} exited with ${service.child.exitCode}:\n${service.output().stderr}`);
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { ...service, url };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await service.stop();
  throw new Error(`${entry} was not healthy within ${timeoutMs} ms:\n${service.output().stderr}`);
}

/** Runs a bundle that is expected to stop by itself, and returns how. */
export async function runToExit(
  entry: string,
  env: Record<string, string>,
  { args = [] as string[], timeoutMs = 15_000 } = {},
) {
  const run = runBundle(entry, env, args);
  const timer = setTimeout(() => run.child.kill('SIGKILL'), timeoutMs);
  const code = await run.exited;
  clearTimeout(timer);
  return { code, ...run.output() };
}
