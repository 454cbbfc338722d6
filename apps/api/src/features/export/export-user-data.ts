import { type Consent, type ExportDocument, SYMPTOM_CSV_COLUMNS } from '@hormohelp/contracts';
import { type Pool, type PoolClient, type UserProfileRow, withTransaction } from '@hormohelp/db';
import { AppError, enforceRateLimit, type RateLimitStore, rateLimitedError } from '@hormohelp/server-kit';
import type { SymptomLogRow } from '../symptoms/symptom-repository';
import { fetchInBatches } from './batched-cursor';
import { boundSink } from './bounded-sink';
import { toCsvRow } from './csv-cell';
import { beginExport, EXPORT_QUERIES, selectProfile } from './export-repository';
import { EXPORT_SECTIONS } from './export-sections';
import type { ExportSink } from './export-sink';

/** What an export runs on, and the limits that keep one stalled reader from holding it for ever. */
export interface ExportDeps {
  /** The exports' own pool, never the API's. */
  pool: Pool;
  rateLimits: RateLimitStore;
  /** How long the reader may accept nothing before the export is cut. */
  stallMs: number;
  /** How long an export may run at most. */
  deadlineMs: number;
}

export const EXPORTS_PER_HOUR = 10;
const HOUR_MS = 60 * 60_000;

/**
 * GDPR Art. 15/20: everything held about the person, written piece by piece while the rows are read
 * in batches through server-side cursors, so a long history is never in memory at once. One
 * read-only REPEATABLE READ transaction gives every section the same snapshot. One export at a time
 * per person and ten an hour (429 otherwise); one that stalls or runs out of time is cut, and its
 * transaction rolled back.
 */
export async function exportUserData(
  deps: ExportDeps,
  userId: string,
  format: 'json' | 'csv',
  sink: ExportSink,
  now: Date = new Date(),
): Promise<void> {
  const bounded = boundSink(sink, { stallMs: deps.stallMs, deadline: AbortSignal.timeout(deps.deadlineMs) });
  await withTransaction(deps.pool, async (client) => {
    // This transaction waits on a slow reader between queries. A connection lost meanwhile is
    // announced as an 'error' event, which without a listener would crash the process; with one,
    // the next query fails instead and the export is cut.
    const ignoreUntilNextQuery = () => {};
    client.on('error', ignoreUntilNextQuery);
    try {
      // The one running holds a connection until it ends, at the latest when a stalled reader is cut.
      if (!(await beginExport(client, userId, deps.deadlineMs))) throw rateLimitedError(deps.stallMs);
      await enforceRateLimit(deps.rateLimits, `export:${userId}`, EXPORTS_PER_HOUR, HOUR_MS);
      const profile = await selectProfile(client, userId);
      // A valid token whose account has since been erased.
      if (!profile) throw new AppError('not_found');
      bounded.start(format);
      if (format === 'csv') await writeSymptomCsv(client, userId, bounded);
      else await writeJsonDocument(client, profile, bounded, now);
    } finally {
      client.off('error', ignoreUntilNextQuery);
    }
  });
}

function toConsent(profile: UserProfileRow): Consent {
  return {
    healthData: profile.health_data_consent_at !== null,
    givenAt: profile.health_data_consent_at?.toISOString() ?? null,
    policyVersion: profile.health_data_consent_version,
  };
}

async function writeJsonDocument(client: PoolClient, profile: UserProfileRow, sink: ExportSink, now: Date) {
  const head: Pick<ExportDocument, 'exportedAt' | 'profile' | 'onboardingData' | 'consent'> = {
    exportedAt: now.toISOString(),
    profile: {
      id: profile.id,
      email: profile.email,
      name: profile.name,
      emailVerified: profile.email_verified,
      createdAt: profile.created_at.toISOString(),
    },
    onboardingData: profile.onboarding_data,
    consent: toConsent(profile),
  };
  // The head without its closing brace; each array section follows as `,"key":[...]`.
  await sink.write(JSON.stringify(head).slice(0, -1));
  for (const section of EXPORT_SECTIONS) {
    await sink.write(`,${JSON.stringify(section.key)}:[`);
    let isFirst = true;
    for await (const rows of fetchInBatches<never>(client, section.sql, [profile.id])) {
      const items = rows.map((row) => JSON.stringify(section.toItem(row))).join(',');
      await sink.write(isFirst ? items : `,${items}`);
      isFirst = false;
    }
    await sink.write(']');
  }
  await sink.write('}\n');
}

async function writeSymptomCsv(client: PoolClient, userId: string, sink: ExportSink) {
  await sink.write(toCsvRow([...SYMPTOM_CSV_COLUMNS]));
  for await (const rows of fetchInBatches<SymptomLogRow>(client, EXPORT_QUERIES.symptomLogs, [userId])) {
    const lines = rows.map((row) =>
      toCsvRow([
        row.date,
        row.severity,
        row.mood,
        row.energy,
        row.sleep,
        row.symptoms.join('; '),
        row.notes,
        row.created_at.toISOString(),
      ]),
    );
    await sink.write(lines.join(''));
  }
}
