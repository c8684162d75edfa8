import type { RequestContext, RunningSubgraph, SubgraphDefinition } from '../subgraph.js';
import { startSubgraph } from '../subgraph.js';
import { testDatabaseUrl } from './test-database.js';

export * from './graphql-client.js';
export * from './test-database.js';

/** A subgraph on a free port against the test database, quiet unless something goes wrong. */
export function startTestSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
): Promise<RunningSubgraph> {
  return startSubgraph(definition, {
    host: '127.0.0.1',
    port: 0,
    logLevel: (process.env.TEST_LOG_LEVEL as 'silent') ?? 'silent',
    databaseUrl: testDatabaseUrl(),
    databasePoolSize: 4,
  });
}
