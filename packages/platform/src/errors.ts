import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';

/**
 * The error codes clients can rely on. A code is part of the API: it never changes meaning.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  Forbidden: 'FORBIDDEN',
  /** A write to a closed case: nothing is written; a coordinator may reopen the case (`reopenCase`). */
  CaseClosed: 'CASE_CLOSED',
  /** A case status whose entry condition is not met: `extensions.missingFact` names the fact that is missing. */
  CaseFactMissing: 'CASE_FACT_MISSING',
  Unauthenticated: 'UNAUTHENTICATED',
  /** The request as a whole is malformed: invalid JSON, no query, batching, a subscription. */
  BadRequest: 'BAD_REQUEST',
  /** The body is larger than the hub accepts (HTTP 413). */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** The document holds several operations and none is named, or the named one is not there. */
  OperationResolutionFailure: 'OPERATION_RESOLUTION_FAILURE',
  /** An automatic persisted query whose `sha256Hash` is not the hash of the query sent with it. */
  PersistedQueryHashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** The operation exceeds one of the gateway's limits: `extensions.limit`, `maximum`, `measured`. */
  OperationTooComplex: 'OPERATION_TOO_COMPLEX',
  /** Too many requests from one caller (HTTP 429 with Retry-After). */
  RateLimited: 'RATE_LIMITED',
  /** A dependency (a subgraph, a database) did not answer: `extensions.retryable` says whether to retry. */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Bad input: `field` is the argument path at fault, such as `filter.receptionExitAfter`; `details` are facts a client
 * can act on (`{ minimumEuros: 600 }`), never the code or the field.
 */
export function badUserInput(message: string, field: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code: ErrorCode.BadUserInput, field } });
}

export function notFound(entity: string, id: string, field: string): GraphQLError {
  return notFoundBy(entity, 'id', id, field);
}

/** NOT_FOUND for a lookup by another key, e.g. `notFoundBy('programme', 'code', 'PRIMA', 'code')`. */
export function notFoundBy(entity: string, key: string, value: string, field: string): GraphQLError {
  return new GraphQLError(`No ${entity} has ${key} "${value}"`, { extensions: { code: ErrorCode.NotFound, field } });
}

/** Codes whose message was written for the client and may be shown as is. */
const CLIENT_SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.Internal),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/**
 * Extensions that describe how the hub is built, never what the client did: the gateway adds `serviceName` to a
 * subgraph's errors, and `response` (the subgraph's URL and body) to a subgraph's non-2xx answer.
 */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'serviceName', 'response'];

/** graphql-js's words when `parse(..., { maxTokens })` stops (16.x spells it "more that"): the token limit. */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/;

/** Apollo Server raises these without a code, so they would read as server faults; they are the client's. */
const UNCODED_CLIENT_ERRORS: [RegExp, ErrorCode][] = [
  [/^provided sha does not match query$/, ErrorCode.PersistedQueryHashMismatch],
  [/^Unsupported persisted query version$/, ErrorCode.BadRequest],
];

/** graphql-js's suggestions: ` Did you mean "a", "b", or "c"?`, ` Did you mean the enum value "X"?`. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/** An operation over one of the gateway's limits: which limit, its maximum and what the operation measured. */
export function operationTooComplex(limit: string, maximum: number, measured: number, message?: string): GraphQLError {
  return new GraphQLError(message ?? `The operation exceeds the ${limit} limit: ${measured}, at most ${maximum}`, {
    extensions: { code: ErrorCode.OperationTooComplex, limit, maximum, measured, http: { status: 400 } },
  });
}

/** A dependency did not answer; `retryable`: the same request may succeed shortly. */
export function serviceUnavailable(message: string, details: { service?: string; retryable?: boolean } = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.ServiceUnavailable, ...details, retryable: details.retryable ?? true },
  });
}

/** Node's and pg's codes for a connection that could not be made or was lost, and PostgreSQL's own. */
const CONNECTION_FAILURES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (starting up), too_many_connections, class 08.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007',
]);
const CONNECTION_FAILURE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|the database system is (starting up|shutting down|in recovery mode)/;

/**
 * True when `error` (or what it wraps: TypeORM's `driverError`, a `cause`, an AggregateError's errors) says the
 * database could not be reached or dropped the connection, as opposed to refusing a statement.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
    originalError?: unknown;
    thrownValue?: unknown;
  };
  if (typeof candidate.code === 'string' && CONNECTION_FAILURES.has(candidate.code)) return true;
  if (typeof candidate.message === 'string' && CONNECTION_FAILURE_MESSAGES.test(candidate.message)) return true;
  // graphql-js wraps what is not an Error of its realm (a socket error under Jest's VM) as NonErrorThrown.
  const inner = [
    candidate.driverError,
    candidate.cause,
    candidate.originalError,
    candidate.thrownValue,
    ...(Array.isArray(candidate.errors) ? (candidate.errors as unknown[]) : []),
  ];
  return inner.some((wrapped) => wrapped !== error && isDatabaseUnavailable(wrapped, depth + 1));
}

// PostgreSQL: lock_not_available (lock_timeout passed), query_canceled (statement_timeout passed).
const BUSY = new Set(['55P03', '57014']);

/**
 * True when the database cancelled a statement for waiting too long on a lock or running too long (the bounded
 * waits of `DATABASE_LOCK_TIMEOUT_MS` and `DATABASE_STATEMENT_TIMEOUT_MS`): the same request may succeed shortly.
 */
