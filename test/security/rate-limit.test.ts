import type { RunningService } from '@shubh/platform';
import { Redis } from 'ioredis';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Per-caller rate limits at the gateway (issue 9, "What to build"): by token subject, shared by every replica
 * through Redis when REDIS_URL is set (the machine's Redis, keys under a prefix of this run's own), in each
 * replica's memory otherwise, and per replica again when Redis is configured but down.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const limit = (extra: { redisUrl?: string } = {}) => ({
  rateLimit: { requests: 3, windowSeconds: 60, keyPrefix: `shubh-test:${crypto.randomUUID()}`, ...extra },
});

async function ask(gateway: RunningService, token: string) {
  const response = await fetch(gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
}

function expectRateLimited(answer: Awaited<ReturnType<typeof ask>>) {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(answer.body.data).toBeUndefined();
  expect(answer.body.errors).toEqual([
    {
      message: expect.stringMatching(/^Too many requests/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Number(answer.retryAfter) },
    },
  ]);
}

describe('per-caller rate limits', () => {
  it('with Redis: two gateway replicas share one allowance per caller; other callers keep theirs', async () => {
    const shared = limit({ redisUrl: REDIS_URL });
    const [first, second] = [await hub.gateway(shared), await hub.gateway(shared)];
    const token = await hub.identity.tokenFor({ roles: ['tutor'] });
    expect((await ask(first, token)).status).toBe(200);
    expect((await ask(second, token)).status).toBe(200);
    expect((await ask(first, token)).status).toBe(200);
    expectRateLimited(await ask(second, token));
    expectRateLimited(await ask(first, token));
    const someoneElse = await hub.identity.tokenFor({ roles: ['tutor'] });
    expect((await ask(second, someoneElse)).status).toBe(200);
    // The count is Redis's, under this run's prefix (not each replica's fallback memory).
    const redis = new Redis(REDIS_URL);
    try {
      expect((await redis.keys(`${shared.rateLimit.keyPrefix}*`)).length).toBe(2);
    } finally {
      redis.disconnect();
    }
  });

  it('without Redis: each replica counts in its own memory', async () => {
    const [first, second] = [await hub.gateway(limit()), await hub.gateway(limit())];
    const token = await hub.identity.tokenFor({ roles: ['tutor'] });
    for (let i = 0; i < 3; i += 1) expect((await ask(first, token)).status).toBe(200);
    expectRateLimited(await ask(first, token));
    expect((await ask(second, token)).status).toBe(200);
  });

  it('with Redis configured but down: still serves, and still limits per replica (neither open nor closed)', async () => {
    const gateway = await hub.gateway(limit({ redisUrl: 'redis://127.0.0.1:9' }));
    const token = await hub.identity.tokenFor({ roles: ['tutor'] });
    for (let i = 0; i < 3; i += 1) expect((await ask(gateway, token)).status).toBe(200);
    expectRateLimited(await ask(gateway, token));
  });
});
