import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  commonResolvers,
  createLogger,
  GATEWAY_SECRET_HEADER,
  startService,
  TokenVerifier,
  type Caller,
  type RunningService,
} from '@shubh/platform';
import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import type { GatewayConfig } from './config.js';

export type { GatewayConfig } from './config.js';

export interface GatewayContext {
  requestId: string;
  /** The caller's own `x-request-id`, if it sent one. */
  clientRequestId?: string;
  caller: Caller;
  /** The caller's `Authorization` header, forwarded as is: each subgraph verifies the token itself. */
  authorization: string;
}

/**
 * Calls one subgraph with the caller's token, this subgraph's own secret (so the subgraph knows the call came
 * through the gateway) and the request id (so one request can be followed through every log).
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http!.headers;
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
    // Health checks carry no caller; every operation a caller sent (the only kind with an incoming request)
    // forwards their token and request id.
    if ('incomingRequestContext' in options) {
      headers.set('authorization', options.context.authorization);
      // The id the caller knows its request by (its own, or the one this gateway answered with): each subgraph
      // keeps it as the audit entries' client request id, beside the id the subgraph makes itself.
      headers.set('x-request-id', options.context.clientRequestId ?? options.context.requestId);
    }
  }
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

export async function startGateway(config: GatewayConfig): Promise<RunningService> {
  const logger = createLogger('gateway', config.logLevel);
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const urls = subgraphUrlsOf(supergraphSdl, config.subgraphUrls);
  const gateway = new ApolloGateway({
    // The committed supergraph, never introspection: what runs is what was reviewed.
    supergraphSdl,
    buildService: ({ name, url }) => {
      const secret = config.subgraphSecrets[name as keyof GatewayConfig['subgraphSecrets']];
      if (!secret) throw new Error(`The supergraph names a subgraph "${name}" that the gateway has no secret for`);
      const target = urls[name] ?? url;
      if (!target) throw new Error(`The supergraph names no URL for the subgraph "${name}"`);
      return new SubgraphDataSource(target, secret);
    },
    logger,
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkSharedScalars(apiSchema));
  const verifier = new TokenVerifier(config.identity);
  return startService<GatewayContext>({
    name: 'gateway',
    host: config.host,
    port: config.port,
    logger,
    gateway,
    // No anonymous access to any part of the graph, introspection included.
    context: async ({ requestId, clientRequestId, headers }) => ({
      requestId,
      ...(clientRequestId ? { clientRequestId } : {}),
      caller: await verifier.verifyAuthorization(headers.authorization),
      authorization: headers.authorization!,
    }),
    readiness: Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, () => subgraphReady(url)])),
  });
}
