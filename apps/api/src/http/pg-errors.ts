/** PostgreSQL SQLSTATEs the use cases turn into contract errors. */
const sqlState = (error: unknown) => (error as { code?: unknown } | null)?.code;

export const isForeignKeyViolation = (error: unknown) => sqlState(error) === '23503';
export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';
