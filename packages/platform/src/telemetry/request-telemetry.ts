import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { SpanStatusCode, type Span } from '@opentelemetry/api';
import type { GraphQLFormattedError } from 'graphql';
import type { Caller } from '../auth/caller.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ServiceMetrics } from './metrics.js';
import { traceIdOf } from './tracing.js';

interface ErrorSummary {
  code: string;
  /** The id the client sees in an INTERNAL_SERVER_ERROR's message and `extensions.errorId`. */
  errorId?: string;
}

/**
 * What the hub tells operators about one request, gathered while it runs: its ids, who called (subject and roles,
 * never a name or a token), the operation, the errors' codes. Finished once, when the response is sent: one log
 * line at info, the request metrics, the end of the request's span.
 */
export class RequestTelemetry {
  readonly #startedAt = process.hrtime.bigint();
  #finished = false;
  operationName: string | undefined;
  operationType: string | undefined;
  caller: Caller | undefined;
  readonly errors: ErrorSummary[] = [];

  constructor(
    readonly requestId: string,
    readonly clientRequestId: string | undefined,
    readonly span: Span,
    private readonly logger: Logger,
    private readonly metrics: ServiceMetrics | undefined,
  ) {}

  /** Errors as the client receives them (after formatting: codes and error ids are the client's). */
  addErrors(errors: readonly (GraphQLFormattedError | { extensions?: Record<string, unknown> })[] | undefined): void {
    for (const error of errors ?? []) {
      const code = typeof error.extensions?.code === 'string' ? error.extensions.code : ErrorCode.Internal;
      const errorId = typeof error.extensions?.errorId === 'string' ? error.extensions.errorId : undefined;
      this.errors.push({ code, ...(errorId ? { errorId } : {}) });
    }
  }

  setOperation(name: string | null | undefined, type?: string): void {
    if (name) {
      this.operationName = name;
      this.span.setAttribute('graphql.operation.name', name);
    }
    if (type) {
      this.operationType = type;
      this.span.setAttribute('graphql.operation.type', type);
    }
  }

  finish(status: number): void {
    if (this.#finished) return;
    this.#finished = true;
    const seconds = Number(process.hrtime.bigint() - this.#startedAt) / 1e9;
    const traceId = traceIdOf(this.span);
    if (this.metrics) {
      const operation = this.metrics.operationLabel(this.operationName);
      this.metrics.requestDuration.observe({ operation, status: String(status) }, seconds);
      for (const { code } of this.errors) {
        this.metrics.errors.inc({ operation, code });
        if (code === ErrorCode.RateLimited) this.metrics.rateLimitRefusals.inc();
      }
    }
    this.span.setAttribute('http.response.status_code', status);
    if (this.errors.length > 0) this.span.setAttribute('graphql.error.codes', [...new Set(this.errors.map(({ code }) => code))]);
    if (status >= 500) this.span.setStatus({ code: SpanStatusCode.ERROR });
    this.span.end();
    this.logger.info(
      {
        requestId: this.requestId,
        ...(this.clientRequestId ? { clientRequestId: this.clientRequestId } : {}),
        ...(traceId ? { traceId } : {}),
        ...(this.caller
          ? {
              subject: this.caller.userId,
              roles: [...this.caller.roles],
              ...(this.caller.clientId ? { clientId: this.caller.clientId } : {}),
            }
          : {}),
        operation: this.operationName ?? null,
        ...(this.operationType ? { operationType: this.operationType } : {}),
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(this.errors.length > 0 ? { errors: this.errors } : {}),
      },
      'request',
    );
  }
}

/**
 * The request's telemetry rides on its GraphQL context under a symbol: Apollo Server hands plugins a copy of the
 * object the context factory made (own enumerable properties, symbols included), so a WeakMap would miss it.
 */
const TELEMETRY = Symbol('shubh.requestTelemetry');

export function attachTelemetry(contextValue: object, telemetry: RequestTelemetry): void {
  (contextValue as { [TELEMETRY]?: RequestTelemetry })[TELEMETRY] = telemetry;
}

function telemetryOf(contextValue: object): RequestTelemetry | undefined {
  return (contextValue as { [TELEMETRY]?: RequestTelemetry })[TELEMETRY];
}

/** Feeds the request's telemetry from Apollo's life cycle: the operation once resolved, the errors as sent. */
export function requestTelemetryPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const telemetry = telemetryOf(contextValue);
      if (!telemetry) return;
      telemetry.setOperation(request.operationName);
      const caller = (contextValue as { caller?: unknown }).caller;
      if (caller && typeof caller === 'object' && 'userId' in caller) telemetry.caller = caller as Caller;
      return {
        async didResolveOperation({ operationName, operation }) {
          telemetry.setOperation(operationName, operation?.operation);
        },
        async willSendResponse({ response }) {
          if (response.body.kind === 'single') telemetry.addErrors(response.body.singleResult.errors);
        },
      };
    },
  };
}
