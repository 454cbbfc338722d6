import { findFreePort } from '@hormohelp/db';
import { compareWithBare, comparisonDetails } from '../lib/bare-comparison';
import { connectionsByApplication } from '../lib/database';
import { atLeastRatio, type FigureRow, row } from '../lib/figure';
import type { BenchSize } from '../lib/options';
import { type BenchService, startNodeService } from '../lib/services';
import { round } from '../lib/timing';

export const AUTH_OVERHEAD_ROWS = [
  { id: 'auth.me', figure: 'Auth overhead: GET /auth/me', unit: 'req/s', bar: atLeastRatio(0.85) },
];

export interface AuthOverheadInput {
  auth: BenchService;
  databaseUrl: string;
  privateKeyPath: string;
  publicKeyPath: string;
  /** An access token the auth service accepts, for a user in the database. */
  token: string;
  size: BenchSize;
}

/**
 * The auth service against its bare server on `GET /auth/me` (compareWithBare: same body first,
 * then bare and auth alternately, the better run of each compared). The p99 of both best runs is
 * in the row's details.
 */
export async function measureAuthOverhead(input: AuthOverheadInput): Promise<FigureRow[]> {
  const { auth, size, token } = input;
  const bare = await startNodeService(
    'bare-auth',
    'bench/bare-server/auth-main.ts',
    {
      DATABASE_URL: input.databaseUrl,
      JWT_PRIVATE_KEY_PATH: input.privateKeyPath,
      JWT_PUBLIC_KEY_PATH: input.publicKeyPath,
    },
    await findFreePort(),
  );
  try {
    const comparison = await compareWithBare({
      service: auth,
      bare,
      serviceLabel: 'auth service',
      path: '/auth/me',
      token,
      size,
    });
    const { notes } = comparison;
    return [
      row({
        ...AUTH_OVERHEAD_ROWS[0]!,
        measured: round(comparison.service.best.requestsPerSecond, 0),
        ceiling: round(comparison.bare.best.requestsPerSecond, 0),
        ceilingLabel: 'bare node:http',
        ...(notes.length && { note: notes.join('; ') }),
        details: {
          ...comparisonDetails(comparison, 'auth', size),
          databaseConnections: await connectionsByApplication(input.databaseUrl, ['auth', 'bench-bare-auth']),
        },
      }),
    ];
  } finally {
    await bare.stop();
  }
}
