import { createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '@hormohelp/contracts';
import { calculateJwkThumbprint, exportJWK, importPKCS8, SignJWT } from 'jose';
import pg from 'pg';

/**
 * Access tokens exactly as the auth service issues them (RS256, the contract's claims), signed with
 * this run's private key, for users the benchmark created directly in the database.
 */
export async function mintAccessTokenFor(databaseUrl: string, privateKeyPath: string, email: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client
    .query<{ id: string; email_verified: boolean }>('SELECT id, email_verified FROM users WHERE email = $1', [
      email,
    ])
    .finally(() => client.end());
  if (!rows[0]) throw new Error(`no user ${email}`);
  const pem = await readFile(privateKeyPath, 'utf8');
  const key = await importPKCS8(pem, 'RS256');
  // The key id the auth service gives its key: the thumbprint, which only reads the public half.
  const kid = await calculateJwkThumbprint(await exportJWK(createPrivateKey(pem)), 'sha256');
  return new SignJWT({ email, emailVerified: rows[0].email_verified })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject(rows[0].id)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('15m')
    .sign(key);
}
