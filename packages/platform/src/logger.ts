import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/**
 * Properties of an error that carry the values a statement was run with, never its shape: TypeORM's
 * `QueryFailedError.parameters` (names, birth dates, codice fiscale...), PostgreSQL's `detail` (`Key
 * (codice_fiscale)=(RSSMRA...) already exists`, `Failing row contains (...)`) and `where` (COPY lines).
 */
const VALUE_CARRYING_KEYS = new Set(['parameters', 'detail', 'where', 'variables']);

/** PostgreSQL quotes the rejected value after a colon: `invalid input syntax for type date: "..."`. */
const QUOTED_VALUE = /: "(?:[^"\\]|\\.)*"/g;

/** A PostgreSQL error (pg's DatabaseError has a severity) or TypeORM's wrapper of one. */
function fromPostgres(error: unknown): boolean {
  return !!error && typeof error === 'object' && ('severity' in error || 'driverError' in error);
}

function scrub(value: unknown, depth: number, quotedValues: boolean): unknown {
  if (typeof value === 'string') return quotedValues ? value.replace(QUOTED_VALUE, ': "[redacted]"') : value;
  if (!value || typeof value !== 'object' || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, quotedValues));
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, item]) =>
      VALUE_CARRYING_KEYS.has(key) && item !== undefined
        ? [key, '[redacted]']
        : [key, key === 'query' ? item : scrub(item, depth + 1, quotedValues || fromPostgres(item))],
    ),
  );
}

/**
 * Errors as pino's standard serializer writes them (type, message, stack, causes), without the values of the
 * failed statement: the statement text stays, so the log still says what failed, never for whom.
 */
export function serializeError(error: unknown): unknown {
  return scrub(pino.stdSerializers.err(error as Error), 0, fromPostgres(error));
}

let defaultDestination: DestinationStream | undefined;

/** Where loggers made from now on write when given no destination (tests read a whole hub's lines); undefined: stdout. */
export function setDefaultLogDestination(destination: DestinationStream | undefined): void {
  defaultDestination = destination;
}

/** Structured JSON logs on stdout (or `destination`, for tests), one logger per service, named after it. */
export function createLogger(service: string, level: LogLevel = 'info', destination = defaultDestination): Logger {
  return pino(
    {
      name: service,
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: serializeError },
      // Personal data must never reach logs through a stray request dump.
      redact: { paths: ['req.headers.authorization', 'variables', '*.variables'], censor: '[redacted]' },
    },
    destination,
  );
}
