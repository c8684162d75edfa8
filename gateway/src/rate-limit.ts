import { ErrorCode, type Logger } from '@shubh/platform';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitConfig {
  /** Requests one caller may make per window; 0 turns the limit off. */
  requests: number;
  windowSeconds: number;
  /** Shared counters for every gateway replica; without it each replica counts in its own memory. */
  redisUrl?: string;
  /** Prefix of the Redis keys, so several hubs (or test runs) can share one Redis. */
  keyPrefix: string;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { requests: 600, windowSeconds: 60, keyPrefix: 'shubh:rate-limit' };

function rateLimited(refusal: RateLimiterRes, config: RateLimitConfig): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
  return new GraphQLError(
    `Too many requests: at most ${config.requests} every ${config.windowSeconds} s; retry in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: ErrorCode.RateLimited,
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}

/**
 * Requests per caller, keyed by the token's subject, so one signed-in user or partner system cannot starve the
 * others. With Redis the count holds across gateway replicas. If Redis is configured but does not answer, each
 * replica falls back to counting in its own memory with the same numbers (rate-limiter-flexible's insurance
 * limiter): the limit still holds per replica, and a Redis outage neither takes the hub down (fail closed) nor
 * lifts every limit (fail open).
 */
export class CallerRateLimit {
  private constructor(
    private readonly config: RateLimitConfig,
    private readonly limiter: RateLimiterAbstract | undefined,
    private readonly redis: Redis | undefined,
  ) {}

  /** Connects to Redis first when configured (at most its connect timeout), so counts are shared from the start. */
  static async create(config: RateLimitConfig, logger: Logger): Promise<CallerRateLimit> {
    if (config.requests === 0) return new CallerRateLimit(config, undefined, undefined);
    const counting = { points: config.requests, duration: config.windowSeconds, keyPrefix: config.keyPrefix };
    if (!config.redisUrl) return new CallerRateLimit(config, new RateLimiterMemory(counting), undefined);
    // No offline queue: while Redis is away a request is counted in memory at once instead of waiting for it.
    const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    let healthy = true;
    redis.on('error', (error: Error) => {
      if (healthy) logger.warn({ err: error }, 'Redis unavailable: rate limits are counted per gateway replica until it is back');
      healthy = false;
    });
    redis.on('ready', () => {
      if (!healthy) logger.info('Redis is back: rate limits are shared again');
      healthy = true;
    });
    await new Promise<void>((resolve) => {
      redis.once('ready', resolve);
      redis.once('error', () => resolve());
      setTimeout(resolve, 3000).unref();
    });
    const limiter = new RateLimiterRedis({
      ...counting,
      storeClient: redis,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(counting),
    });
    return new CallerRateLimit(config, limiter, redis);
  }

  /** Counts one request of `subject`; RATE_LIMITED (HTTP 429, Retry-After) when the window's allowance is spent. */
  async consume(subject: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(subject);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(refusal, this.config);
      throw refusal;
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
