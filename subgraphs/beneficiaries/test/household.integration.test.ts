import { addDays, AuditTrail, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const ADD = `mutation($id: ID!, $input: AddHouseholdMemberInput!) { addHouseholdMember(beneficiaryId: $id, input: $input) { id relation givenName birthDate isMinor schoolEnrolled } }`;
const REMOVE = `mutation($id: ID!) { removeHouseholdMember(id: $id) { id household { givenName } } }`;
const HOUSEHOLD = `query($id: ID!) { beneficiary(id: $id) { household { relation givenName isMinor schoolEnrolled } } }`;
const errorOf = (body: any) => body.errors?.[0];
const today = todayInItaly();

async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
  return {
    person,
    assignedTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
  };
}

describe('household members', () => {
  it('adds children and a spouse, oldest first, telling minors apart', async () => {
    const c = await corner();
    const child = await subgraph.request(
      ADD,
      { id: c.person.id, input: { relation: 'CHILD', givenName: ' Awa ', birthDate: addDays(today, -8 * 365), schoolEnrolled: false } },
      c.assignedTutor,
    );
    expect(child.body.data.addHouseholdMember).toMatchObject({ relation: 'CHILD', givenName: 'Awa', isMinor: true, schoolEnrolled: false });
    await subgraph.request(
      ADD,
      { id: c.person.id, input: { relation: 'SPOUSE', givenName: 'Idris', birthDate: '1990-04-01' } },
      c.coordinator,
    );
    const { body } = await subgraph.request(HOUSEHOLD, { id: c.person.id }, c.otherTutor);
    expect(body.data.beneficiary.household).toEqual([
      { relation: 'SPOUSE', givenName: 'Idris', isMinor: false, schoolEnrolled: null },
      { relation: 'CHILD', givenName: 'Awa', isMinor: true, schoolEnrolled: false },
    ]);
    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(c.person.id, { first: 10 });
    expect(entries.filter((entry) => entry.operation === 'addHouseholdMember')).toHaveLength(2);
  });

  it('removes a member, answering the household as it is now', async () => {
    const c = await corner();
    const added = await subgraph.request(
      ADD,
      { id: c.person.id, input: { relation: 'OTHER', givenName: 'Yusuf', birthDate: '2001-01-01' } },
      c.coordinator,
    );
    const { body } = await subgraph.request(REMOVE, { id: added.body.data.addHouseholdMember.id }, c.assignedTutor);
    expect(body.data.removeHouseholdMember).toEqual({ id: c.person.id, household: [] });
    const again = await subgraph.request(REMOVE, { id: added.body.data.addHouseholdMember.id }, c.assignedTutor);
    expect(errorOf(again.body).extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });

  it('is changed by the assigned tutor, the coordinator and administrators only', async () => {
    const c = await corner();
    const input = { relation: 'CHILD', givenName: 'Leyla', birthDate: '2019-05-05' };
    expect(errorOf((await subgraph.request(ADD, { id: c.person.id, input }, c.otherTutor)).body).extensions.code).toBe('FORBIDDEN');
    const added = await subgraph.request(ADD, { id: c.person.id, input }, c.coordinator);
    expect(
      errorOf((await subgraph.request(REMOVE, { id: added.body.data.addHouseholdMember.id }, c.otherTutor)).body).extensions.code,
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['a birth date in the future', { birthDate: addDays(todayInItaly(), 30) }, 'input.birthDate'],
    ['an empty name', { givenName: ' ' }, 'input.givenName'],
  ])('refuses %s', async (_case, overrides, field) => {
    const c = await corner();
    const { body } = await subgraph.request(
      ADD,
      { id: c.person.id, input: { relation: 'CHILD', givenName: 'Noor', birthDate: '2018-01-01', ...overrides } },
      c.coordinator,
    );
    expect(errorOf(body).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});
