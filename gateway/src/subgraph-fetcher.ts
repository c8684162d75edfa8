import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Pool } from 'undici';

export type Fetcher = NonNullable<NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher']>;

/** How many HTTP/1.1 keep-alive connections the gateway opens to one subgraph at most (SUBGRAPH_MAX_CONNECTIONS). */
export const DEFAULT_SUBGRAPH_MAX_CONNECTIONS = 64;

/** A subgraph fetcher and what releases its connections when the gateway stops. */
export interface SubgraphFetcher {
  fetcher: Fetcher;
  close(): Promise<void>;
}

/**
 * The answer in the shape RemoteGraphQLDataSource reads (`ok`, `status`, `statusText`, `url`,
 * `headers.get`, `json`, `text`), without building WHATWG Request/Response/Headers objects per call.
 */
function leanResponse(url: string, status: number, headers: Record<string, string | string[] | undefined>, text: string) {
  const header = (name: string): string | null => {
    const value = headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: STATUS_TEXT[status] ?? '',
    url,
    redirected: false,
    type: 'basic',
    bodyUsed: true,
    headers: { get: header, has: (name: string) => header(name) !== null },
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  };
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * The gateway's calls to one subgraph over a pool of at most `maxConnections` HTTP/1.1 keep-alive connections
 * (undici's Pool: no per-call agent, proxy or cache machinery). Each call is abandoned after `timeoutMs`
 * (a `TimeoutError`, its connection closed); a subgraph that cannot be reached fails as `fetch` does
 * (`TypeError: fetch failed`, the cause kept), so SubgraphDataSource tells both apart from an answer.
 */
export function poolFetcher(url: string, options: { maxConnections: number; timeoutMs: number }): SubgraphFetcher {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: options.maxConnections, pipelining: 1 });
  const path = `${target.pathname}${target.search}`;
  const fetcher = (async (input: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => {
    let answer;
    try {
      answer = await pool.request({
        path,
        method: init?.method ?? 'POST',
        headers: init?.headers ?? {},
        body: init?.body ?? null,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw fetchLike(error);
    }
    let text: string;
    try {
      text = await answer.body.text();
    } catch (error) {
      throw fetchLike(error);
    }
    return leanResponse(input, answer.statusCode, answer.headers, text);
  }) as unknown as Fetcher;
  return { fetcher, close: () => pool.close() };
}

/** An abandoned call stays what aborted it; any other failure is what `fetch` throws for it. */
function fetchLike(error: unknown): unknown {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return error;
  return new TypeError('fetch failed', { cause: error });
}

/** Node's own fetch, as the gateway called subgraphs before the pool: kept for the benchmark's comparison. */
export function globalFetcher(timeoutMs: number): SubgraphFetcher {
  const fetcher = ((input: string, init: RequestInit) =>
    fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
  return { fetcher, close: () => Promise.resolve() };
}
