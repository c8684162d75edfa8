import { startGateway, type GatewayConfig } from '@shubh/gateway';
import { graphqlRequest, testDatabaseUrl } from '@shubh/platform/testing';
import type { RunningService } from '@shubh/platform';
import { startHub, type HubOptions, type RunningHub } from '../../hub/hub.js';
import { TestIdentity } from '../support/test-identity.js';

/**
 * The hub as an attacker meets it: four subgraphs and the gateway over real HTTP on free ports, tokens from the
 * development identity provider, verified through its JWKS. `gateway(...)` starts more gateways on the same
 * subgraphs (other limits, another subgraph address, production mode); each is stopped with the hub.
 */
export interface SecurityHub {
  hub: RunningHub;
  identity: TestIdentity;
  /** A network administrator's token: these tests are about the transport, not about who may see what. */
  adminToken: string;
  /** POST /graphql on the hub's gateway, or on `on`, as the administrator unless `token` says otherwise. */
  request<TData = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; on?: RunningService },
  ): ReturnType<typeof graphqlRequest<TData>>;
  gateway(overrides: Partial<GatewayConfig>): Promise<RunningService>;
  stop(): Promise<void>;
}

/** `databaseUrl`: a database of the test's own (migrated), for a test that counts every row; the shared one otherwise. */
export async function startSecurityHub(
  options: Pick<HubOptions, 'gateway' | 'databaseTimeouts'> & { databaseUrl?: string } = {},
): Promise<SecurityHub> {
  const identity = await TestIdentity.start();
  const hub = await startHub({
    databaseUrl: testDatabaseUrl(),
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'silent',
    identity: identity.config,
    ...options,
  });
  const adminToken = await identity.tokenFor({ roles: ['network-admin'] });
  const extra: RunningService[] = [];
  return {
    hub,
    identity,
    adminToken,
    request: (query, variables = {}, { token = adminToken, on = hub.gateway } = {}) =>
      graphqlRequest(on.graphqlUrl, query, variables, { authorization: `Bearer ${token}` }),
    async gateway(overrides) {
      const gateway = await startGateway(hub.gatewayConfig({ port: 0, ...overrides }));
      extra.push(gateway);
      return gateway;
    },
    async stop() {
      for (const gateway of extra) await gateway.stop();
      await hub.stop();
      await identity.stop();
    },
  };
}

/** A subgraph's GraphQL URL as the hub runs it. */
export function subgraphUrl(hub: RunningHub, name: string): string {
  const subgraph = hub.subgraphs.find((candidate) => candidate.name === name);
  if (!subgraph) throw new Error(`the hub has no subgraph "${name}"`);
  return subgraph.service.graphqlUrl;
}
