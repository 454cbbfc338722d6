import { type ChildProcess, spawn } from 'node:child_process';

export interface ProcessSpec {
  name: string;
  /** The source file that must exist for this process to be part of the platform yet. */
  entry: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Polled until it answers 2xx. */
  healthUrl: string;
}

export interface ManagedProcess {
  spec: ProcessSpec;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const COLORS = [36, 35, 33, 32, 34, 31];

/** Starts a child whose output is prefixed with its name, so one terminal can show them all. */
export function startProcess(spec: ProcessSpec, index: number): ManagedProcess {
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: spec.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `\x1b[${COLORS[index % COLORS.length]}m${spec.name.padEnd(16)}\x1b[0m│ `;
  const pipe = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let buffered = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) out.write(`${prefix + line}\n`);
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { spec, child, exited };
}

export async function waitForHealth(process: ManagedProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void process.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${process.spec.name} exited before it was healthy`);
    try {
      const response = await fetch(process.spec.healthUrl, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `${process.spec.name} did not answer ${process.spec.healthUrl} within ${timeoutMs / 1000} s`,
  );
}

/** SIGTERM, then SIGKILL after the grace period, for every process still running. */
export async function stopAll(processes: ManagedProcess[], graceMs = 10_000): Promise<void> {
  await Promise.all(
    processes.map(async ({ child, exited }) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    }),
  );
}
