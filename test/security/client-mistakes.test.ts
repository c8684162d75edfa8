import { sqlStatements } from '@shubh/platform';
import { request as httpRequest } from 'node:http';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/** Issue 9, findings 4 and 11 (and the 413 of 9): what a careless client sends is a 4xx with a code, never a 500. */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(hub.hub.gateway.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}`, ...headers },
    body,
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

function expectCode(body: any, code: string, field?: string) {
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions.code).toBe(code);
  if (field !== undefined) expect(body.errors[0].extensions.field).toBe(field);
}

const FIRST_PAGE = 'query($after: String) { beneficiaries(first: 2, after: $after) { edges { cursor } } }';

describe('NUL characters never reach PostgreSQL', () => {
  it('refuses a raw NUL in the query text: between tokens a parse error, inside a string the argument at fault', async () => {
    const between = await hub.request('{ services \u0000 { edges { cursor } } }');
    expect(between.status).toBe(400);
    expectCode(between.body, 'GRAPHQL_PARSE_FAILED');
    const inside = await hub.request('{ services(filter: { text: "ital\u0000iano" }) { edges { cursor } } }');
    expect(inside.status).toBe(400);
    expectCode(inside.body, 'BAD_USER_INPUT', 'filter.text');
  });

  it('refuses an escaped NUL in a literal, with the argument path, before any SQL', async () => {
    const before = sqlStatements.count;
    const { status, body } = await hub.request('{ services(filter: { text: "ital\\u0000iano" }) { edges { cursor } } }');
    expect(status).toBe(400);
    expectCode(body, 'BAD_USER_INPUT', 'filter.text');
    expect(sqlStatements.count).toBe(before);
  });

  it('refuses a NUL in any string variable, with the variable path', async () => {
    const mutation = `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { id } }`;
    const { status, body } = await hub.request(mutation, {
      input: {
        source: 'OUTREACH',
        integraCornerId: '00000000-0000-4000-8000-000000000000',
        givenName: 'Amina\u0000',
        familyName: 'Diallo',
        birthDate: '1990-01-01',
        citizenship: 'ML',
        protectionStatus: 'REFUGEE',
        receptionType: 'SAI',
        receptionExitDate: '2025-10-01',
        province: 'TO',
      },
    });
    expect(status).toBe(400);
    expectCode(body, 'BAD_USER_INPUT', 'input.givenName');
    const search = await hub.request('query($f: ServiceFilter) { services(filter: $f) { edges { cursor } } }', { f: { text: 'a\u0000' } });
    expectCode(search.body, 'BAD_USER_INPUT', 'f.text');
  });

  it('refuses a cursor whose sort key holds a NUL as a malformed cursor', async () => {
    const raw = await hub.request(FIRST_PAGE, { after: 'abc\u0000' });
    expectCode(raw.body, 'BAD_USER_INPUT', 'after');
    const forged = Buffer.from(JSON.stringify(['Diallo\u0000', 'Amina', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    const { body } = await hub.request(FIRST_PAGE, { after: forged });
    expectCode(body, 'BAD_USER_INPUT', 'after');
  });
});

describe('operations the gateway cannot pick', () => {
  const TWO = 'query A { __typename } query B { __typename }';

  it('answers two operations without operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const { status, body } = await post(JSON.stringify({ query: TWO }));
    expect(status).toBe(400);
    expectCode(body, 'OPERATION_RESOLUTION_FAILURE');
  });

  it('answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const { status, body } = await post(JSON.stringify({ query: TWO, operationName: 'C' }));
    expect(status).toBe(400);
    expectCode(body, 'OPERATION_RESOLUTION_FAILURE');
    expect((await post(JSON.stringify({ query: TWO, operationName: 'B' }))).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a subscription with 400 BAD_REQUEST', async () => {
    const { status, body } = await hub.request('subscription { beneficiaries { edges { cursor } } }');
    expect(status).toBe(400);
    expectCode(body, 'BAD_REQUEST');
  });

  it('answers a persisted-query hash that is not the query hash with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const { status, body } = await post(
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    );
    expect(status).toBe(400);
    expectCode(body, 'PERSISTED_QUERY_HASH_MISMATCH');
  });
});

describe('variables of the wrong type carry the variable path in extensions.field', () => {
  const FILTERED = 'query($filter: BeneficiaryFilter) { beneficiaries(filter: $filter) { edges { cursor } } }';

  it.each([
    ['a malformed date', { filter: { receptionExitFrom: '2025-02-30' } }, 'filter.receptionExitFrom'],
    ['a date that is no date at all', { filter: { receptionExitTo: 'yesterday' } }, 'filter.receptionExitTo'],
    ['an enum value out of range', { filter: { caseStatuses: ['ENROLLED', 'ON_HOLD'] } }, 'filter.caseStatuses.1'],
    ['an input field that does not exist', { filter: { bogus: 1 } }, 'filter.bogus'],
  ])('%s', async (_case, variables, field) => {
    const before = sqlStatements.count;
    const { status, body } = await hub.request(FILTERED, variables);
    expect(status).toBe(400);
    expectCode(body, 'BAD_USER_INPUT', field);
    expect(sqlStatements.count).toBe(before);
  });

  it('null for a non-null variable, and a missing one', async () => {
    const query = 'query($id: ID!) { beneficiary(id: $id) { id } }';
    expectCode((await hub.request(query, { id: null })).body, 'BAD_USER_INPUT', 'id');
    expectCode((await hub.request(query, {})).body, 'BAD_USER_INPUT', 'id');
  });
});

describe('malformed HTTP requests answer in GraphQL shape', () => {
  it('invalid JSON: 400 BAD_REQUEST', async () => {
    const { status, body } = await post('{"query": "{ __typename }"');
    expect(status).toBe(400);
    expectCode(body, 'BAD_REQUEST');
  });

  it('a body over 1 MiB: 413 PAYLOAD_TOO_LARGE, then the connection closes cleanly (no reset mid-stream)', async () => {
    const url = new URL(hub.hub.gateway.graphqlUrl);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const outcome = await new Promise<{ status?: number; connection?: string; body: string; error?: Error; socketError?: boolean }>(
      (resolve) => {
        const request = httpRequest({
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${hub.adminToken}` },
        });
        let socketError = false;
        request.on('socket', (socket) => socket.on('error', () => (socketError = true)));
        request.on('error', (error) => resolve({ body: '', error, socketError }));
        request.on('response', (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (text: string) => (body += text));
          response.on('end', () =>
            request.socket?.once('close', () =>
              resolve({ status: response.statusCode, connection: response.headers.connection, body, socketError }),
            ),
          );
        });
        // 2 MiB in 64 KiB writes, as a client streaming a large upload does.
        let written = 0;
        const writeMore = () => {
          while (written < 32) {
            written += 1;
            if (!request.write(chunk)) return void request.once('drain', writeMore);
          }
          request.end();
        };
        writeMore();
      },
    );
    expect(outcome.error).toBeUndefined();
    expect(outcome.socketError).toBe(false);
    expect(outcome.status).toBe(413);
    expect(outcome.connection).toBe('close');
    expect(JSON.parse(outcome.body)).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('refuses batches of operations (an array body)', async () => {
    const { status, body } = await post(JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ __typename }' }))));
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expectCode(body, 'BAD_REQUEST');
  });

  it('never runs a mutation from a GET or a form post (CSRF), and blocks simple GET queries', async () => {
    const authorization = `Bearer ${hub.adminToken}`;
    const getMutation = await fetch(`${hub.hub.gateway.graphqlUrl}?query=${encodeURIComponent('mutation { __typename }')}`, {
      headers: { authorization, 'apollo-require-preflight': 'true' },
    });
    expect(getMutation.status).toBe(405);
    const simpleGet = await fetch(`${hub.hub.gateway.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { authorization },
    });
    expect(simpleGet.status).toBe(400);
    expect(((await simpleGet.json()) as any).data).toBeUndefined();
    const form = await fetch(hub.hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('mutation { __typename }')}`,
    });
    expect(form.status).toBe(400);
    expect(((await form.json()) as any).data).toBeUndefined();
  });
});

describe('subgraph errors at the gateway', () => {
  it('say nothing of which subgraph raised them', async () => {
    const { body } = await hub.request('{ beneficiary(id: "00000000-0000-4000-8000-000000000000") { givenName } }');
    expectCode(body, 'NOT_FOUND', 'id');
    expect(body.errors![0]!.extensions).not.toHaveProperty('serviceName');
  });
});
