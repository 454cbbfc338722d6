import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { describeBar, type FigureRow } from './figure';

export interface BenchReport {
  date: string;
  size: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; loadAverageAtEnd: number[] };
  database: string;
  data: unknown;
  durationSeconds: number;
  /** Every figure measured and every bar met. */
  passed: boolean;
  figures: FigureRow[];
}

export function describeMachine(): BenchReport['machine'] {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtEnd: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

const formatNumber = (value: number | null, unit = '') =>
  value === null ? '—' : `${Number.isInteger(value) ? value : value.toFixed(2)}${unit ? ` ${unit}` : ''}`;

/** The table as printed: figure, measured, ceiling, ratio, bar, pass/fail. */
export function formatTable(rows: FigureRow[]): string {
  const header = ['figure', 'measured', 'ceiling', 'ratio', 'bar', 'result'];
  const lines = rows.map((r) => [
    r.figure,
    formatNumber(r.measured, r.unit),
    r.ceiling === null ? '—' : `${formatNumber(r.ceiling, r.unit)} (${r.ceilingLabel})`,
    r.ratio === null ? '—' : r.ratio.toFixed(2),
    describeBar(r.bar, r.unit),
    r.pass === null
      ? `not measured: ${r.note ?? ''}`
      : r.informational
        ? `info (${r.pass ? 'within' : 'outside'} the ratio)`
        : r.pass
          ? 'pass'
          : `FAIL${r.note ? `: ${r.note}` : ''}`,
  ]);
  const widths = header.map((_, column) =>
    Math.max(...[header, ...lines].map((line) => line[column]!.length)),
  );
  const format = (line: string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join(
    '\n',
  );
}

export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
