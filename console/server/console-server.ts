/**
 * Serves the built console (`console/dist`): static files, `/config.json` (where the issuer and the gateway are,
 * decided when the server starts, not when the console was built), the single-page fallback and `/graphiql`.
 * `npm start` runs it beside the hub; a container can run it too (or any static server plus a config.json).
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const CONSOLE_DIST = join(CONSOLE_DIR, 'dist');

/** What `/config.json` tells the console (see `src/config.ts`). */
export interface ConsoleRuntimeConfig {
  oidcIssuer: string;
  oidcClientId: string;
  gatewayUrl: string;
}

export interface ConsoleServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** A function when the values are known only once the server listens (its own URL goes into the realm). */
  config: ConsoleRuntimeConfig | (() => ConsoleRuntimeConfig);
  distDir?: string;
}

export interface RunningConsole {
  /** `http://<host>:<port>`, the console's origin (for the gateway's CORS and the realm's redirect URIs). */
  url: string;
  stop(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

function contentSecurityPolicy(config: ConsoleRuntimeConfig): string {
  const origins = [...new Set([new URL(config.gatewayUrl).origin, new URL(config.oidcIssuer).origin])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The design system and the GraphQL editor set inline styles.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${origins}`,
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

export async function startConsoleServer(options: ConsoleServerOptions): Promise<RunningConsole> {
  const root = resolve(options.distDir ?? CONSOLE_DIST);
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`The console is not built: ${join(root, 'index.html')} is missing (npm run build --workspace=@shubh/console)`);
  });
  const config = () => (typeof options.config === 'function' ? options.config() : options.config);
  const securityHeaders = () => ({
    'content-security-policy': contentSecurityPolicy(config()),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });

  const sendFile = async (response: ServerResponse, path: string, cache: string) => {
    const info = await stat(path);
    response.writeHead(200, {
      ...securityHeaders(),
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': cache,
    });
    createReadStream(path).pipe(response);
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      return response.end();
    }
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname === '/config.json') {
      response.writeHead(200, { ...securityHeaders(), 'content-type': TYPES['.json']!, 'cache-control': 'no-store' });
      return response.end(JSON.stringify(config()));
    }
    if (pathname === '/healthz') {
      response.writeHead(200, { 'content-type': TYPES['.json']! });
      return response.end('{"status":"ok","service":"console"}');
    }
    if (pathname === '/graphiql' || pathname === '/graphiql/') return sendFile(response, join(root, 'graphiql.html'), 'no-cache');
    const candidate = normalize(join(root, pathname));
    if (candidate.startsWith(root + sep) && extname(candidate) !== '') {
      const found = await stat(candidate).catch(() => undefined);
      if (found?.isFile()) {
        // Vite names assets by content hash: they never change under the same name.
        return sendFile(response, candidate, pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      return response.end('Not found');
    }
    // Every other path is a route of the single-page application.
    return sendFile(response, join(root, 'index.html'), 'no-cache');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Internal error');
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' || options.host === '::' || options.host === '127.0.0.1' ? 'localhost' : options.host;
  return {
    url: `http://${host}:${port}`,
    async stop() {
      await new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
    },
  };
}

/** The newest modification among the console's sources: a build older than that is stale. */
async function newestSource(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.map((entry) => newestSource(join(path, entry))));
  return Math.max(info.mtimeMs, ...times);
}

/**
 * Builds the console when `dist/` is missing or older than its sources, so that `npm install && npm start` needs
 * no extra step. Returns the seconds the build took, or undefined when the build was fresh.
 */
export async function ensureConsoleBuilt(): Promise<number | undefined> {
  const sources = ['src', 'index.html', 'graphiql.html', 'vite.config.ts', 'package.json'].map((entry) => join(CONSOLE_DIR, entry));
  const built = await stat(join(CONSOLE_DIST, 'index.html')).then(
    (info) => info.mtimeMs,
    () => 0,
  );
  const newest = Math.max(...(await Promise.all(sources.map(newestSource))));
  if (built > newest) return undefined;
  const started = Date.now();
  // A process of its own: Vite's bundler does not load inside a test runner's module sandbox.
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: CONSOLE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', reject);
    child.on('close', resolvePromise);
  });
  if (code !== 0) throw new Error(`The console's build failed:\n${Buffer.concat(output).toString()}`);
  return (Date.now() - started) / 1000;
}
