import { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  commonResolvers,
  createLogger,
  ErrorCode,
  ServiceMetrics,
  startService,
  TokenVerifier,
  type Caller,
  type RunningService,
} from '@shubh/platform';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, type GatewayConfig } from './config.js';
import {
  DEFAULT_OPERATION_LIMITS,
  operationLimitsPlugin,
  operationParseOptions,
  operationValidationRules,
  screenOperation,
} from './operation-limits.js';
import { CallerRateLimit, DEFAULT_RATE_LIMIT } from './rate-limit.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { withSubgraphTelemetry } from './subgraph-telemetry.js';
import { DEFAULT_SUBGRAPH_MAX_CONNECTIONS, globalFetcher, poolFetcher, type SubgraphFetcher } from './subgraph-fetcher.js';

export { readGatewayConfig, readGatewaySafeguards, type GatewayConfig } from './config.js';

export interface GatewayContext {
  requestId: string;
  /** The caller's own `x-request-id`, if it sent one. */
  clientRequestId?: string;
  caller: Caller;
  /** The caller's `Authorization` header, forwarded as is: each subgraph verifies the token itself. */
  authorization: string;
}

/** A subgraph is ready when its own /readyz says so (it checks its database). */
async function subgraphReady(graphqlUrl: string): Promise<boolean> {
  const response = await fetch(new URL('/readyz', graphqlUrl), { signal: AbortSignal.timeout(1500) });
  return response.ok;
}

/** Subgraph URLs as the gateway will call them: the supergraph's, unless configuration says otherwise. */
export function subgraphUrlsOf(supergraphSdl: string, overrides: GatewayConfig['subgraphUrls']): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    const [, name, url] = match as unknown as [string, string, string];
    urls[name] = overrides[name as keyof typeof overrides] ?? url;
  }
  return urls;
}

/**
 * The supergraph only names the shared scalars (Date, DateTime); left so, the gateway would pass a
 * `2025-02-30` through and the subgraph's refusal would come back as an opaque HTTP 400. Giving the gateway
 * the same parsers makes it refuse bad values itself, with the variable path, before calling any subgraph.
 */
function checkSharedScalars(schema: GraphQLSchema): void {
  for (const implementation of Object.values(commonResolvers)) {
    const scalar = schema.getType(implementation.name);
    if (scalar instanceof GraphQLScalarType) {
      scalar.parseValue = implementation.parseValue;
      scalar.parseLiteral = implementation.parseLiteral;
    }
  }
}

/**
 * When nothing of the answer is left and only unavailable dependencies are to blame, the answer is HTTP 503, so
 * that load balancers and clients treat it as the outage it is (partial answers stay 200).
 */
function unavailableWhenNothingIsLeft(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data == null && errors?.length && errors.every((error) => error.extensions?.code === ErrorCode.ServiceUnavailable)) {
            response.http.status = 503;
          }
        },
      };
    },
  };
}

export async function startGateway(config: GatewayConfig): Promise<RunningService> {
  const logger = createLogger('gateway', config.logLevel);
  const limits = config.operationLimits ?? DEFAULT_OPERATION_LIMITS;
  const timeoutMs = config.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const urls = subgraphUrlsOf(supergraphSdl, config.subgraphUrls);
  const metrics = new ServiceMetrics('gateway', { processMetrics: config.metrics?.processMetrics ?? false });
  const fetchers: SubgraphFetcher[] = [];
  const closeFetchers = () => Promise.all(fetchers.map((fetcher) => fetcher.close()));
  const gateway = new ApolloGateway({
    // The committed supergraph, never introspection: what runs is what was reviewed.
    supergraphSdl,
    buildService: ({ name, url }) => {
      const secret = config.subgraphSecrets[name as keyof GatewayConfig['subgraphSecrets']];
      if (!secret) throw new Error(`The supergraph names a subgraph "${name}" that the gateway has no secret for`);
      const target = urls[name] ?? url;
      if (!target) throw new Error(`The supergraph names no URL for the subgraph "${name}"`);
      const maxConnections =
        config.subgraphMaxConnections?.[name as keyof GatewayConfig['subgraphSecrets']] ?? DEFAULT_SUBGRAPH_MAX_CONNECTIONS;
      const client = config.subgraphClient === 'fetch' ? globalFetcher(timeoutMs) : poolFetcher(target, { maxConnections, timeoutMs });
      fetchers.push(client);
      return withSubgraphTelemetry(new SubgraphDataSource(name, target, secret, timeoutMs, logger, client.fetcher), name, metrics);
    },
    logger,
  });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    apiSchema = update.apiSchema;
    checkSharedScalars(update.apiSchema);
  });
  const verifier = new TokenVerifier(config.identity);
  const rateLimit = await CallerRateLimit.create(config.rateLimit ?? DEFAULT_RATE_LIMIT, logger);
  try {
    const service = await startService<GatewayContext>({
      name: 'gateway',
      host: config.host,
      port: config.port,
      logger,
      gateway,
      production: config.production,
      // The limits twice over: on the query text before anything else, and in Apollo's own validation for what
      // the screen does not see (a persisted query sent by its hash).
      screen: screenOperation(limits, () => apiSchema),
      parseOptions: operationParseOptions(limits),
      validationRules: operationValidationRules(limits),
      plugins: [operationLimitsPlugin(limits), unavailableWhenNothingIsLeft()],
      // No anonymous access to any part of the graph, introspection included; then the caller's allowance.
      context: async ({ requestId, clientRequestId, headers }) => {
        const caller = await verifier.verifyAuthorization(headers.authorization);
        await rateLimit.consume(caller.userId);
        return { requestId, ...(clientRequestId ? { clientRequestId } : {}), caller, authorization: headers.authorization! };
      },
      readiness: Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, () => subgraphReady(url)])),
      // Partial data beats none: the gateway can serve while one subgraph answers; /readyz lists each one's state.
      readyWhen: 'any',
      corsOrigins: config.corsOrigins,
      metrics,
      ...(config.metrics ? { metricsServer: config.metrics } : {}),
    });
    return {
      ...service,
      async stop() {
        await service.stop();
        await rateLimit.close();
        await closeFetchers();
      },
    };
  } catch (error) {
    await rateLimit.close();
    await closeFetchers();
    throw error;
  }
}
