import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AlwaysOffSampler, BatchSpanProcessor, NodeTracerProvider, type SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { IncomingHttpHeaders } from 'node:http';
import pg from 'pg';

/** The tracer of the hub's own spans (requests, SQL); Apollo's gateway adds its own (`gateway.fetch`, ...). */
export const tracer = trace.getTracer('@shubh/platform');

type Env = Record<string, string | undefined>;

export interface TracingOptions {
  /** `service.name` of the spans, unless OTEL_SERVICE_NAME says otherwise. */
  serviceName: string;
  env?: Env;
  /** Span processors of one's own (tests: an in-memory exporter); they replace the OTLP exporter and sample every trace. */
  spanProcessors?: SpanProcessor[];
}

export interface Tracing {
  /** True when spans leave the process (OTLP, or the processors given). */
  exporting: boolean;
  shutdown(): Promise<void>;
}

let configured: (Tracing & { provider: NodeTracerProvider }) | undefined;

/**
 * Export is on when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or OTEL_TRACES_EXPORTER is `otlp`, and neither OTEL_SDK_DISABLED=true nor
 * OTEL_TRACES_EXPORTER=none says no. Off by default: a laptop sends nothing anywhere.
 */
export function tracesExportEnabled(env: Env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((name) => name.trim().toLowerCase());
  if (exporters.includes('none')) return false;
  return exporters.includes('otlp') || !!env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || !!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
}

/**
 * Installs the process's tracer provider, once (later calls return the first): W3C trace context in and out of
 * every service, SQL statements as spans. Without export, nothing is recorded, but every request still gets a
 * trace id, passed on to the subgraphs, so that the logs of one request share it across services.
 * The OTLP exporter reads the standard OTEL_EXPORTER_OTLP_* variables; the sampler OTEL_TRACES_SAMPLER(_ARG).
 */
export function configureTracing(options: TracingOptions): Tracing {
  if (configured) return configured;
  const env = options.env ?? process.env;
  const processors = options.spanProcessors ?? (tracesExportEnabled(env) ? [new BatchSpanProcessor(new OTLPTraceExporter())] : []);
  const exporting = processors.length > 0;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME?.trim() || options.serviceName }),
    spanProcessors: processors,
    // Not exporting: ids for the logs, no recording. Exporting: the sampler of OTEL_TRACES_SAMPLER (parent-based, on).
    ...(exporting ? {} : { sampler: new AlwaysOffSampler() }),
  });
  provider.register();
  instrumentPg();
  configured = {
    provider,
    exporting,
    async shutdown() {
      await provider.shutdown();
    },
  };
  return configured;
}

/** The span of a request arriving at a service, child of the caller's `traceparent` when there is one. */
export function startRequestSpan(
  service: string,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
): { span: Span; context: Context } {
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer.startSpan(
    `${method} ${path}`,
    { kind: SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path, 'shubh.service': service } },
    parent,
  );
  return { span, context: trace.setSpan(parent, span) };
}

/** Writes the active trace context into outgoing headers (`traceparent`): for the gateway's subgraph calls. */
export function injectTraceContext(headers: { set(name: string, value: string): unknown }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => void carrier.set(key, value) });
}

/** The trace id of a span, when it has a valid one. */
export function traceIdOf(span: Span | undefined): string | undefined {
  const spanContext = span?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

let pgInstrumented = false;

type QueryCallback = (error: Error | null, result?: unknown) => void;

/**
 * Every statement sent through pg's Client inside a traced request (TypeORM's, the audit's) is a child span with
 * its text: the statement as written, with `$1` placeholders, never the values bound to them. Outside a request
 * (the audit sealer polling) nothing is traced.
 */
function instrumentPg(): void {
  if (pgInstrumented) return;
  pgInstrumented = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function tracedQuery(this: pg.Client, ...args: unknown[]): unknown {
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | undefined)?.text;
    const parent = trace.getSpan(context.active());
    // Streams and cursors (`submit`) and statements outside a request go through untouched.
    if (typeof text !== 'string' || !parent?.isRecording() || typeof (config as { submit?: unknown })?.submit === 'function') {
      return original.apply(this, args);
    }
    const operation = /^\s*([A-Za-z]+)/.exec(text)?.[1]?.toUpperCase() ?? 'SQL';
    const span = tracer.startSpan(operation, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system.name': 'postgresql', 'db.namespace': this.database ?? '', 'db.query.text': text },
    });
    const end = (error: unknown) => {
      if (error) {
        // The SQLSTATE only: PostgreSQL's message and detail can quote the values.
        const code = (error as { code?: unknown }).code;
        span.setStatus({ code: SpanStatusCode.ERROR, ...(typeof code === 'string' ? { message: `SQLSTATE ${code}` } : {}) });
        if (typeof code === 'string') span.setAttribute('db.response.status_code', code);
      }
      span.end();
    };
    const callbackIndex = args.findIndex((arg) => typeof arg === 'function');
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex] as QueryCallback;
      args[callbackIndex] = (error: Error | null, result?: unknown) => {
        end(error);
        callback(error, result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown>;
    return result.then(
      (value) => {
        end(undefined);
        return value;
      },
      (error: unknown) => {
        end(error);
        throw error;
      },
    );
  };
}
