import { labourSubgraph } from '@shubh/labour';
import { GATEWAY_SECRET_HEADER, startSubgraph, type RunningService, type RunningSubgraph } from '@shubh/platform';
import { graphqlRequest, testDatabaseUrl } from '@shubh/platform/testing';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 3 and the version banner of 9: with production on, nothing helps rebuild the schema without
 * introspection, and the endpoint does not say which server it runs. The development gateway beside it shows
 * that the probes do find what they look for when it is there.
 */
let hub: SecurityHub;
let production: RunningService;
let productionLabour: RunningSubgraph;
const labourSecret = 'production-labour-secret-0123456789abcdef';
beforeAll(async () => {
  hub = await startSecurityHub();
  production = await hub.gateway({ production: true });
  productionLabour = await startSubgraph(labourSubgraph, {
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    production: true,
    databaseUrl: testDatabaseUrl(),
    databasePoolSize: 2,
    identity: hub.identity.config,
    gatewaySecret: labourSecret,
  });
});
afterAll(async () => {
  await productionLabour?.stop();
  await hub?.stop();
});

const TYPO = '{ beneficiaries { edges { node { givenNam } } } }';
const ENUM_TYPO = [
  'query($f: BeneficiaryFilter) { beneficiaries(filter: $f) { edges { cursor } } }',
  { f: { caseStatuses: ['ENROLED'] } },
] as const;

describe('production mode', () => {
  it('gives no field or enum suggestions at the gateway', async () => {
    const development = await hub.request(TYPO);
    expect(development.body.errors![0]!.message).toContain('Did you mean "givenName"?');
    const typo = await hub.request(TYPO, {}, { on: production });
    expect(typo.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors![0]!.message).toBe('Cannot query field "givenNam" on type "Beneficiary".');
    const enumTypo = await hub.request(...ENUM_TYPO, { on: production });
    expect(enumTypo.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'f.caseStatuses.0' });
    expect(JSON.stringify(enumTypo.body)).not.toMatch(/did you mean|ENROLLED/i);
    expect((await hub.request(...ENUM_TYPO)).body.errors![0]!.message).toContain('Did you mean the enum value "ENROLLED"?');
  });

  it('gives no suggestions in a subgraph either', async () => {
    const { body } = await graphqlRequest(
      productionLabour.service.graphqlUrl,
      '{ jobVacancie { edges { cursor } } }',
      {},
      { [GATEWAY_SECRET_HEADER]: labourSecret, authorization: `Bearer ${hub.adminToken}` },
    );
    expect(body.errors![0]!.message).toBe('Cannot query field "jobVacancie" on type "Query".');
  });

  it('keeps introspection off', async () => {
    const { body } = await hub.request('{ __schema { types { name } } }', {}, { on: production });
    expect(body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
    // The refusal names no server and no setting that would turn introspection on (graphql-cop's run saw both).
    expect(body.errors![0]!.message).not.toMatch(/apollo|introspection: true/i);
    expect(body.errors![0]!.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('shows no landing page and no version to a browser without a token', async () => {
    const asBrowser = (url: string) => fetch(url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    const development = await asBrowser(hub.hub.gateway.graphqlUrl);
    expect(await development.text()).toMatch(/apollo/i);

    const response = await asBrowser(production.graphqlUrl);
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/<html|sandbox|graphiql|playground|@apollo\/server|\d+\.\d+\.\d+/i);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    for (const name of ['x-powered-by', 'server']) expect(response.headers.get(name)).toBeNull();
    for (const path of ['/graphiql', '/playground', '/console']) {
      const other = await asBrowser(new URL(path, production.url).toString());
      expect(other.status).toBe(404);
      expect(await other.text()).not.toMatch(/graphiql|playground/i);
    }
  });
});
