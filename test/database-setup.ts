import { migrateSubgraph } from '@shubh/platform';
import { createTestDatabase, TEST_DATABASE_VARIABLE, type TestDatabase } from '@shubh/platform/testing';
import { allSubgraphs } from '../subgraphs/index.js';

/**
 * One database for the whole run: a fresh one on DATABASE_URL's server, or an embedded PostgreSQL when
 * DATABASE_URL is not set. Migrations run once here, before any worker starts; every test then creates the
 * data it needs, so tests share the database but never each other's rows.
 */
export async function setUpTestDatabase(): Promise<TestDatabase> {
  const database = await createMigratedTestDatabase();
  process.env[TEST_DATABASE_VARIABLE] = database.url;
  return database;
}

/**
 * A fresh database with every subgraph's migrations, on DATABASE_URL's server or an embedded PostgreSQL: the run's,
 * and that of a test that must count every row of the hub without other files writing beside it.
 */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(process.env.DATABASE_URL);
  try {
    for (const subgraph of allSubgraphs) await migrateSubgraph(subgraph, database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
