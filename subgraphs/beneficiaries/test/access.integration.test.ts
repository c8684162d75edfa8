import { AuditTrail, GATEWAY_SECRET_HEADER } from '@shubh/platform';
import { graphqlRequest, startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { SensitiveProfileEntity } from '../src/sensitive-profile/sensitive-profile.entity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const ONE = `query($id: ID!) { beneficiary(id: $id) { id givenName } }`;
const LIST = `query($corner: ID!) { beneficiaries(filter: { integraCornerId: $corner }, first: 100) { edges { node { id } } } }`;
const ids = (body: any): string[] => body.data.beneficiaries.edges.map((edge: any) => edge.node.id);
const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;

/** A corner with its assigned tutor, an unassigned tutor, a coordinator, and one person assigned to the tutor. */
async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
  return {
    cornerId,
    person,
    assignedTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
    self: await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id }),
  };
}

describe('who sees which beneficiaries', () => {
  it('gives a tutor their corner and nobody else', async () => {
    const mine = await corner();
    const theirs = await corner();
    const list = await subgraph.request(LIST, { corner: mine.cornerId }, mine.otherTutor);
    expect(ids(list.body)).toEqual([mine.person.id]);
    const elsewhere = await subgraph.request(LIST, { corner: theirs.cornerId }, mine.otherTutor);
    expect(ids(elsewhere.body)).toEqual([]);
    const one = await subgraph.request(ONE, { id: theirs.person.id }, mine.otherTutor);
    expect(codeOf(one.body)).toBe('FORBIDDEN');
    expect(one.body.data).toBeNull();
  });

  it('gives a beneficiary their own record only', async () => {
    const a = await corner();
    const own = await subgraph.request(ONE, { id: a.person.id }, a.self);
    expect(own.body.data.beneficiary).toEqual({ id: a.person.id, givenName: a.person.givenName });
    const neighbour = await createBeneficiary(subgraph.dataSource, { integraCornerId: a.cornerId });
    expect(codeOf((await subgraph.request(ONE, { id: neighbour.id }, a.self)).body)).toBe('FORBIDDEN');
    expect(ids((await subgraph.request(LIST, { corner: a.cornerId }, a.self)).body)).toEqual([a.person.id]);
  });

  it.each([['monitoring'], ['employer']] as const)('refuses all personal data to %s', async (role) => {
    const a = await corner();
    const token = await identity.tokenFor({ roles: [role], organisationId: crypto.randomUUID() });
    expect(codeOf((await subgraph.request(LIST, { corner: a.cornerId }, token)).body)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.request(ONE, { id: a.person.id }, token)).body)).toBe('FORBIDDEN');
  });

  it('gives monitoring aggregate counts, withholding groups smaller than five', async () => {
    const cornerId = crypto.randomUUID();
    for (let i = 0; i < 6; i += 1) await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, caseStatus: 'IN_PROGRESS' });
    await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, caseStatus: 'CLOSED' });
    const token = await identity.tokenFor({ roles: ['monitoring'] });
    const { body } = await subgraph.request(
      `query($corner: ID) { caseloadIndicators(integraCornerId: $corner) { integraCorner { id } caseStatus count suppressed } }`,
      { corner: cornerId },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.caseloadIndicators).toEqual([
      { integraCorner: { id: cornerId }, caseStatus: 'CLOSED', count: null, suppressed: true },
      { integraCorner: { id: cornerId }, caseStatus: 'IN_PROGRESS', count: 6, suppressed: false },
    ]);
  });
});

