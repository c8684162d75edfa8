import { createHash, timingSafeEqual } from 'node:crypto';

/** The header by which the gateway proves to a subgraph that a request came through it. */
export const GATEWAY_SECRET_HEADER = 'x-shubh-gateway-secret';

/** At least 32 characters: the secret is the only thing between a subgraph and a caller who skips the gateway. */
export const MIN_GATEWAY_SECRET_LENGTH = 32;

/** Constant-time comparison (digests first, so that lengths do not leak either). */
export function gatewaySecretMatches(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
