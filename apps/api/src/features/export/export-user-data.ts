import { type Consent, type ExportDocument, SYMPTOM_CSV_COLUMNS } from '@hormohelp/contracts';
import { type Pool, type PoolClient, type UserProfileRow, withTransaction } from '@hormohelp/db';
import { AppError } from '@hormohelp/server-kit';
import type { SymptomLogRow } from '../symptoms/symptom-repository';
import { fetchInBatches } from './batched-cursor';
import { toCsvRow } from './csv-cell';
import { EXPORT_QUERIES, selectProfile } from './export-repository';
import { EXPORT_SECTIONS } from './export-sections';
import type { ExportSink } from './export-sink';

/**
 * GDPR Art. 15/20: everything held about the person, written piece by piece while the rows are read
 * in batches through server-side cursors, so a long history is never in memory at once. One
 * read-only REPEATABLE READ transaction gives every section the same snapshot.
 */
export async function exportUserData(
  pool: Pool,
  userId: string,
  format: 'json' | 'csv',
  sink: ExportSink,
  now: Date = new Date(),
): Promise<void> {
  await withTransaction(pool, async (client) => {
    // This transaction waits on a slow reader between queries. A connection lost meanwhile is
    // announced as an 'error' event, which without a listener would crash the process; with one,
    // the next query fails instead and the export is cut.
    const ignoreUntilNextQuery = () => {};
    client.on('error', ignoreUntilNextQuery);
    try {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const profile = await selectProfile(client, userId);
      // A valid token whose account has since been erased.
      if (!profile) throw new AppError('not_found');
      sink.start(format);
      if (format === 'csv') await writeSymptomCsv(client, userId, sink);
      else await writeJsonDocument(client, profile, sink, now);
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
