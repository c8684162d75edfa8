import { AUDIT_APPEND_STATEMENTS, sqlStatements } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import { readFileSync } from 'node:fs';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { startGateway, type GatewayConfig } from '../src/gateway.js';

/** The hub as it runs: four subgraphs over real HTTP on free ports, the gateway on the committed supergraph. */
let hub: RunningHub;
let identity: TestIdentity;
let adminToken: string;
/** As an administrator: these tests are about the federation, not about who may see what. */
const gateway = (query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${adminToken}` });

beforeAll(async () => {
  ({ hub, identity } = await startTestHub());
  adminToken = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(() => stopTestHub(hub, identity));

/** A gateway of its own on this hub's subgraphs (their secrets are the hub's). */
function gatewayConfig(overrides: Partial<GatewayConfig>): GatewayConfig {
  return hub.gatewayConfig({ port: 0, ...overrides });
}

const CASELOAD = `query Caseload($cornerId: ID!, $first: Int!) {
  beneficiaries(filter: { integraCornerId: $cornerId }, first: $first) {
    edges {
      node {
        id
        givenName
        caseStatus
        integraCorner { name province hostOrganisation { name type } }
        labourProfile { employmentStatus desiredIscoCodes }
        housingSituation { status rentGuaranteeActive }
      }
    }
  }
}`;

/** A corner with `size` people, each with a labour profile and a housing situation. */
async function seedCorner(size: number) {
  const host = await createOrganisation(hub.dataSources.catalogue!, { type: 'PATRONATO', name: `Patronato ${size}` });
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { hostOrganisationId: host.id, province: 'BA' });
  for (let i = 0; i < size; i += 1) {
    const person = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id, province: 'BA' });
    await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id, employmentStatus: 'IN_TRAINEESHIP' });
    await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: person.id, status: 'COHOUSING' });
  }
  return { host, corner };
}

describe('the gateway over the four subgraphs', () => {
  it('joins a beneficiary with catalogue, labour and housing fields in one query', async () => {
    const { host, corner } = await seedCorner(2);
    const { status, body } = await gateway(CASELOAD, { cornerId: corner.id, first: 10 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.beneficiaries.edges).toHaveLength(2);
    for (const { node } of body.data.beneficiaries.edges) {
      expect(node.integraCorner).toEqual({ name: corner.name, province: 'BA', hostOrganisation: { name: host.name, type: 'PATRONATO' } });
      expect(node.labourProfile).toEqual({ employmentStatus: 'IN_TRAINEESHIP', desiredIscoCodes: ['9412', '9112'] });
      expect(node.housingSituation).toEqual({ status: 'COHOUSING', rentGuaranteeActive: false });
    }
  });

  it('costs the same SQL statements for 10 beneficiaries as for 100 (no N+1 in any subgraph)', async () => {
    const small = await seedCorner(10);
    const large = await seedCorner(100);
    const statementsFor = async (cornerId: string, first: number) => {
      const before = sqlStatements.count;
      const { body } = await gateway(CASELOAD, { cornerId, first });
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      expect(body.data.beneficiaries.edges.every(({ node }: { node: { housingSituation: unknown } }) => node.housingSituation)).toBe(true);
      return sqlStatements.count - before;
    };
    const forTen = await statementsFor(small.corner.id, 10);
    const forHundred = await statementsFor(large.corner.id, 100);
    expect(forHundred).toBe(forTen);
    // Reads: one page of beneficiaries, one batch of corners, one of their hosts, one of profiles and one of housing
    // situations (each with the people's access facts from the beneficiaries subgraph's contract, in the same
    // statement). Then each of the three subgraphs that served personal data appends its reads to the audit trail.
    expect(forTen).toBe(5 + 3 * AUDIT_APPEND_STATEMENTS);
  });

  it('passes a subgraph error through with its code and field, and nothing internal', async () => {
    const unknown = await gateway(`{ beneficiary(id: "00000000-0000-4000-8000-000000000000") { givenName } }`);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({
        message: 'No beneficiary has id "00000000-0000-4000-8000-000000000000"',
        path: ['beneficiary'],
        extensions: expect.objectContaining({ code: 'NOT_FOUND', field: 'id' }),
      }),
    ]);
    expect(JSON.stringify(unknown.body)).not.toMatch(/stacktrace|SELECT|\.ts:\d+/);

    const vacancy = await gateway(`{ jobVacancies(filter: { iscoCode: "93a3" }) { edges { cursor } } }`);
    expect(vacancy.body.errors![0]!.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'filter.iscoCode' }));
  });

  it('passes a well-formed date variable through to the subgraph that filters on it', async () => {
    const { corner } = await seedCorner(1);
    const query = `query($filter: BeneficiaryFilter) { beneficiaries(filter: $filter) { edges { node { receptionExitDate } } } }`;
    const inside = await gateway(query, { filter: { integraCornerId: corner.id, receptionExitFrom: '2025-10-01' } });
    expect(inside.body.errors).toBeUndefined();
    expect(inside.body.data.beneficiaries.edges).toEqual([{ node: { receptionExitDate: '2025-10-01' } }]);
    const after = await gateway(query, { filter: { integraCornerId: corner.id, receptionExitFrom: '2025-10-02' } });
    expect(after.body.data.beneficiaries.edges).toEqual([]);
  });

  it('refuses a malformed date and an out-of-range enum before any subgraph is called', async () => {
    const before = sqlStatements.count;
    const date = await gateway(`query($filter: BeneficiaryFilter) { beneficiaries(filter: $filter) { edges { cursor } } }`, {
      filter: { receptionExitFrom: '2025-02-30' },
    });
    expect(date.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(date.body.errors![0]!.message).toContain('filter.receptionExitFrom');

    const status = await gateway(`{ beneficiaries(filter: { caseStatuses: [ON_HOLD] }) { edges { cursor } } }`);
    expect(status.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(status.body.errors![0]!.message).toContain('CaseStatus');
    expect(sqlStatements.count).toBe(before);
  });

  it('answers /healthz and /readyz with every subgraph checked', async () => {
    const health = await fetch(`${hub.gateway.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${hub.gateway.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      checks: { beneficiaries: 'ok', catalogue: 'ok', labour: 'ok', housing: 'ok' },
    });
    for (const subgraph of hub.subgraphs) {
      const response = await fetch(`${subgraph.service.url}/readyz`);
      expect(await response.json()).toEqual({ status: 'ready', service: subgraph.name, checks: { database: 'ok' } });
    }
  });
});

