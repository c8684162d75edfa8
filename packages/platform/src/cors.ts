import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigurationError, readOptionalString } from './config.js';

/**
 * CORS for browser front ends on other origins (the console): only the configured origins, only what a GraphQL
 * client sends. The token is a header, never a cookie, so credentials are not allowed.
 */
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, apollo-require-preflight';

/** Adds the CORS headers for an allowed origin; answers a preflight itself. Returns true when it answered. */
export function handleCors(request: IncomingMessage, response: ServerResponse, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  response.setHeader('vary', 'Origin');
  if (!origin || !allowedOrigins.includes(origin)) return false;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('access-control-expose-headers', 'x-request-id');
  if (request.method !== 'OPTIONS') return false;
  response.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': '600',
  });
  response.end();
  return true;
}

/** A comma-separated list of origins (`scheme://host[:port]`, no path), e.g. `CORS_ALLOWED_ORIGINS`. */
export function readOrigins(env: Record<string, string | undefined>, name: string, fallback: readonly string[]): string[] {
  const raw = readOptionalString(env, name);
  if (raw === undefined) return [...fallback];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let origin: string | undefined;
      try {
        origin = new URL(entry).origin;
      } catch {
        // reported below
      }
      if (origin !== entry) throw new ConfigurationError(`${name} must list origins like https://console.example.org, got "${entry}"`);
      return entry;
    });
}
