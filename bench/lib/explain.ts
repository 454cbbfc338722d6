import type { Pool } from '@hormohelp/db';

export interface CapturedQuery {
  text: string;
  values: unknown[];
}

/** A pool that records every statement it runs, to EXPLAIN exactly what a use case sends. */
export function recordingPool(pool: Pool, captured: CapturedQuery[]): Pool {
  const query = (text: string, values: unknown[] = []) => {
    captured.push({ text, values });
    return pool.query(text, values);
  };
  return new Proxy(pool, { get: (target, key) => (key === 'query' ? query : Reflect.get(target, key)) });
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

export interface PlanSummary {
  /** Every scan of `table`: its node type and index, if any. */
  scans: Array<{ nodeType: string; index: string | null }>;
  executionMs: number;
  plan: unknown;
}

function collectScans(node: PlanNode, table: string, indexesOfTable: Set<string>, out: PlanSummary['scans']) {
  const index = node['Index Name'];
  // A Bitmap Heap Scan reads the rows its Bitmap Index Scan child found: the child names the index.
  const isHeapOfBitmap = node['Node Type'] === 'Bitmap Heap Scan';
  if (!isHeapOfBitmap && (node['Relation Name'] === table || (index && indexesOfTable.has(index)))) {
    out.push({ nodeType: node['Node Type'], index: index ?? null });
  }
  for (const child of node.Plans ?? []) collectScans(child, table, indexesOfTable, out);
}

/** EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of one captured statement, with the scans of `table`. */
export async function explainScans(pool: Pool, query: CapturedQuery, table: string): Promise<PlanSummary> {
  const { rows: indexRows } = await pool.query<{ indexname: string }>(
    'SELECT indexname FROM pg_indexes WHERE tablename = $1',
    [table],
  );
  const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`, query.values);
  const [explained] = rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode; 'Execution Time': number }>;
  const scans: PlanSummary['scans'] = [];
  collectScans(explained!.Plan, table, new Set(indexRows.map((r) => r.indexname)), scans);
  return { scans, executionMs: explained!['Execution Time'], plan: explained!.Plan };
}

/** The name of the index on `table` whose definition ends with `columns`, e.g. '(user_id, date DESC)'. */
export async function findIndex(pool: Pool, table: string, columns: string): Promise<string | null> {
  const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
    'SELECT indexname, indexdef FROM pg_indexes WHERE tablename = $1',
    [table],
  );
  return rows.find((r) => r.indexdef.endsWith(columns))?.indexname ?? null;
}
