import { readFile, writeFile } from 'node:fs/promises';

/**
 * Peak resident memory (VmHWM) of a process, in MB. Writing 5 to /proc/<pid>/clear_refs resets the
 * peak to the current RSS (Linux ≥ 4.0), so a peak can be read for one phase of a run.
 */
export async function resetPeakMemory(pid: number): Promise<boolean> {
  return writeFile(`/proc/${pid}/clear_refs`, '5').then(
    () => true,
    () => false,
  );
}

export async function readPeakMemoryMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
  if (!kilobytes) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kilobytes) / 1024;
}

/** CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (10 ms ticks). */
export async function readCpuMs(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
