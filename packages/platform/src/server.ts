import { ApolloServer, HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLFormattedError, GraphQLSchema, ParseOptions, ValidationRule } from 'graphql';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleCors } from './cors.js';
import { createErrorFormatter, ErrorCode } from './errors.js';
import type { Logger } from './logger.js';
import { startMetricsServer, type MetricsConfig, type ServiceMetrics } from './telemetry/metrics.js';
import { attachTelemetry, RequestTelemetry, requestTelemetryPlugin } from './telemetry/request-telemetry.js';
import { configureTracing, startRequestSpan } from './telemetry/tracing.js';
import { context as otelContext } from '@opentelemetry/api';
import { operationInputsPlugin } from './operation-inputs.js';

/** A named readiness check: resolves true when the dependency answers. */
export type ReadinessCheck = () => Promise<boolean>;

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  /** A subgraph passes its schema; the gateway passes itself. */
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  /**
   * Builds the per-request context: fresh DataLoaders, the request id, later the caller's identity. `requestId`
   * is always made here; `clientRequestId` is the caller's well-formed `x-request-id`, kept beside it.
   */
  context: (request: { requestId: string; clientRequestId?: string; headers: IncomingMessage['headers'] }) => Promise<TContext>;
  readiness: Record<string, ReadinessCheck>;
  /**
   * `all` (a subgraph: nothing works without its database) or `any` (the gateway: it serves partial data while
   * one subgraph answers, so a probe must not take the whole graph offline for one subgraph).
   */
  readyWhen?: 'all' | 'any';
  plugins?: ApolloServerPlugin<TContext>[];
  /** Production: no landing page, no introspection, no field suggestions. Default: NODE_ENV is `production`. */
  production?: boolean;
  /** Parser limits (the gateway's `maxTokens`). */
  parseOptions?: ParseOptions;
  validationRules?: ValidationRule[];
  /**
   * Looks at the query text before Apollo Server does anything with it, and refuses it with this error (HTTP 400):
   * the gateway's cheap limits, which must run before graphql-js's own validation (quadratic on repeated fields).
   */
  screen?: (query: string) => GraphQLFormattedError | undefined;
  /** Browser origins allowed to call /graphql (CORS); none by default. */
  corsOrigins?: readonly string[];
  /** The service's metrics (request metrics are added here); served on `metricsServer`'s port when it is set. */
  metrics?: ServiceMetrics;
  metricsServer?: MetricsConfig;
}

export interface RunningService {
  name: string;
  /** Base URL, e.g. http://127.0.0.1:4001 */
  url: string;
  graphqlUrl: string;
  port: number;
  /** `http://127.0.0.1:9400/metrics` when the service serves its metrics. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A body over the limit is read to its end and thrown away before the 413 is sent, so the client has finished
 * sending when the connection closes and reads the answer instead of a reset; past this much more, it is cut.
 */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;
const READINESS_TIMEOUT_MS = 2000;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** A refusal before GraphQL execution, answered in GraphQL's shape: `{ errors: [{ message, extensions: { code } }] }`. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function tooLarge(): HttpError {
  return new HttpError(413, ErrorCode.PayloadTooLarge, 'The request body is larger than 1 MiB');
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  if (Number(request.headers['content-length']) > MAX_BODY_BYTES + MAX_DISCARDED_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (size > MAX_BODY_BYTES + MAX_DISCARDED_BYTES) reject(tooLarge());
    });
    request.on('end', () => (size > MAX_BODY_BYTES ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const text = (await readBody(request)).toString('utf8');
  if (!text) return undefined;
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, ErrorCode.BadRequest, 'The request body is not valid JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: HttpError): void {
  // After a 413 the connection is not reused: what else the client sent on it is not read.
  const headers: Record<string, string> = error.status === 413 ? { connection: 'close' } : {};
  sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: error.code } }] }, headers);
}

function withTimeout(check: ReadinessCheck): Promise<boolean> {
  return Promise.race([
    check().catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), READINESS_TIMEOUT_MS).unref()),
  ]);
}

/**
 * Starts one HTTP service of the hub: GraphQL at `/graphql`, liveness at `/healthz`, readiness at `/readyz`.
 * `port: 0` takes a free port (tests). Stopping drains in-flight requests before closing.
 */
