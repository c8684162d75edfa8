import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';

/** Where a service serves `/metrics`: its own port, off the public GraphQL one, loopback unless said otherwise. */
export interface MetricsConfig {
  host: string;
  port: number;
  /** Also the process's own metrics (CPU, memory, event loop): for a process that runs this one service. */
  processMetrics?: boolean;
}

/** Seconds; from a fast cached read to the subgraph timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Operation names come from clients: a label takes a well-formed name only, and at most this many distinct ones
 * per process, so that nobody can grow the metrics without bound by inventing names.
 */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The pool of a TypeORM PostgreSQL data source (pg's Pool): how many connections are busy, idle, awaited. */
export interface PoolLike {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The Prometheus metrics of one service, in a registry of its own (the hub runs five services in one process
 * under `npm start`, each answering for itself). Every series carries `service`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly #operationNames = new Set<string>();
  readonly requestDuration: Histogram<'operation' | 'status'>;
  readonly errors: Counter<'operation' | 'code'>;
  readonly subgraphFetchDuration: Histogram<'subgraph' | 'outcome'>;
  readonly rateLimitRefusals: Counter;
  readonly auditAppends: Counter;
  readonly auditEntriesSealed: Counter;
  readonly #pools = new Map<string, () => PoolLike | undefined>();
  #lastSealPassAt: number | undefined;

  constructor(
    readonly service: string,
    options: { processMetrics?: boolean } = {},
  ) {
    this.registry.setDefaultLabels({ service });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'shubh_' });
    const registers = [this.registry];
    this.requestDuration = new Histogram({
      name: 'shubh_graphql_request_duration_seconds',
      help: 'GraphQL requests by operation name and HTTP status: their rate is the _count, their latency the buckets',
      labelNames: ['operation', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'shubh_graphql_errors_total',
      help: 'GraphQL errors answered, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers,
    });
    this.subgraphFetchDuration = new Histogram({
      name: 'shubh_gateway_subgraph_fetch_duration_seconds',
      help: 'Calls from the gateway to one subgraph, by subgraph and outcome (ok, error, unavailable)',
      labelNames: ['subgraph', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.rateLimitRefusals = new Counter({
      name: 'shubh_rate_limit_refusals_total',
      help: 'Requests refused with RATE_LIMITED (HTTP 429)',
      registers,
    });
    this.auditAppends = new Counter({
      name: 'shubh_audit_entries_appended_total',
      help: 'Audit entries appended to audit.entry by this service (reads and changes)',
      registers,
    });
    this.auditEntriesSealed = new Counter({
      name: 'shubh_audit_entries_sealed_total',
      help: 'Audit entries this service sealed into the chain while it led the sealing',
      registers,
    });
    const sealedAt = () => this.#lastSealPassAt;
    const pools = this.#pools;
    new Gauge({
      name: 'shubh_audit_seal_lag_seconds',
      help: 'Seconds since the sealer of this service last finished a sealing pass (only while it leads the sealing)',
      registers,
      collect() {
        this.reset();
        const at = sealedAt();
        if (at !== undefined) this.set((Date.now() - at) / 1000);
      },
    });
    new Gauge({
      name: 'shubh_db_pool_connections',
      help: 'Database connections of the service pool: in_use, idle, and waiting (requests waiting for a connection)',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        this.reset();
        for (const [name, poolOf] of pools) {
          const pool = poolOf();
          if (!pool) continue;
          this.set({ pool: name, state: 'in_use' }, pool.totalCount - pool.idleCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }

  /** The label for an operation name: `anonymous`, the name, or `other` past the cap or when malformed. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.#operationNames.has(name)) return name;
    if (this.#operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.#operationNames.add(name);
    return name;
  }

  /** Reports a pool's figures at every scrape; `poolOf` answers undefined while it is closed. */
  observePool(name: string, poolOf: () => PoolLike | undefined): void {
    this.#pools.set(name, poolOf);
  }

  /** The sealer finished a pass while leading (`sealed` entries); undefined: it stopped leading. */
  sealPassFinished(sealed: number | undefined): void {
    if (sealed === undefined) {
      this.#lastSealPassAt = undefined;
      return;
    }
    this.#lastSealPassAt = Date.now();
    if (sealed > 0) this.auditEntriesSealed.inc(sealed);
  }
}

export interface RunningMetricsServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves `GET /metrics` in the Prometheus text format on its own host and port (`port: 0`: a free one). */
export async function startMetricsServer(metrics: ServiceMetrics, config: MetricsConfig, logger: Logger): Promise<RunningMetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: the metrics are at /metrics\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics could not be collected');
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`;
  logger.info({ url }, `${metrics.service} metrics listening`);
  return {
    url,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
