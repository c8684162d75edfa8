import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../embedded-postgres.js';

/** The variable through which Jest's global setup hands the test database to every test worker. */
export const TEST_DATABASE_VARIABLE = 'SHUBH_TEST_DATABASE_URL';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * With DATABASE_URL: a fresh database on that server, dropped afterwards, so tests never touch the data
 * already there. Without it: an in-memory embedded PostgreSQL, as on a fresh machine.
 */
export async function createTestDatabase(databaseUrl: string | undefined): Promise<TestDatabase> {
  if (!databaseUrl) {
    const embedded: EmbeddedPostgres = await startEmbeddedPostgres({ port: 0 });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `shubh_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testDatabaseUrl(): string {
  const url = process.env[TEST_DATABASE_VARIABLE];
  if (!url) throw new Error(`${TEST_DATABASE_VARIABLE} is not set: run the tests with npm test`);
  return url;
}
