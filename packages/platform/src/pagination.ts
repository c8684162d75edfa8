import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from './errors.js';
import { isIsoDate } from './scalars.js';
import { isId } from './validation.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** What each sort-key value of a cursor must be: checked on decoding, so services can trust `after`. */
export type CursorKey = 'text' | 'date' | 'id' | 'integer' | 'instant';

export interface PageRequest<K extends readonly CursorKey[] = readonly CursorKey[]> {
  first: number;
  /** Sort-key values of the last item already seen, decoded from `after` and checked against the keys. */
  after: { [I in keyof K]: string } | null;
}

export type CursorValues = readonly string[];

/** An instant as PostgreSQL keeps it: microseconds, in UTC (a JavaScript Date would round to milliseconds). */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;

const CURSOR_CHECKS: Record<CursorKey, (value: string) => boolean> = {
  // A cursor is decoded past the gateway's NUL check, and PostgreSQL refuses NUL in text.
  text: (value) => !value.includes('\u0000'),
  date: isIsoDate,
  id: isId,
  integer: (value) => /^-?\d{1,15}$/.test(value),
  instant: (value) => INSTANT.test(value) && isIsoDate(value.slice(0, 10)),
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

/** One column of a list's sort key, for `paginate`. */
export interface SortColumn<T> {
  /** The SQL expression sorted on, e.g. `b.family_name`. */
  column: string;
  direction?: 'ASC' | 'DESC';
  /** What the cursor carries for it (checked when a cursor is decoded). */
  key: CursorKey;
  /** The row's value as the cursor carries it; for `instant`, leave it out: it is read from SQL in microseconds. */
  value?: (row: T) => string;
}

const CURSOR_SQL: Partial<Record<CursorKey, (column: string) => string>> = {
  instant: (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};

/**
 * Keyset pagination, the hub's one way: orders `query` by the sort key (any mix of directions, the last column
 * unique), continues after the cursor's values, reads `first + 1` rows (the extra one only says that another page
 * exists) and builds the connection. One statement per page, whatever its depth.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first?: number | null; after?: string | null },
  sort: readonly SortColumn<T>[],
): Promise<Connection<T>> {
  const page = readPageRequest(
    args,
    sort.map((column) => column.key),
  );
  if (page.after) {
    const parameters: Record<string, unknown> = {};
    sort.forEach(({ key }, index) => {
      const raw = page.after![index]!;
      parameters[`keyset${index}`] = key === 'integer' ? Number(raw) : raw;
    });
    const directions = new Set(sort.map(({ direction = 'ASC' }) => direction));
    if (directions.size === 1) {
      // One direction: a row comparison, which PostgreSQL answers with one range scan of a matching index.
      const operator = directions.has('ASC') ? '>' : '<';
      const columns = sort.map(({ column }) => column).join(', ');
      query.andWhere(`(${columns}) ${operator} (${sort.map((_, index) => `:keyset${index}`).join(', ')})`, parameters);
    } else {
      // Mixed directions: a > x OR (a = x AND (b < y OR (b = y AND c > z))), each column in its own direction.
      let condition = '';
      for (let index = sort.length - 1; index >= 0; index -= 1) {
        const { column, direction = 'ASC' } = sort[index]!;
        const beyond = `${column} ${direction === 'ASC' ? '>' : '<'} :keyset${index}`;
        condition = condition === '' ? beyond : `(${beyond} OR (${column} = :keyset${index} AND ${condition}))`;
      }
      query.andWhere(condition, parameters);
    }
  }
  sort.forEach(({ column, direction = 'ASC' }, index) =>
    index === 0 ? query.orderBy(column, direction) : query.addOrderBy(column, direction),
  );
  query.limit(page.first + 1);
  const computed = sort.map(({ column, key }, index) => (CURSOR_SQL[key] ? { index, sql: CURSOR_SQL[key](column) } : null));
  if (computed.every((entry) => entry === null)) {
    const rows = await query.getMany();
    return toConnection(rows, page, (row) => sort.map((column) => column.value!(row)));
  }
  for (const entry of computed) if (entry) query.addSelect(entry.sql, `keyset_cursor_${entry.index}`);
  const { entities, raw } = await query.getRawAndEntities<Record<string, string>>();
  // Raw rows are matched by the entity's id: a join may repeat or reorder them.
  const byId = new Map(raw.map((row) => [String(row[`${query.alias}_id`]), row]));
  return toConnection(entities, page, (row) =>
    sort.map((column, index) => (computed[index] ? byId.get(String(row.id))![`keyset_cursor_${index}`]! : column.value!(row))),
  );
}
