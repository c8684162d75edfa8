import { JSONObjectResolver } from 'graphql-scalars';
import { GraphQLScalarType, Kind } from 'graphql';
import { readFileSync } from 'node:fs';
import { EARLIEST_DATE, LATEST_DATE, isPlausibleDate } from './input/date.js';

/** SDL of the scalars and types every subgraph shares; each subgraph adds it to its schema. */
export const commonTypeDefs = readFileSync(new URL('./graphql/common.graphql', import.meta.url), 'utf8');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day in `YYYY-MM-DD` form (rejects 2025-02-30, 2025-13-01, 25-1-1). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// A plain error, not a GraphQLError: graphql-js then adds where the value stands (`Variable "$f" got invalid
// value ... at "f.receptionExitFrom"`, or the literal's location) and the client learns the field at fault.
function invalidInput(message: string): TypeError {
  return new TypeError(message);
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw invalidInput(`Date must be a real calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** A day a client sends: a real calendar day, and within the hub's range (no year 500, no 9999-12-31). */
function parseInputDate(value: unknown): string {
  const date = parseDate(value);
  if (!isPlausibleDate(date)) throw invalidInput(`Date must be from ${EARLIEST_DATE} to ${LATEST_DATE}, got ${JSON.stringify(value)}`);
  return date;
}

/** Dates travel as `YYYY-MM-DD` strings end to end: PostgreSQL `date` columns come back as such strings. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseInputDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidInput('Date must be a string written YYYY-MM-DD');
    return parseInputDate(ast.value);
  },
});

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && ISO_DATE_TIME.test(value) && isIsoDate(value.slice(0, 10))) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalidInput(`DateTime must be ISO 8601 with a time zone, like 2026-03-01T09:30:00Z; got ${JSON.stringify(value)}`);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with a time zone offset',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalidInput('DateTime must be a string');
    return parseDateTime(ast.value);
  },
});

/** `JSONObject`: graphql-scalars' (an object, never a list or a bare value). */
export const commonResolvers = { Date: DateScalar, DateTime: DateTimeScalar, JSONObject: JSONObjectResolver };
