/**
 * A service as its own process, started the way `npm start` starts it (`node --import tsx
 * src/main.ts`), so a test can SIGKILL or SIGTERM it and read its peak memory from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

/** Starts apps/<name>/src/main.ts with exactly `env` (plus PATH) and resolves once /health is 200. */
export async function startServiceProcess(
  name: 'auth' | 'api',
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServiceProcess> {
  const appDir = join(ROOT, 'apps', name);
  const child = spawn(process.execPath, ['--import', 'tsx', join(appDir, 'src/main.ts')], {
    cwd: appDir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { child, url, exited, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} was not healthy within ${timeoutMs} ms:\n${output}`);
}

/** Kills the process (SIGKILL) unless it already exited, and waits for it. */
export async function killProcess(service: ServiceProcess | undefined): Promise<void> {
  if (!service) return;
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  await service.exited;
}

/** Peak resident memory of a live process, in MB (VmHWM from /proc/<pid>/status). */
export async function peakRssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmHWM:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmHWM in /proc/${pid}/status`);
  return Number(match[1]) / 1024;
}
