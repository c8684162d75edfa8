import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, readPageRequest, toConnection } from './pagination.js';

function errorOf(action: () => unknown): GraphQLError {
  try {
    action();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('pagination', () => {
  it('round-trips sort-key values through an opaque cursor', () => {
    const cursor = encodeCursor(['Diallo', 'Amina', 'c0ffee00-0000-4000-8000-000000000000']);
    expect(cursor).not.toContain('Diallo');
    expect(decodeCursor(cursor, ['text', 'text', 'id'], 'after')).toEqual(['Diallo', 'Amina', 'c0ffee00-0000-4000-8000-000000000000']);
  });

  it.each([
    ['not base64 json'],
    [encodeCursor(['only one'])],
    [Buffer.from('{"a":1}').toString('base64url')],
    [encodeCursor(['Diallo', 'Amina', "1' OR '1'='1"])],
    [Buffer.from('["Diallo","Amina",7]').toString('base64url')],
  ])('answers a cursor that is not from the list (%s) with BAD_USER_INPUT on the argument', (cursor) => {
    const error = errorOf(() => decodeCursor(cursor, ['text', 'text', 'id'], 'after'));
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each([0, -1, 101, 1.5])('refuses a page size of %s', (first) => {
    expect(errorOf(() => readPageRequest({ first }, ['id'])).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('defaults to 20 items', () => {
    expect(readPageRequest({}, ['id'])).toEqual({ first: 20, after: null });
  });

  it('checks dates in a cursor', () => {
    const after = encodeCursor(['2025-02-30', 'c0ffee00-0000-4000-8000-000000000000']);
    expect(errorOf(() => readPageRequest({ after }, ['date', 'id'])).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('uses the extra row only to say that a next page exists', () => {
    const page = readPageRequest({ first: 2 }, ['text']);
    const connection = toConnection([{ n: 'a' }, { n: 'b' }, { n: 'c' }], page, (row) => [row.n]);
    expect(connection.edges.map((edge) => edge.node.n)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) });
    expect(toConnection([], page, () => []).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
