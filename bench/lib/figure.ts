/**
 * One row of the benchmark table. A figure is measured against a ceiling from the same run (the
 * bare server, raw Argon2, the 30-day user, the first feed page) or, where no ceiling can be run
 * here, against the absolute limit, which then stands in the ceiling column.
 */
export interface Bar {
  /** What is compared with `limit`: the ratio measured / ceiling, or the measured value itself. */
  on: 'ratio' | 'measured';
  direction: 'at-least' | 'at-most';
  limit: number;
}

export interface FigureRow {
  id: string;
  figure: string;
  unit: string;
  measured: number | null;
  ceiling: number | null;
  ceilingLabel: string;
  ratio: number | null;
  bar: Bar;
  /** null when the figure could not be measured in this run (its `note` says why). */
  pass: boolean | null;
  /** Shown for context beside a figure that has the bar; whether the run passes does not depend on it. */
  informational?: true;
  note?: string;
  details?: Record<string, unknown>;
}

export interface RowInput {
  id: string;
  figure: string;
  unit: string;
  measured: number;
  ceiling?: number;
  ceilingLabel?: string;
  bar: Bar;
  informational?: true;
  note?: string;
  details?: Record<string, unknown>;
}

export function row(input: RowInput): FigureRow {
  const ceiling = input.ceiling ?? (input.bar.on === 'measured' ? input.bar.limit : null);
  const ratio = ceiling ? input.measured / ceiling : null;
  const compared = input.bar.on === 'ratio' ? ratio : input.measured;
  const pass =
    compared === null
      ? null
      : input.bar.direction === 'at-least'
        ? compared >= input.bar.limit
        : compared <= input.bar.limit;
  return {
    id: input.id,
    figure: input.figure,
    unit: input.unit,
    measured: input.measured,
    ceiling,
    ceilingLabel: input.ceilingLabel ?? (input.bar.on === 'measured' ? 'limit' : 'same run'),
    ratio,
    bar: input.bar,
    pass,
    ...(input.informational && { informational: true }),
    ...(input.note && { note: input.note }),
    ...(input.details && { details: input.details }),
  };
}

/** The rows a figure would have produced, each marked unmeasured with the reason. */
export function unmeasured(
  specs: Array<Pick<FigureRow, 'id' | 'figure' | 'unit' | 'bar' | 'informational'>>,
  reason: string,
): FigureRow[] {
  return specs.map((spec) => ({
    ...spec,
    measured: null,
    ceiling: null,
    ceilingLabel: '',
    ratio: null,
    pass: null,
    note: reason,
  }));
}

export const atLeastRatio = (limit: number): Bar => ({ on: 'ratio', direction: 'at-least', limit });
export const atMostRatio = (limit: number): Bar => ({ on: 'ratio', direction: 'at-most', limit });
export const atLeast = (limit: number): Bar => ({ on: 'measured', direction: 'at-least', limit });
export const atMost = (limit: number): Bar => ({ on: 'measured', direction: 'at-most', limit });

export function describeBar(bar: Bar, unit: string): string {
  const sign = bar.direction === 'at-least' ? '≥' : '≤';
  return bar.on === 'ratio' ? `ratio ${sign} ${bar.limit}` : `${sign} ${bar.limit} ${unit}`;
}

/** Whether a row counts for the run's verdict: every row but the informational ones. */
export const isJudged = (figure: FigureRow): boolean => figure.informational !== true;
