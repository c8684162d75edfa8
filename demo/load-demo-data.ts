/**
 * `npm run demo-data`: loads the demo data set into the PostgreSQL at DATABASE_URL (for a docker-compose
 * or a shared development database), applying every subgraph's migrations first. A database that already
 * holds beneficiaries is left alone.
 */
import { createLogger, openSubgraphDatabase, readDatabaseUrl } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { allSubgraphs } from '../subgraphs/index.js';
import { seedDemoDataOnFirstStart } from './seed-demo-data.js';

const databaseUrl = readDatabaseUrl(process.env);
const logger = createLogger('demo-data', 'warn');
const dataSources: Record<string, DataSource> = {};
try {
  for (const subgraph of allSubgraphs) {
    dataSources[subgraph.name] = await openSubgraphDatabase(subgraph, { databaseUrl, databasePoolSize: 2 }, logger);
  }
  const loaded = await seedDemoDataOnFirstStart(dataSources);
  console.log(loaded ? 'Loaded the demo data set.' : 'The database already holds beneficiaries: demo data not loaded.');
} finally {
  for (const dataSource of Object.values(dataSources)) await dataSource.destroy();
}