describe('gateway start-up', () => {
  it('serves only the committed supergraph: no file, no gateway (never composition by introspection)', async () => {
    await expect(startGateway(gatewayConfig({ supergraphPath: '/nonexistent/supergraph.graphql' }))).rejects.toThrow(/ENOENT/);
    const source = readFileSync(new URL('../src/gateway.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/IntrospectAndCompose|serviceList/);
  });

  it('stays ready but degraded, naming the subgraph, when one subgraph is down (it still serves the others)', async () => {
    const lonely = await startGateway(
      gatewayConfig({
        subgraphUrls: {
          beneficiaries: hub.subgraphs[0]!.service.graphqlUrl,
          catalogue: 'http://127.0.0.1:9/graphql',
          labour: hub.subgraphs[2]!.service.graphqlUrl,
          housing: hub.subgraphs[3]!.service.graphqlUrl,
        },
      }),
    );
    try {
      const ready = await fetch(`${lonely.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({
        status: 'degraded',
        service: 'gateway',
        checks: { beneficiaries: 'ok', catalogue: 'unreachable', labour: 'ok', housing: 'ok' },
      });
      const { body } = await graphqlRequest(
        lonely.graphqlUrl,
        '{ integraCorners { name } }',
        {},
        { authorization: `Bearer ${adminToken}` },
      );
      expect(body.errors![0]!.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', service: 'catalogue', retryable: true });
      expect(JSON.stringify(body)).not.toContain('127.0.0.1:9');
    } finally {
      await lonely.stop();
    }
  });
});
