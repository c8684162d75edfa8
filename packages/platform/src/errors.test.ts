import { GraphQLError } from 'graphql';
import { createLogger } from './logger.js';
import { badUserInput, createErrorFormatter } from './errors.js';

describe('error formatter', () => {
  const format = createErrorFormatter(createLogger('test', 'silent'));

  it('passes errors raised on purpose through, without a stack trace', () => {
    const error = badUserInput('first must be from 1 to 100, got 0', 'first');
    const formatted = format(
      { message: error.message, path: ['beneficiaries'], extensions: { code: 'BAD_USER_INPUT', field: 'first', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'first must be from 1 to 100, got 0',
      path: ['beneficiaries'],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('masks anything else: no SQL text, no stack, an error id to quote', () => {
    const sqlError = new Error('invalid input syntax for type uuid: "x" in SELECT * FROM beneficiaries.beneficiary');
    const formatted = format(
      { message: sqlError.message, path: ['beneficiary'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['...'] } },
      new GraphQLError(sqlError.message, { originalError: sqlError }),
    );
    expect(formatted.message).toMatch(/^Internal server error \(error id [0-9a-f-]{36}\)$/);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: expect.any(String) });
    expect(JSON.stringify(formatted)).not.toContain('SELECT');
  });
});
