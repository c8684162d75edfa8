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
  Unauthenticated: 'UNAUTHENTICATED',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Bad input: `field` is the argument path at fault, such as `filter.receptionExitAfter`. */
export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, field } });
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
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * Masks every error the code did not raise on purpose: a client sees a generic message and an id it can
 * quote to an administrator, never a stack trace, SQL text or an internal address; the log keeps the detail.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_SAFE_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = crypto.randomUUID();
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    logger.error({ err: original, errorId, path: formatted.path }, 'unexpected error while resolving a request');
    return {
      message: `Internal server error (error id ${errorId})`,
      ...(formatted.path ? { path: formatted.path } : {}),
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

/**
 * The request meets a state it was not made for (a stale version, a duplicate); nothing was written. `details`
 * say what the client needs to resend (`{ currentRevision: 7 }`, `{ existingBeneficiaryId }`).
 */
export function conflict(message: string, field?: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Conflict, ...(field ? { field } : {}), ...details } });
}
