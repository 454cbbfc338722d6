import { migrate } from './migrate';

const [command] = process.argv.slice(2);
const databaseUrl = process.env.DATABASE_URL;

if (command !== 'migrate') {
  console.error('usage: db migrate   (applies migrations and seed data to DATABASE_URL)');
  process.exit(2);
}
if (!databaseUrl) {
  console.error('DATABASE_URL is required: the PostgreSQL server to migrate');
  process.exit(1);
}
try {
  const { applied, seeded } = await migrate(databaseUrl);
  console.log(
    applied.length ? `applied ${applied.join(', ')}` : 'schema is up to date',
    `; seed data: ${seeded.join(', ') || 'none'}`,
  );
} catch (error) {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