describe('consents', () => {
  const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id purpose inForce organisation { id } } }`;
  const WITHDRAW = `mutation($id: ID!) { withdrawConsent(id: $id) { id inForce withdrawnAt } }`;

  it('lets the person and their assigned tutor manage consents, not another tutor of the corner', async () => {
    const a = await corner();
    const organisationId = crypto.randomUUID();
    await people.inCatalogue({ organisations: [organisationId] });
    const input = { beneficiaryId: a.person.id, purpose: 'SHARE_WITH_ORGANISATION', organisationId };

    const refused = await subgraph.request(GRANT, { input }, a.otherTutor);
    expect(codeOf(refused.body)).toBe('FORBIDDEN');

    const granted = await subgraph.request(GRANT, { input }, a.self);
    expect(granted.body.errors).toBeUndefined();
    expect(granted.body.data.grantConsent).toEqual({
      id: expect.any(String),
      purpose: 'SHARE_WITH_ORGANISATION',
      inForce: true,
      organisation: { id: organisationId },
    });

    const twice = await subgraph.request(GRANT, { input }, a.assignedTutor);
    expect(twice.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.purpose' });

    const withdrawn = await subgraph.request(WITHDRAW, { id: granted.body.data.grantConsent.id }, a.assignedTutor);
    expect(withdrawn.body.data.withdrawConsent).toEqual({
      id: granted.body.data.grantConsent.id,
      inForce: false,
      withdrawnAt: expect.any(String),
    });
    const again = await subgraph.request(WITHDRAW, { id: granted.body.data.grantConsent.id }, a.self);
    expect(codeOf(again.body)).toBe('CONFLICT');
  });

  it('asks for the organisation exactly when the purpose is sharing', async () => {
    const a = await corner();
    const missing = await subgraph.request(GRANT, { input: { beneficiaryId: a.person.id, purpose: 'SHARE_WITH_ORGANISATION' } }, a.self);
    expect(missing.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
    const extra = await subgraph.request(
      GRANT,
      { input: { beneficiaryId: a.person.id, purpose: 'LABOUR_MATCHING', organisationId: crypto.randomUUID() } },
      a.self,
    );
    expect(extra.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
  });

  it('records each change in the audit trail in the same transaction', async () => {
    const a = await corner();
    const granted = await subgraph.request(GRANT, { input: { beneficiaryId: a.person.id, purpose: 'HOUSING_SUPPORT' } }, a.coordinator);
    expect(granted.body.errors).toBeUndefined();
    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(a.person.id, { first: 50 });
    expect(entries.find((entry) => entry.operation === 'grantConsent')).toEqual(
      expect.objectContaining({
        fields: ['consents'],
        actorRoles: ['corner-coordinator'],
        details: expect.objectContaining({ purpose: 'HOUSING_SUPPORT' }),
      }),
    );
  });
});

describe('special-category data', () => {
  const READ = `query($id: ID!, $reason: String!) { beneficiary(id: $id) { sensitiveProfile(reason: $reason) { vulnerabilities healthNotes } } }`;

  it('is for the assigned tutor and the coordinator, with a reason that the audit trail keeps', async () => {
    const a = await corner();
    await subgraph.dataSource.getRepository(SensitiveProfileEntity).save({
      beneficiaryId: a.person.id,
      vulnerabilities: ['VICTIM_OF_TORTURE_OR_VIOLENCE'],
      healthNotes: 'Follow-up with the ASL psychologist',
      legalStatusDocuments: [],
      updatedAt: new Date(),
      updatedBy: 'test',
    });
    const reason = 'Preparing the PAI health goal';
    const tutor = await subgraph.request(READ, { id: a.person.id, reason }, a.assignedTutor);
    expect(tutor.body.data.beneficiary.sensitiveProfile).toEqual({
      vulnerabilities: ['VICTIM_OF_TORTURE_OR_VIOLENCE'],
      healthNotes: 'Follow-up with the ASL psychologist',
    });
    expect((await subgraph.request(READ, { id: a.person.id, reason }, a.coordinator)).body.errors).toBeUndefined();

    const other = await subgraph.request(READ, { id: a.person.id, reason }, a.otherTutor);
    expect(codeOf(other.body)).toBe('FORBIDDEN');
    expect(other.body.data.beneficiary.sensitiveProfile).toBeNull();
    expect(codeOf((await subgraph.request(READ, { id: a.person.id, reason }, a.self)).body)).toBe('FORBIDDEN');

    const short = await subgraph.request(READ, { id: a.person.id, reason: 'because' }, a.assignedTutor);
    expect(short.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });

    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(a.person.id, { first: 50 });
    expect(entries.filter((entry) => entry.reason === reason)).toHaveLength(2);
  });

  it('is changed by the same people, and the change is audited with its reason', async () => {
    const a = await corner();
    const WRITE = `mutation($id: ID!, $input: SensitiveProfileInput!, $reason: String!) {
      recordSensitiveProfile(beneficiaryId: $id, input: $input, reason: $reason) { vulnerabilities legalStatusDocuments { kind reference expiresOn } } }`;
    const input = {
      vulnerabilities: ['SINGLE_PARENT_WITH_MINORS'],
      legalStatusDocuments: [{ kind: 'RESIDENCE_PERMIT', reference: 'TO1234567', expiresOn: '2027-03-31' }],
    };
    const refused = await subgraph.request(WRITE, { id: a.person.id, input, reason: 'Updating permit details' }, a.otherTutor);
    expect(codeOf(refused.body)).toBe('FORBIDDEN');
    const written = await subgraph.request(WRITE, { id: a.person.id, input, reason: 'Updating permit details' }, a.assignedTutor);
    expect(written.body.data.recordSensitiveProfile).toEqual({
      vulnerabilities: ['SINGLE_PARENT_WITH_MINORS'],
      legalStatusDocuments: [{ kind: 'RESIDENCE_PERMIT', reference: 'TO1234567', expiresOn: '2027-03-31' }],
    });
  });
});

describe('the audit trail', () => {
  it('records every read of personal data with the fields read, and shows the person who looked', async () => {
    const a = await corner();
    await subgraph.request(`query($id: ID!) { beneficiary(id: $id) { givenName birthDate } }`, { id: a.person.id }, a.otherTutor);
    const { body } = await subgraph.request(
      `{ myRecordAccesses(first: 10) { edges { node { operation fields actor { roles } subgraph } } } }`,
      {},
      a.self,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.myRecordAccesses.edges.map((edge: any) => edge.node)).toContainEqual({
      operation: 'READ',
      fields: ['birthDate', 'givenName'],
      actor: { roles: ['tutor'] },
      subgraph: 'beneficiaries',
    });
  });

  it("lets administrators read a person's trail and check the chain; nobody else", async () => {
    const a = await corner();
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const trail = await subgraph.request(
      `query($id: ID!) { beneficiary(id: $id) { auditTrail(first: 5) { edges { node { operation } } } } }`,
      { id: a.person.id },
      admin,
    );
    expect(trail.body.errors).toBeUndefined();
    const integrity = await subgraph.request(`{ auditTrailIntegrity { valid firstBrokenEntryId } }`, {}, admin);
    expect(integrity.body.data.auditTrailIntegrity).toEqual({ valid: true, firstBrokenEntryId: null });
    expect(codeOf((await subgraph.request(`{ auditTrailIntegrity { valid } }`, {}, a.coordinator)).body)).toBe('FORBIDDEN');
  });
});

describe('a subgraph called around the gateway', () => {
  it('refuses a request without the gateway secret, even with a valid token', async () => {
    const a = await corner();
    const direct = await graphqlRequest(
      subgraph.service.graphqlUrl,
      ONE,
      { id: a.person.id },
      { authorization: `Bearer ${a.coordinator}` },
    );
    expect(direct.status).toBe(401);
    expect(codeOf(direct.body)).toBe('UNAUTHENTICATED');
    const wrong = await graphqlRequest(
      subgraph.service.graphqlUrl,
      ONE,
      { id: a.person.id },
      {
        authorization: `Bearer ${a.coordinator}`,
        [GATEWAY_SECRET_HEADER]: 'x'.repeat(64),
      },
    );
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain(a.person.givenName);
  });
});
