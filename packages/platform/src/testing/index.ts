import type { IdentityConfig } from '../config.js';
import type { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail.js';
import { RequestAudit } from '../audit/request-audit.js';
import type { Caller } from '../auth/caller.js';
import { createLogger } from '../logger.js';
import type { SubgraphContext, SubgraphDefinition, SubgraphModule } from '../module/module.js';
import { entitiesOf } from '../module/module.js';
import { createContextFactory } from '../module/request-context.js';
import { createDataSource } from '../database.js';
import type { RunningSubgraph } from '../subgraph.js';
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
export async function startTestSubgraph(definition: SubgraphDefinition, identity: IdentityConfig): Promise<TestSubgraph> {
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

/**
 * A request's context for `caller`, without HTTP: the subgraph's modules' services over a real database, as a
 * request would build them. Policy tests call services through it; `audit` writes to the real audit trail.
 */
export function createTestContext<M extends readonly SubgraphModule[]>(
  definition: SubgraphDefinition<M>,
  dataSource: DataSource,
  caller: Caller,
): SubgraphContext<M> {
  const requestId = crypto.randomUUID();
  return createContextFactory<SubgraphContext<M>>(definition)(dataSource, {
    requestId,
    caller,
    audit: new RequestAudit(new AuditTrail(dataSource, definition.name), caller, requestId),
    logger: createLogger(definition.name, 'silent'),
  });
}

/**
 * A connection to the test database with a subgraph's entities, for tests that arrange another subgraph's rows
 * (a labour test needs a real beneficiary: the facts labour reads come from the beneficiaries subgraph's contract).
 * It runs no migrations (the test set-up did); close it with `destroy()`.
 */
export async function openTestDataSource(definition: SubgraphDefinition): Promise<DataSource> {
  const dataSource = createDataSource({
    schema: definition.name,
    url: testDatabaseUrl(),
    poolSize: 2,
    entities: entitiesOf(definition),
    migrations: [],
    logger: createLogger(definition.name, 'silent'),
  });
  return dataSource.initialize();
}

/** Spans kept in memory, for tests of the traces (`configureTracing({ spanProcessors: [new SimpleSpanProcessor(exporter)] })`). */
export { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
