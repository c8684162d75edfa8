import type { IdentityConfig } from '../config.js';
import type { RequestContext, RunningSubgraph, SubgraphDefinition } from '../subgraph.js';
import { startSubgraph } from '../subgraph.js';
import { GATEWAY_SECRET_HEADER } from '../auth/gateway-secret.js';
import { graphqlRequest } from './graphql-client.js';
import { testDatabaseUrl } from './test-database.js';

export * from './graphql-client.js';
export * from './test-database.js';

export interface TestSubgraph extends RunningSubgraph {
  /** A call as the gateway makes it: the subgraph's secret and the caller's bearer token. */
  request<TData = any>(query: string, variables: Record<string, unknown>, token: string): ReturnType<typeof graphqlRequest<TData>>;
  gatewaySecret: string;
}

/** A subgraph on a free port against the test database, verifying tokens of `identity`, quiet unless asked. */
export async function startTestSubgraph<TContext extends RequestContext>(
  definition: SubgraphDefinition<TContext>,
  identity: IdentityConfig,
): Promise<TestSubgraph> {
  const gatewaySecret = crypto.randomUUID() + crypto.randomUUID();
  const subgraph = await startSubgraph(definition, {
    host: '127.0.0.1',
    port: 0,
    logLevel: (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent',
    databaseUrl: testDatabaseUrl(),
    databasePoolSize: 4,
    identity,
    gatewaySecret,
  });
  return Object.assign(subgraph, {
    gatewaySecret,
    request: <TData = any>(query: string, variables: Record<string, unknown>, token: string) =>
      graphqlRequest<TData>(subgraph.service.graphqlUrl, query, variables, {
        [GATEWAY_SECRET_HEADER]: gatewaySecret,
        authorization: `Bearer ${token}`,
      }),
  });
}
