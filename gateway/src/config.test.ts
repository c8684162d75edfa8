import { ConfigurationError } from '@shubh/platform';
import { readGatewaySafeguards } from './config.js';
import { DEFAULT_OPERATION_LIMITS } from './operation-limits.js';

describe('the gateway safeguards configuration', () => {
  it('defaults to the documented limits, an in-memory rate limit and a 10 s subgraph timeout', () => {
    expect(readGatewaySafeguards({})).toEqual({
      operationLimits: DEFAULT_OPERATION_LIMITS,
      rateLimit: { requests: 600, windowSeconds: 60, keyPrefix: 'shubh:rate-limit' },
      subgraphTimeoutMs: 10_000,
      subgraphMaxConnections: { beneficiaries: 64, catalogue: 64, labour: 64, housing: 64 },
    });
  });

  it('reads every variable of the README table', () => {
    const read = readGatewaySafeguards({
      MAX_OPERATION_TOKENS: '500',
      MAX_OPERATION_DEPTH: '8',
      MAX_OPERATION_ALIASES: '3',
      MAX_OPERATION_DIRECTIVES: '2',
      MAX_OPERATION_REPEATED_FIELDS: '1',
      MAX_OPERATION_COST: '2000',
      OPERATION_COST_UNPAGED_LIST_SIZE: '5',
      RATE_LIMIT_REQUESTS: '0',
      RATE_LIMIT_WINDOW_SECONDS: '1',
      REDIS_URL: 'redis://cache:6379',
      RATE_LIMIT_KEY_PREFIX: 'hub-a',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SUBGRAPH_MAX_CONNECTIONS: '16',
      LABOUR_MAX_CONNECTIONS: '4',
    });
    expect(read).toEqual({
      operationLimits: {
        maxTokens: 500,
        maxDepth: 8,
        maxAliases: 3,
        maxDirectives: 2,
        maxRepeatedFields: 1,
        maxCost: 2000,
        unpagedListSize: 5,
      },
      rateLimit: { requests: 0, windowSeconds: 1, redisUrl: 'redis://cache:6379', keyPrefix: 'hub-a' },
      subgraphTimeoutMs: 2500,
      subgraphMaxConnections: { beneficiaries: 16, catalogue: 16, labour: 4, housing: 16 },
    });
  });

  it('stops at start-up on a value it cannot use, naming the variable', () => {
    expect(() => readGatewaySafeguards({ REDIS_URL: 'http://cache:6379' })).toThrow(ConfigurationError);
    expect(() => readGatewaySafeguards({ MAX_OPERATION_DEPTH: '0' })).toThrow(/MAX_OPERATION_DEPTH/);
    expect(() => readGatewaySafeguards({ SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(/SUBGRAPH_TIMEOUT_MS/);
    expect(() => readGatewaySafeguards({ HOUSING_MAX_CONNECTIONS: '0' })).toThrow(/HOUSING_MAX_CONNECTIONS/);
  });
});