export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const candidate = error as { code?: unknown; driverError?: unknown; cause?: unknown; originalError?: unknown };
  if (typeof candidate.code === 'string' && BUSY.has(candidate.code)) return true;
  return [candidate.driverError, candidate.cause, candidate.originalError].some(
    (wrapped) => wrapped !== error && isDatabaseBusy(wrapped, depth + 1),
  );
}

export interface ErrorFormatterOptions {
  /** The service whose errors these are, named in SERVICE_UNAVAILABLE. */
  service?: string;
  /** Production: no "Did you mean ...?" in any message, so the schema cannot be rebuilt without introspection. */
  hideSuggestions?: boolean;
}

/** The token limit's refusal when `message` is graphql-js's parse error for it; undefined for any other message. */
export function tokenLimitRefusal(message: string): GraphQLFormattedError | undefined {
  const tokens = TOO_MANY_TOKENS.exec(message);
  if (!tokens) return undefined;
  const maximum = Number(tokens[1]);
  return {
    message: `The operation exceeds the tokens limit: more than ${maximum}`,
    extensions: { code: ErrorCode.OperationTooComplex, limit: 'tokens', maximum, measured: maximum + 1 },
  };
}

/** Gives a code to the client mistakes that graphql-js and Apollo Server report without one (or with a vague one). */
function withClientCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Apollo files what a validation rule reports under GRAPHQL_VALIDATION_FAILED; the gateway's limits keep theirs.
  const raised =
    error instanceof GraphQLError && error.originalError instanceof GraphQLError ? error.originalError.extensions.code : undefined;
  if (raised === ErrorCode.OperationTooComplex) return { ...formatted, extensions: { ...formatted.extensions, code: raised } };
  // Apollo's refusal names the server, tells how to turn introspection on, and adds an extension of its own.
  if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
    const { validationErrorCode: _apollo, ...extensions } = formatted.extensions;
    return { ...formatted, message: 'Introspection is disabled', extensions };
  }
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitRefusal(formatted.message) : undefined;
  if (tokens) return tokens;
  for (const [message, code] of UNCODED_CLIENT_ERRORS) {
    if (message.test(formatted.message)) return { ...formatted, extensions: { ...formatted.extensions, code } };
  }
  return formatted;
}

/**
 * Masks every error the code did not raise on purpose: a client sees a generic message and an id it can
 * quote to an administrator, never a stack trace, SQL text or an internal address; the log keeps the detail.
 * A database that cannot be reached is not a bug but an outage: SERVICE_UNAVAILABLE, retryable.
 */
export function createErrorFormatter(logger: Logger, options: ErrorFormatterOptions = {}) {
  const shown = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
    options.hideSuggestions ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') } : formatted;
  return (received: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const formatted = withClientCode(received, error);
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => !INTERNAL_EXTENSIONS.includes(key)),
      );
      return shown({ ...formatted, extensions });
    }
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const path = formatted.path ? { path: formatted.path } : {};
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: original, ...path }, 'database unavailable');
      return {
        message: `The ${options.service ?? 'service'} database is unavailable; retry shortly`,
        ...path,
        extensions: { code: ErrorCode.ServiceUnavailable, ...(options.service ? { service: options.service } : {}), retryable: true },
      };
    }
    if (isDatabaseBusy(original)) {
      logger.warn({ err: original, ...path }, 'database busy: a lock wait or a statement exceeded its timeout');
      return {
        message: `The ${options.service ?? 'service'} database is busy (a wait exceeded its limit); retry shortly`,
        ...path,
        extensions: { code: ErrorCode.ServiceUnavailable, ...(options.service ? { service: options.service } : {}), retryable: true },
      };
    }
    const errorId = crypto.randomUUID();
    logger.error({ err: original, errorId, ...path }, 'unexpected error while resolving a request');
    return {
      message: `Internal server error (error id ${errorId})`,
      ...path,
      extensions: { code: ErrorCode.Internal, errorId },
    };
  };
}

/**
 * A valid caller without the right: the message says what is missing, never what exists. `details` are extra
 * extensions a client can act on (`{ reason: 'CONSENT_REQUIRED', field: 'input.beneficiaryId' }`).
 */
export function forbidden(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden, ...details } });
}

/** A write to a closed case (`extensions.code` CASE_CLOSED): nothing was written. */
export function caseClosed(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CaseClosed, ...(field ? { field } : {}) } });
}

/** A case status refused because a fact it needs is missing: `missingFact` is a stable name for that fact. */
export function caseFactMissing(message: string, missingFact: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CaseFactMissing, missingFact, field } });
}

/**
 * The request meets a state it was not made for (a stale version, a duplicate); nothing was written. `details`
 * say what the client needs to resend (`{ currentRevision: 7 }`, `{ existingBeneficiaryId }`).
 */
export function conflict(message: string, field?: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}), ...details } });
}
