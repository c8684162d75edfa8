import { startGateway, type GatewayConfig } from '@shubh/gateway';
import {
  METRICS_PORT_OFFSET,
  startSubgraph,
  type AuditConfig,
  type DatabaseTimeouts,
  type IdentityConfig,
  type JobsConfig,
  type LogLevel,
  type MailConfig,
  type RunningService,
  type RunningSubgraph,
} from '@shubh/platform';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { allSubgraphs } from '../subgraphs/index.js';

export interface HubOptions {
  databaseUrl: string;
  host: string;
  /** `default`: every service on its documented port (4000-4004); `ephemeral`: free ports (tests). */
  ports: 'default' | 'ephemeral';
  logLevel: LogLevel;
  identity: IdentityConfig;
  databasePoolSize?: number;
  /** The subgraphs' bounded lock and statement waits; the defaults when left out. */
  databaseTimeouts?: DatabaseTimeouts;
  /** The audit sealer's key and intervals; without it, a key for the life of the process (refused in production). */
  audit?: AuditConfig;
  /** Runs once the subgraphs are migrated and serving, before the gateway opens (demo data, so that the
   * gateway's /readyz means the data is there too). */
  beforeGateway?: (dataSources: Record<string, DataSource>, subgraphs: readonly RunningSubgraph[]) => Promise<void>;
  /** Browser origins that may call the gateway (the console's). */
  corsOrigins?: string[];
  /**
   * Each service's `/metrics` on this host: on its documented port (GraphQL port + 5400: 9400 to 9404) with
   * `ports: 'default'`, on a free one with `ephemeral`. Absent: no metrics port.
   */
  metrics?: { host: string };
  /** The gateway's limits, rate limit, subgraph timeout and connections (`readGatewaySafeguards`); defaults when left out. */
  /** Each subgraph's job scheduler; off when left out (tests run a job with `subgraph.jobs.run(name)` and turn it on). */
  jobs?: JobsConfig;
  /** Notification e-mail (`SMTP_URL`...), for the subgraphs' jobs; none when left out. */
  mail?: MailConfig | null;
  gateway?: Pick<GatewayConfig, 'operationLimits' | 'rateLimit' | 'subgraphTimeoutMs' | 'subgraphMaxConnections'>;
}

export interface RunningHub {
  gateway: RunningService;
  subgraphs: RunningSubgraph[];
  dataSources: Record<string, DataSource>;
  /** The secret the gateway presents to each subgraph (fresh on every start). */
  gatewaySecrets: GatewayConfig['subgraphSecrets'];
  /** The configuration the hub's gateway runs with, changed by `overrides`: for more gateways on these subgraphs. */
  gatewayConfig(overrides?: Partial<GatewayConfig>): GatewayConfig;
  stop(): Promise<void>;
}

/**
 * The whole hub in one process: every subgraph (migrated) over real HTTP, then the gateway pointed at them.
 * `npm start` and the end-to-end tests both start the hub through here.
 */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const subgraphs: RunningSubgraph[] = [];
  // One process: the gateway's secrets can be fresh on every start and never written anywhere.
  const secrets = Object.fromEntries(
    allSubgraphs.map((subgraph) => [subgraph.name, randomBytes(32).toString('hex')]),
  ) as GatewayConfig['subgraphSecrets'];
  const metricsOn = (defaultPort: number, processMetrics = false) =>
    options.metrics
      ? {
          metrics: {
            host: options.metrics.host,
            port: options.ports === 'default' ? defaultPort + METRICS_PORT_OFFSET : 0,
            processMetrics,
          },
        }
      : {};
  const stopSubgraphs = async () => {
    for (const subgraph of subgraphs.reverse()) await subgraph.stop();
  };
  try {
    for (const definition of allSubgraphs) {
      subgraphs.push(
        await startSubgraph(definition, {
          host: options.host,
          port: options.ports === 'default' ? definition.defaultPort : 0,
          logLevel: options.logLevel,
          databaseUrl: options.databaseUrl,
          databasePoolSize: options.databasePoolSize ?? 5,
          ...(options.databaseTimeouts ? { databaseTimeouts: options.databaseTimeouts } : {}),
          identity: options.identity,
          gatewaySecret: secrets[definition.name as keyof typeof secrets],
          ...(options.audit ? { audit: options.audit } : {}),
          ...(options.jobs ? { jobs: options.jobs } : {}),
          ...(options.mail ? { mail: options.mail } : {}),
          ...metricsOn(definition.defaultPort),
        }),
      );
    }
    await options.beforeGateway?.(Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.dataSource])), subgraphs);
    const gatewayConfig = (overrides: Partial<GatewayConfig> = {}): GatewayConfig => ({
      host: options.host,
      port: options.ports === 'default' ? 4000 : 0,
      logLevel: options.logLevel,
      supergraphPath: new URL('../schema/supergraph.graphql', import.meta.url).pathname,
      subgraphUrls: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.service.graphqlUrl])),
      subgraphSecrets: secrets,
      identity: options.identity,
      corsOrigins: options.corsOrigins,
      // One process for the whole hub: its process metrics once, at the gateway.
      ...metricsOn(4000, true),
      ...options.gateway,
      ...overrides,
    });
    const gateway = await startGateway(gatewayConfig());
    return {
      gateway,
      gatewayConfig,
      subgraphs,
      dataSources: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.dataSource])),
      gatewaySecrets: secrets,
      async stop() {
        await gateway.stop();
        await stopSubgraphs();
      },
    };
  } catch (error) {
    await stopSubgraphs();
    throw error;
  }
}
