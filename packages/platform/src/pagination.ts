import { badUserInput } from './errors.js';
import { isIsoDate } from './scalars.js';
import { isId } from './validation.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** What each sort-key value of a cursor must be: checked on decoding, so services can trust `after`. */
export type CursorKey = 'text' | 'date' | 'id';

export interface PageRequest<K extends readonly CursorKey[] = readonly CursorKey[]> {
  first: number;
  /** Sort-key values of the last item already seen, decoded from `after` and checked against the keys. */
  after: { [I in keyof K]: string } | null;
}

export type CursorValues = readonly string[];

const CURSOR_CHECKS: Record<CursorKey, (value: string) => boolean> = {
  // A cursor is decoded past the gateway's NUL check, and PostgreSQL refuses NUL in text.
  text: (value) => !value.includes('\u0000'),
  date: isIsoDate,
  id: isId,
};

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors are opaque to clients: base64url of the sort-key values of an item (keyset pagination). */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<K extends readonly CursorKey[]>(cursor: string, keys: K, field: string): { [I in keyof K]: string } {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keys.length &&
      values.every((value, index) => typeof value === 'string' && CURSOR_CHECKS[keys[index]!](value))
    ) {
      return values as { [I in keyof K]: string };
    }
  } catch {
    // fall through to the error a client can act on
  }
  throw badUserInput(`${field} is not a cursor from this list; use pageInfo.endCursor of the previous page`, field);
}

/** Reads `first` and `after`; `keys` describe the list's sort key, whose values a cursor carries. */
export function readPageRequest<const K extends readonly CursorKey[]>(
  args: { first?: number | null; after?: string | null },
  keys: K,
): PageRequest<K> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return { first, after: args.after ? decodeCursor(args.after, keys, 'after') : null };
}

/**
 * Builds a page from rows fetched with `LIMIT first + 1`: the extra row only says that another page exists.
 */
export function toConnection<T>(rows: T[], page: { first: number }, cursorValues: (row: T) => CursorValues): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorValues(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
