import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  /** Sort-key values of the last item already seen, decoded from `after`. */
  after: CursorValues | null;
}

export type CursorValues = readonly (string | number)[];

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Cursors are opaque to clients: base64url of the sort-key values of an item (keyset pagination). */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, field: string): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((value) => typeof value === 'string' || typeof value === 'number')
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through to the error a client can act on
  }
  throw badUserInput(`${field} is not a cursor from this list; use pageInfo.endCursor of the previous page`, field);
}

export function readPageRequest(
  args: { first?: number | null; after?: string | null },
  cursorLength: number,
): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be from 1 to ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return { first, after: args.after ? decodeCursor(args.after, cursorLength, 'after') : null };
}

/**
 * Builds a page from rows fetched with `LIMIT first + 1`: the extra row only says that another page exists.
 */
export function toConnection<T>(rows: T[], page: PageRequest, cursorValues: (row: T) => CursorValues): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(cursorValues(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
