import {
  readIdentityConfig,
  readInteger,
  readMetricsConfig,
  readOptionalString,
  readOrigins,
  readSecret,
  readServiceConfig,
  readString,
  readUrl,
  type IdentityConfig,
  type MetricsConfig,
  type ServiceConfig,
} from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './operation-limits.js';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from './rate-limit.js';
import { DEFAULT_SUBGRAPH_MAX_CONNECTIONS } from './subgraph-fetcher.js';

/** The subgraphs the supergraph names: the variable pointing the gateway at each, and the one holding its secret. */
export const SUBGRAPH_VARIABLES = {
  beneficiaries: { url: 'BENEFICIARIES_URL', secret: 'BENEFICIARIES_GATEWAY_SECRET' },
  catalogue: { url: 'CATALOGUE_URL', secret: 'CATALOGUE_GATEWAY_SECRET' },
  labour: { url: 'LABOUR_URL', secret: 'LABOUR_GATEWAY_SECRET' },
  housing: { url: 'HOUSING_URL', secret: 'HOUSING_GATEWAY_SECRET' },
} as const;
export type SubgraphName = keyof typeof SUBGRAPH_VARIABLES;
const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_VARIABLES) as SubgraphName[];

export interface GatewayConfig extends ServiceConfig {
  /** The composed schema the gateway serves (`npm run compose` writes it; it is never composed at run time). */
  supergraphPath: string;
  /** Where each subgraph answers. Unset variables keep the URL written in the supergraph (localhost defaults). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** The secret each subgraph expects from the gateway (a different one per subgraph). */
  subgraphSecrets: Record<SubgraphName, string>;
  identity: IdentityConfig;
  /** What one operation may ask for, checked before any subgraph is called. Default: DEFAULT_OPERATION_LIMITS. */
  operationLimits?: OperationLimits;
  /** Requests per caller (token subject) and window; shared through Redis when `redisUrl` is set. */
  rateLimit?: RateLimitConfig;
  /** How long the gateway waits for one subgraph call before answering SERVICE_UNAVAILABLE for its fields. */
  subgraphTimeoutMs?: number;
  /** At most how many keep-alive connections the gateway opens to each subgraph (SUBGRAPH_MAX_CONNECTIONS, or
   * `<SUBGRAPH>_MAX_CONNECTIONS` for one). Default: DEFAULT_SUBGRAPH_MAX_CONNECTIONS each. */
  subgraphMaxConnections?: Partial<Record<SubgraphName, number>>;
  /** How subgraphs are called: the keep-alive pool (default) or Node's fetch (only for the benchmark's comparison). */
  subgraphClient?: 'pool' | 'fetch';
  /** Browser origins that may call /graphql: the console's (CORS_ALLOWED_ORIGINS). */
  corsOrigins?: string[];
  /** Where `/metrics` is served (METRICS_HOST, METRICS_PORT); absent or null: nowhere. */
  metrics?: MetricsConfig | null;
}

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/** The gateway's protections, from the variables in the README's configuration table. */
export function readGatewaySafeguards(
  env: Record<string, string | undefined>,
): Required<Pick<GatewayConfig, 'operationLimits' | 'rateLimit' | 'subgraphTimeoutMs' | 'subgraphMaxConnections'>> {
  const limit = (name: string, fallback: number, max = 1_000_000) => readInteger(env, name, fallback, { min: 1, max });
  const defaults = DEFAULT_OPERATION_LIMITS;
  const redisUrl = readOptionalString(env, 'REDIS_URL') ? readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']) : undefined;
  return {
    operationLimits: {
      maxTokens: limit('MAX_OPERATION_TOKENS', defaults.maxTokens),
      maxDepth: limit('MAX_OPERATION_DEPTH', defaults.maxDepth, 100),
      maxAliases: limit('MAX_OPERATION_ALIASES', defaults.maxAliases, 10_000),
      maxDirectives: limit('MAX_OPERATION_DIRECTIVES', defaults.maxDirectives, 10_000),
      maxRepeatedFields: limit('MAX_OPERATION_REPEATED_FIELDS', defaults.maxRepeatedFields, 10_000),
      maxCost: limit('MAX_OPERATION_COST', defaults.maxCost, 1_000_000_000),
      unpagedListSize: limit('OPERATION_COST_UNPAGED_LIST_SIZE', defaults.unpagedListSize, 10_000),
    },
    rateLimit: {
      // 0 turns rate limiting off (a gateway behind a limiter of its own).
      requests: readInteger(env, 'RATE_LIMIT_REQUESTS', DEFAULT_RATE_LIMIT.requests, { min: 0, max: 1_000_000 }),
      windowSeconds: readInteger(env, 'RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMIT.windowSeconds, { min: 1, max: 86_400 }),
      ...(redisUrl ? { redisUrl } : {}),
      keyPrefix: readString(env, 'RATE_LIMIT_KEY_PREFIX', DEFAULT_RATE_LIMIT.keyPrefix),
    },
    subgraphTimeoutMs: readInteger(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, { min: 100, max: 300_000 }),
    subgraphMaxConnections: readSubgraphMaxConnections(env),
  };
}

/** SUBGRAPH_MAX_CONNECTIONS for every subgraph, `<SUBGRAPH>_MAX_CONNECTIONS` (e.g. LABOUR_MAX_CONNECTIONS) for one. */
function readSubgraphMaxConnections(env: Record<string, string | undefined>): Record<SubgraphName, number> {
  const all = readInteger(env, 'SUBGRAPH_MAX_CONNECTIONS', DEFAULT_SUBGRAPH_MAX_CONNECTIONS, { min: 1, max: 10_000 });
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, readInteger(env, `${name.toUpperCase()}_MAX_CONNECTIONS`, all, { min: 1, max: 10_000 })]),
  ) as Record<SubgraphName, number>;
}

/** The console as `npm start` serves it. */
export const DEFAULT_CORS_ORIGINS = ['http://localhost:5173'];

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function readGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const variable = SUBGRAPH_VARIABLES[name].url;
    if (env[variable]?.trim()) subgraphUrls[name] = readUrl(env, variable, ['http:', 'https:']);
  }
  return {
    ...readServiceConfig(env, 4000),
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH),
    subgraphUrls,
    subgraphSecrets: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, readSecret(env, SUBGRAPH_VARIABLES[name].secret)])) as Record<
      SubgraphName,
      string
    >,
    identity: readIdentityConfig(env),
    corsOrigins: readOrigins(env, 'CORS_ALLOWED_ORIGINS', DEFAULT_CORS_ORIGINS),
    metrics: readMetricsConfig(env, 4000),
    ...readGatewaySafeguards(env),
  };
}
