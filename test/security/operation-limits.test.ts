import { sqlStatements } from '@shubh/platform';
import { getIntrospectionQuery } from 'graphql';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/** Issue 9, finding 1: no depth, cost or alias limit. Every refusal comes before any subgraph is called. */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const CASELOAD_PAGE = `beneficiaries(first: 100) {
  edges { node { id givenName familyName caseStatus receptionExitDate
    integraCorner { name hostOrganisation { name } }
    labourProfile { employmentStatus desiredIscoCodes }
    housingSituation { status rentGuaranteeActive } } }
  pageInfo { hasNextPage endCursor } }`;

/** `organisation { jobVacancies { employer { jobVacancies ... } } }`, `levels` fields deep. */
function vacancyNest(levels: number): string {
  let selection = '{ name }';
  for (let level = levels - 1; level >= 1; level -= 1) selection = `{ ${level % 2 === 1 ? 'jobVacancies' : 'employer'} ${selection} }`;
  return `query($id: ID!) { organisation(id: $id) ${selection} }`;
}

/** Sends the operation and expects one refusal of `limit`, with no SQL statement run anywhere in the hub. */
async function expectRefused(query: string, limit: string, variables: Record<string, unknown> = {}) {
  const before = sqlStatements.count;
  const { status, body } = await hub.request(query, variables);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0]!.extensions).toEqual({
    code: 'OPERATION_TOO_COMPLEX',
    limit,
    maximum: expect.any(Number),
    measured: expect.any(Number),
  });
  const { maximum, measured } = body.errors![0]!.extensions as { maximum: number; measured: number };
  expect(measured).toBeGreaterThan(maximum);
  expect(sqlStatements.count).toBe(before);
  return { maximum, measured, message: body.errors![0]!.message };
}

describe('operation limits at the gateway', () => {
  it("lets the README's caseload query and a full 100-person page through", async () => {
    const readme = await hub.request(`query Caseload {
      beneficiaries(filter: { province: "TO", caseStatuses: [ENROLLED, IN_PROGRESS] }, first: 5) {
        edges { node { givenName familyName caseStatus receptionExitDate
          integraCorner { name hostOrganisation { name } }
          labourProfile { employmentStatus desiredIscoCodes }
          housingSituation { status rentGuaranteeActive } } }
        pageInfo { hasNextPage endCursor } } }`);
    expect(readme.body.errors).toBeUndefined();
    const page = await hub.request(`{ ${CASELOAD_PAGE} }`);
    expect(page.body.errors).toBeUndefined();
  });

  it('lets a full introspection query through in development (GraphiQL, client generators): the schema bounds it', async () => {
    const { status, body } = await hub.request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect((body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(100);
  });

  it('refuses the 11-level organisation / jobVacancies / employer nest by its depth', async () => {
    const organisation = await createOrganisation(hub.hub.dataSources.catalogue!, { type: 'EMPLOYER' });
    const query = vacancyNest(11);
    expect(query.length).toBeLessThan(430);
    const { maximum, measured } = await expectRefused(query, 'depth', { id: organisation.id });
    expect({ maximum, measured }).toEqual({ maximum: 10, measured: 12 });
  });

  it('refuses a shallower nest by its cost: each unpaged list multiplies what is below it', async () => {
    const organisation = await createOrganisation(hub.hub.dataSources.catalogue!, { type: 'EMPLOYER' });
    // 9 fields deep (allowed), four vacancy lists: 20^4 vacancies assumed.
    const { measured } = await expectRefused(vacancyNest(9), 'cost', { id: organisation.id });
    expect(measured).toBeGreaterThan(20 ** 4);
  });

  it('multiplies by `first`: six 100-person caseload pages cost more than the limit, one does not', async () => {
    const pages = Array.from({ length: 6 }, (_, index) => `page${index}: ${CASELOAD_PAGE}`).join('\n');
    const { measured, maximum } = await expectRefused(`{ ${pages} }`, 'cost');
    expect(maximum).toBe(10_000);
    expect(measured).toBeGreaterThan(6 * 1500);
    // The same with `first` from a variable.
    const viaVariable = `query($first: Int!) { ${Array.from({ length: 6 }, (_, i) => `p${i}: ${CASELOAD_PAGE.replace('first: 100', 'first: $first')}`).join('\n')} }`;
    await expectRefused(viaVariable, 'cost', { first: 100 });
    const small = await hub.request(viaVariable, { first: 5 });
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses 1000 aliases of a 100-person caseload page (141 KB) at once, by its tokens', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, index) => `a${index}: ${CASELOAD_PAGE}`).join('\n')} }`;
    expect(query.length).toBeGreaterThan(140_000);
    await expectRefused(query, 'tokens');
  });

  it('refuses more aliases than the limit, __typename aliases included (graphql-cop: 101 of them)', async () => {
    const typenames = Array.from({ length: 101 }, (_, index) => `alias${index}: __typename`).join('\n');
    const { measured } = await expectRefused(`query { ${typenames} }`, 'aliases');
    expect(measured).toBe(101);
    const pages = Array.from({ length: 31 }, (_, index) => `p${index}: beneficiaries(first: 1) { edges { cursor } }`).join('\n');
    expect((await expectRefused(`{ ${pages} }`, 'aliases')).maximum).toBe(30);
  });

  it('refuses 1 MiB of repeated directives by its tokens, and ten with one error instead of ten', async () => {
    const flood = `query { __typename ${'@aa'.repeat(349_000)} }`;
    expect(flood.length).toBeGreaterThan(1024 * 1024 - 2000);
    await expectRefused(flood, 'tokens');
    const { measured } = await expectRefused('query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }', 'directives');
    expect(measured).toBe(10);
  });

  it('refuses one field selected 500 times (graphql-cop field duplication)', async () => {
    const { measured } = await expectRefused(`query { ${'__typename \n'.repeat(500)} }`, 'repeatedFields');
    expect(measured).toBe(500);
  });
});