export async function startService<TContext extends BaseContext>(options: ServiceOptions<TContext>): Promise<RunningService> {
  const { logger, metrics } = options;
  // The first service of a process installs the tracer provider (no export unless OTEL_* says so).
  configureTracing({ serviceName: options.name });
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const httpServer = createServer();
  // Longer than the gateway's idle keep-alive sockets, so the server never closes one the client is about to reuse
  // (Node's 5 s default lost that race: ECONNRESET, then INTERNAL_SERVER_ERROR for whoever asked).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const apollo = new ApolloServer<TContext>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    // Apollo derives introspection and the landing page from it; the hub's own setting wins over the process's.
    nodeEnv: production ? 'production' : process.env.NODE_ENV === 'production' ? 'development' : process.env.NODE_ENV,
    includeStacktraceInErrorResponses: false,
    // The process owns its signals (stopOnSignals): Apollo's own handlers would race it and re-raise SIGINT.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger, { service: options.name, hideSuggestions: production }),
    ...(options.parseOptions ? { parseOptions: options.parseOptions } : {}),
    ...(options.validationRules ? { validationRules: options.validationRules } : {}),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Federated traces would hand resolver timings to whoever asks for them; the hub reports to no Apollo Studio.
      ...(options.gateway ? [] : [ApolloServerPluginInlineTraceDisabled()]),
      // In production the endpoint says nothing about the server behind it: no Sandbox page, no version.
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Client mistakes in the operation (a variable invalid at a field, NUL, no operation to run), for the gateway
      // and for every subgraph alike: each names the field at fault.
      operationInputsPlugin(),
      ...(options.plugins ?? []),
      // Last: it sees the answer as it leaves, after every other plugin changed it.
      requestTelemetryPlugin<TContext>(),
    ],
    logger,
  });
  await apollo.start();

  async function readiness(): Promise<{ status: 'ready' | 'degraded' | 'not ready'; checks: Record<string, 'ok' | 'unreachable'> }> {
    const entries = await Promise.all(
      Object.entries(options.readiness).map(async ([name, check]) => [name, await withTimeout(check)] as const),
    );
    const answering = entries.filter(([, ok]) => ok).length;
    const enough = options.readyWhen === 'any' ? answering > 0 || entries.length === 0 : answering === entries.length;
    return {
      status: answering === entries.length ? 'ready' : enough ? 'degraded' : 'not ready',
      checks: Object.fromEntries(entries.map(([name, ok]) => [name, ok ? 'ok' : 'unreachable'])),
    };
  }

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
    clientRequestId?: string,
    telemetry?: RequestTelemetry,
  ): Promise<void> {
    if (url.pathname === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      return sendJson(response, 200, { status: 'ok', service: options.name });
    }
    if (url.pathname === '/readyz' && (request.method === 'GET' || request.method === 'HEAD')) {
      const { status, checks } = await readiness();
      return sendJson(response, status === 'not ready' ? 503 : 200, { status, service: options.name, checks });
    }
    if (url.pathname !== '/graphql') {
      throw new HttpError(404, ErrorCode.NotFound, 'Not found: the GraphQL endpoint is /graphql');
    }
    if (options.corsOrigins?.length && handleCors(request, response, options.corsOrigins)) return;

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = await readJsonBody(request);
    const query = body && typeof body === 'object' && 'query' in body ? body.query : url.searchParams.get('query');
    const refusal = typeof query === 'string' ? options.screen?.(query) : undefined;
    if (refusal) {
      telemetry?.addErrors([refusal]);
      return sendJson(response, 400, { errors: [refusal] });
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        try {
          const context = await options.context({ requestId, ...(clientRequestId ? { clientRequestId } : {}), headers: request.headers });
          if (telemetry) attachTelemetry(context, telemetry);
          return context;
        } catch (error) {
          // Refused before execution (no token, rate limited): no plugin sees it, the telemetry does.
          telemetry?.addErrors([error as { extensions?: Record<string, unknown> }]);
          throw error;
        }
      },
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  httpServer.on('request', (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The hub's own id for the request (the audit trail's): a caller's id is kept beside it, never instead.
    const incomingId = request.headers['x-request-id'];
    const clientRequestId = typeof incomingId === 'string' && REQUEST_ID.test(incomingId) ? incomingId : undefined;
    const requestId = crypto.randomUUID();
    response.setHeader('x-request-id', requestId);
    // GraphQL requests are traced, measured and logged; probes are not (they come every few seconds).
    let telemetry: RequestTelemetry | undefined;
    let requestContext = otelContext.active();
    if (url.pathname === '/graphql') {
      const { span, context } = startRequestSpan(options.name, request.method ?? 'GET', url.pathname, request.headers);
      span.setAttribute('shubh.request_id', requestId);
      telemetry = new RequestTelemetry(requestId, clientRequestId, span, logger, metrics);
      requestContext = context;
      const finish = () => telemetry!.finish(response.statusCode);
      response.once('finish', finish);
      response.once('close', finish);
    }
    void otelContext.with(requestContext, () =>
      handle(request, response, url, requestId, clientRequestId, telemetry).catch((error: unknown) => {
        if (response.headersSent) return void response.end();
        if (error instanceof HttpError) {
          telemetry?.addErrors([{ extensions: { code: error.code } }]);
          return sendError(response, error);
        }
        logger.error({ err: error }, 'request failed outside GraphQL execution');
        telemetry?.addErrors([{ extensions: { code: ErrorCode.Internal } }]);
        sendError(response, new HttpError(500, ErrorCode.Internal, 'Internal server error'));
      }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url: `${url}/graphql` }, `${options.name} listening`);
  let metricsServer: Awaited<ReturnType<typeof startMetricsServer>> | undefined;
  try {
    if (metrics && options.metricsServer) metricsServer = await startMetricsServer(metrics, options.metricsServer, logger);
  } catch (error) {
    await apollo.stop();
    httpServer.closeAllConnections();
    throw error;
  }

  return {
    name: options.name,
    url,
    graphqlUrl: `${url}/graphql`,
    port,
    ...(metricsServer ? { metricsUrl: metricsServer.url } : {}),
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await metricsServer?.stop();
    },
  };
}

/**
 * Stops the services on SIGINT/SIGTERM, then exits. Ctrl-C under `npm start` delivers SIGINT twice (from the
 * terminal and relayed by npm), so a repeat within two seconds is the same request; a later one exits at once.
 */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let firstSignalAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      if (Date.now() - firstSignalAt < 2000) return;
      logger.warn({ signal }, 'second signal: exiting without waiting for a clean shutdown');
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
