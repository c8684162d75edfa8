/**
 * `npm start`: the whole hub on one machine. Without DATABASE_URL it serves an embedded PostgreSQL (data under
 * DATA_DIR, default `.data/`); with it, that PostgreSQL. Loads the demo data on a first start.
 */
import {
  ConfigurationError,
  createLogger,
  readBoolean,
  readInteger,
  readOptionalString,
  readServiceConfig,
  readString,
  startEmbeddedPostgres,
  stopOnSignals,
  type EmbeddedPostgres,
} from '@shubh/platform';
import { resolve } from 'node:path';
import { seedDemoDataOnFirstStart } from '../demo/seed-demo-data.js';
import { startHub } from './hub.js';

const env = process.env;
let embedded: EmbeddedPostgres | undefined;
try {
  // Quiet by default: a newcomer wants the URLs, not every request; LOG_LEVEL=info shows them.
  const { host, logLevel } = readServiceConfig({ LOG_LEVEL: 'warn', ...env }, 4000);
  const logger = createLogger('hub', logLevel);
  const demoData = readBoolean(env, 'DEMO_DATA', true);
  let databaseUrl = readOptionalString(env, 'DATABASE_URL');
  if (!databaseUrl) {
    const dataDir = resolve(readString(env, 'DATA_DIR', '.data'), 'pglite');
    const port = readInteger(env, 'EMBEDDED_DATABASE_PORT', 5433, { min: 0, max: 65535 });
    embedded = await startEmbeddedPostgres({ dataDir, port });
    databaseUrl = embedded.url;
    console.log(`Embedded PostgreSQL: ${embedded.url} (data in ${dataDir})`);
  }

  const hub = await startHub({ databaseUrl, host, ports: 'default', logLevel });
  stopOnSignals(logger, async () => {
    await hub.stop();
    await embedded?.stop();
    console.log('SHUBH hub stopped.');
  });
  if (demoData && (await seedDemoDataOnFirstStart(hub.dataSources))) console.log('Loaded the demo data set (first start).');

  console.log(
    [
      '',
      'SHUBH integration hub is running.',
      `  Gateway      ${hub.gateway.graphqlUrl}   (readiness: ${hub.gateway.url}/readyz)`,
      ...hub.subgraphs.map((subgraph) => `  ${subgraph.name.padEnd(12)} ${subgraph.service.graphqlUrl}`),
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
} catch (error) {
  await embedded?.stop();
  if (error instanceof ConfigurationError) {
    console.error(`Configuration error: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`A port the hub needs is taken: ${(error as Error).message}. Stop the other program or set the port.`);
  } else {
    console.error('The hub could not start:', error);
  }
  process.exit(1);
}
