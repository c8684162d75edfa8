import { addDays, AUDIT_APPEND_STATEMENTS, AuditTrail, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';
import { intakeInput, randomCodiceFiscale } from './intake-factory.js';

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

const FIELDS = `id status source givenName familyName codiceFiscale referringOrganisation { id } integraCorner { id }
  contactAttempts { channel outcome note recordedBy } convertedBeneficiary { id caseStatus } closingNote`;
const RECORD = `mutation($input: RecordIntakeReferralInput!) { recordIntakeReferral(input: $input) { ${FIELDS} } }`;
const ATTEMPT = `mutation($id: ID!, $input: RecordContactAttemptInput!) { recordContactAttempt(referralId: $id, input: $input) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $input: CloseIntakeReferralInput!) { closeIntakeReferral(referralId: $id, input: $input) { ${FIELDS} } }`;
const CONVERT = `mutation($id: ID!) { convertIntakeReferral(referralId: $id) { ${FIELDS} } }`;
const LIST = `query($filter: IntakeReferralFilter, $first: Int, $after: String) {
  intakeReferrals(filter: $filter, first: $first, after: $after) {
    edges { node { id status referredOn contactAttempts { outcome } convertedBeneficiary { id } referringOrganisation { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const errorOf = (body: any) => body.errors?.[0];

/**
 * A corner of the catalogue with its coordinator, a tutor, and a tutor of another corner; `intake` is a valid referral
 * to it from a reception body of the catalogue.
 */
async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const referringOrganisationId = crypto.randomUUID();
  await people.inCatalogue({ corners: [cornerId], organisations: [referringOrganisationId] });
  return {
    cornerId,
    tutorId,
    intake: (overrides: Record<string, unknown> = {}) => intakeInput(cornerId, { referringOrganisationId, ...overrides }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
    tutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    outsider: await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] }),
  };
}

async function recorded(token: string, input: Record<string, unknown>) {
  const { body } = await subgraph.request(RECORD, { input }, token);
  expect(body.errors).toBeUndefined();
  return body.data.recordIntakeReferral;
}

describe('recording an intake referral', () => {
  it('lets the corner team record a referral, open and audited', async () => {
    const c = await corner();
    const codiceFiscale = randomCodiceFiscale();
    const input = c.intake({ codiceFiscale: codiceFiscale.toLowerCase() });
    const referral = await recorded(c.tutor, input);
    expect(referral).toEqual({
      id: expect.any(String),
      status: 'OPEN',
      source: 'RECEPTION_MANAGING_BODY',
      givenName: 'Mariam',
      familyName: input.familyName,
      codiceFiscale,
      referringOrganisation: { id: input.referringOrganisationId },
      integraCorner: { id: c.cornerId },
      contactAttempts: [],
      convertedBeneficiary: null,
      closingNote: null,
    });
    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(referral.id, { first: 10 });
    expect(entries.map((entry) => entry.operation)).toContain('recordIntakeReferral');
  });

  it('refuses people outside the target corner', async () => {
    const c = await corner();
    expect(errorOf((await subgraph.request(RECORD, { input: c.intake() }, c.outsider)).body).extensions.code).toBe('FORBIDDEN');
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() });
    expect(errorOf((await subgraph.request(RECORD, { input: c.intake() }, partner)).body).extensions.code).toBe('FORBIDDEN');
  });

  it('checks the codice fiscale, telling a wrong format from a wrong check character', async () => {
    const c = await corner();
    const format = await subgraph.request(RECORD, { input: c.intake({ codiceFiscale: 'RSSMRA85T10A56' }) }, c.coordinator);
    expect(errorOf(format.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.codiceFiscale' });
    expect(errorOf(format.body).message).toMatch(/wrong format/);
    const valid = randomCodiceFiscale();
    const wrongCheck = valid.slice(0, 15) + (valid[15] === 'A' ? 'B' : 'A');
    const check = await subgraph.request(RECORD, { input: c.intake({ codiceFiscale: wrongCheck }) }, c.coordinator);
    expect(errorOf(check.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.codiceFiscale' });
    expect(errorOf(check.body).message).toMatch(/wrong check character: the last character should be/);
  });

  it.each([
    ['an unknown province', { province: 'XX' }, 'input.province'],
    ['an empty name', { givenName: '  ' }, 'input.givenName'],
    ['a referral from the future', { referredOn: addDays(todayInItaly(), 30) }, 'input.referredOn'],
    ['a citizenship that is not a country code', { citizenship: 'Nigeria' }, 'input.citizenship'],
    ['an exit before birth', { receptionExitDate: '1990-01-01' }, 'input.receptionExitDate'],
    ['a malformed organisation id', { referringOrganisationId: 'tenda' }, 'input.referringOrganisationId'],
  ])('answers %s with BAD_USER_INPUT on the field', async (_case, overrides, field) => {
    const c = await corner();
    const { body } = await subgraph.request(RECORD, { input: c.intake(overrides) }, c.coordinator);
    expect(errorOf(body).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('reaching the person', () => {
  it('keeps the attempts in order; a DECLINED answer closes the referral, which then takes no more attempts', async () => {
    const c = await corner();
    const referral = await recorded(c.coordinator, c.intake());
    const first = await subgraph.request(
      ATTEMPT,
      { id: referral.id, input: { channel: 'PHONE', outcome: 'NO_ANSWER', at: '2026-01-05T10:00:00Z' } },
      c.tutor,
    );
    expect(first.body.data.recordContactAttempt).toMatchObject({
      status: 'OPEN',
      contactAttempts: [{ channel: 'PHONE', outcome: 'NO_ANSWER', note: null, recordedBy: c.tutorId }],
    });
    const second = await subgraph.request(
      ATTEMPT,
      { id: referral.id, input: { channel: 'THROUGH_RECEPTION_BODY', outcome: 'DECLINED', note: 'Joining family in France' } },
      c.tutor,
    );
    expect(second.body.data.recordContactAttempt).toMatchObject({
      status: 'DECLINED',
      closingNote: 'Joining family in France',
      contactAttempts: [{ outcome: 'NO_ANSWER' }, { outcome: 'DECLINED' }],
    });
    const third = await subgraph.request(ATTEMPT, { id: referral.id, input: { channel: 'PHONE', outcome: 'REACHED' } }, c.tutor);
    expect(errorOf(third.body).extensions).toEqual({ code: 'CONFLICT', field: 'referralId' });
  });

  it('closes a referral as UNREACHABLE only after an attempt', async () => {
    const c = await corner();
    const referral = await recorded(c.coordinator, c.intake());
    const early = await subgraph.request(CLOSE, { id: referral.id, input: { status: 'UNREACHABLE' } }, c.tutor);
    expect(errorOf(early.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.status' });
    await subgraph.request(ATTEMPT, { id: referral.id, input: { channel: 'PHONE', outcome: 'WRONG_CONTACT' } }, c.tutor);
    const closed = await subgraph.request(CLOSE, { id: referral.id, input: { status: 'UNREACHABLE', note: 'No valid number' } }, c.tutor);
    expect(closed.body.data.closeIntakeReferral).toMatchObject({ status: 'UNREACHABLE', closingNote: 'No valid number' });
  });

  it("answers NOT_FOUND for an unknown referral and FORBIDDEN for another corner's", async () => {
    const c = await corner();
    const referral = await recorded(c.coordinator, c.intake());
    const input = { channel: 'PHONE', outcome: 'NO_ANSWER' };
    expect(errorOf((await subgraph.request(ATTEMPT, { id: crypto.randomUUID(), input }, c.tutor)).body).extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'referralId',
    });
    expect(errorOf((await subgraph.request(ATTEMPT, { id: referral.id, input }, c.outsider)).body).extensions.code).toBe('FORBIDDEN');
    expect(
      errorOf((await subgraph.request(ATTEMPT, { id: referral.id, input: { ...input, at: '2999-01-01T00:00:00Z' } }, c.tutor)).body)
        .extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.at',
    });
  });
});

describe('converting a referral into a beneficiary', () => {
  it("creates the beneficiary as REFERRED with the referral's id, once", async () => {
    const c = await corner();
    const referral = await recorded(c.coordinator, c.intake({ codiceFiscale: randomCodiceFiscale() }));
    const { body } = await subgraph.request(CONVERT, { id: referral.id }, c.tutor);
    expect(body.errors).toBeUndefined();
    expect(body.data.convertIntakeReferral).toMatchObject({
      status: 'CONVERTED',
      convertedBeneficiary: { id: referral.id, caseStatus: 'REFERRED' },
    });
    const beneficiary = await subgraph.request(
      `query($id: ID!) { beneficiary(id: $id) { familyName codiceFiscale tutorUserId statusHistory { from to note } } }`,
      { id: referral.id },
      c.coordinator,
    );
    expect(beneficiary.body.data.beneficiary).toMatchObject({
      familyName: referral.familyName,
      codiceFiscale: referral.codiceFiscale,
      tutorUserId: null,
      statusHistory: [{ from: null, to: 'REFERRED', note: 'Converted from an intake referral (RECEPTION_MANAGING_BODY)' }],
    });
    const again = await subgraph.request(CONVERT, { id: referral.id }, c.tutor);
    expect(errorOf(again.body).extensions).toEqual({ code: 'CONFLICT', field: 'referralId' });
  });

  it('takes a person with a single name (no family name on the permit), left out or blank, and keeps one', async () => {
    const c = await corner();
    const { familyName: _left, ...withoutFamilyName } = c.intake({ givenName: 'Shukria' });
    const single = await recorded(c.tutor, withoutFamilyName);
    expect(single).toMatchObject({ givenName: 'Shukria', familyName: '' });
    expect(await recorded(c.tutor, c.intake({ givenName: 'Rahima', familyName: '   ' }))).toMatchObject({ familyName: '' });
    const { body } = await subgraph.request(CONVERT, { id: single.id }, c.tutor);
    expect(body.errors).toBeUndefined();
    const beneficiary = await subgraph.request(
      `query($id: ID!) { beneficiary(id: $id) { givenName familyName } }`,
      { id: single.id },
      c.coordinator,
    );
    expect(beneficiary.body.data.beneficiary).toEqual({ givenName: 'Shukria', familyName: '' });
    // A family name given is still a name: symbols are refused on the field, nothing written.
    const count = `SELECT count(*)::int AS n FROM beneficiaries.intake_referral WHERE integra_corner_id = $1`;
    const before = await subgraph.dataSource.query(count, [c.cornerId]);
    const refused = await subgraph.request(RECORD, { input: c.intake({ familyName: '#' }) }, c.tutor);
    expect(errorOf(refused.body).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.familyName' });
    expect(await subgraph.dataSource.query(count, [c.cornerId])).toEqual(before);
  });

  it('refuses a person who already is a beneficiary by codice fiscale, naming them', async () => {
    const c = await corner();
    const codiceFiscale = randomCodiceFiscale();
    // Followed by another corner, with other names: the codice fiscale alone identifies the person.
    const existing = await createBeneficiary(subgraph.dataSource, { codiceFiscale, integraCornerId: crypto.randomUUID() });
    const referral = await recorded(c.coordinator, c.intake({ codiceFiscale }));
    const { body } = await subgraph.request(CONVERT, { id: referral.id }, c.coordinator);
    expect(errorOf(body).extensions).toEqual({
      code: 'CONFLICT',
      field: 'referralId',
      existingBeneficiaryId: existing.id,
      duplicateRule: 'CODICE_FISCALE',
    });
    expect(errorOf(body).message).toContain(`already a beneficiary (id ${existing.id}, found by the same codice fiscale)`);
    // Nothing half-written: no beneficiary, and the referral is still open.
    expect(await subgraph.dataSource.getRepository(BeneficiaryEntity).existsBy({ id: referral.id })).toBe(false);
    const list = await subgraph.request(LIST, { filter: { integraCornerId: c.cornerId } }, c.coordinator);
    expect(list.body.data.intakeReferrals.edges.map((edge: any) => edge.node.status)).toEqual(['OPEN']);
  });

  it('refuses the same names (case and accents aside), birth date and citizenship', async () => {
    const c = await corner();
    const input = c.intake();
    const existing = await createBeneficiary(subgraph.dataSource, {
      givenName: 'Mariam',
      familyName: input.familyName as string,
      birthDate: input.birthDate as string,
      citizenship: 'CI',
    });
    const shouted = { ...input, givenName: 'MARIAM', familyName: (input.familyName as string).toUpperCase().replace('É', 'E') };
    const referral = await recorded(c.coordinator, shouted);
    const { body } = await subgraph.request(CONVERT, { id: referral.id }, c.coordinator);
    expect(errorOf(body).extensions).toMatchObject({
      code: 'CONFLICT',
      existingBeneficiaryId: existing.id,
      duplicateRule: 'NAME_BIRTH_DATE_CITIZENSHIP',
    });

    // Another birth date: another person.
    const other = await recorded(c.coordinator, { ...shouted, birthDate: '2000-06-28' });
    expect((await subgraph.request(CONVERT, { id: other.id }, c.coordinator)).body.errors).toBeUndefined();
  });

  it('lets only one of two simultaneous conversions of the same person through', async () => {
    const c = await corner();
    const input = c.intake();
    const a = await recorded(c.coordinator, input);
    const b = await recorded(c.coordinator, input);
    const results = await Promise.all([a, b].map((referral) => subgraph.request(CONVERT, { id: referral.id }, c.coordinator)));
    const codes = results.map(({ body }) => errorOf(body)?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });
});

describe('the intake list', () => {
  it("pages a corner's queue oldest first, filtered by status, for the corner's team only", async () => {
    const c = await corner();
    const days = [9, 3, 6];
    const ids: string[] = [];
    for (const ago of days) ids.push((await recorded(c.coordinator, c.intake({ referredOn: addDays(todayInItaly(), -ago) }))).id);
    await subgraph.request(CLOSE, { id: ids[1], input: { status: 'DECLINED' } }, c.coordinator);

    const first = await subgraph.request(LIST, { filter: { integraCornerId: c.cornerId }, first: 2 }, c.tutor);
    expect(first.body.data.intakeReferrals.edges.map((edge: any) => edge.node.id)).toEqual([ids[0], ids[2]]);
    const rest = await subgraph.request(
      LIST,
      { filter: { integraCornerId: c.cornerId }, first: 2, after: first.body.data.intakeReferrals.pageInfo.endCursor },
      c.tutor,
    );
    expect(rest.body.data.intakeReferrals).toEqual({
      edges: [expect.objectContaining({ node: expect.objectContaining({ id: ids[1] }) })],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
    const open = await subgraph.request(LIST, { filter: { integraCornerId: c.cornerId, status: 'OPEN' } }, c.tutor);
    expect(open.body.data.intakeReferrals.edges).toHaveLength(2);

    expect((await subgraph.request(LIST, { filter: { integraCornerId: c.cornerId } }, c.outsider)).body.data.intakeReferrals.edges).toEqual(
      [],
    );
    const beneficiary = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: crypto.randomUUID() });
    expect(errorOf((await subgraph.request(LIST, {}, beneficiary)).body).extensions.code).toBe('FORBIDDEN');
    expect(errorOf((await subgraph.request(LIST, { first: 101 }, c.tutor)).body).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('reads a page with attempts and converted beneficiaries in the same statements whatever its size', async () => {
    const c = await corner();
    for (let i = 0; i < 30; i += 1) {
      const referral = await recorded(c.coordinator, c.intake());
      await subgraph.request(ATTEMPT, { id: referral.id, input: { channel: 'PHONE', outcome: 'REACHED' } }, c.coordinator);
      // Every one converted: a page without any converted referral would skip the beneficiaries' statement.
      await subgraph.request(CONVERT, { id: referral.id }, c.coordinator);
    }
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(LIST, { filter: { integraCornerId: c.cornerId }, first }, c.coordinator);
      expect(body.errors).toBeUndefined();
      expect(body.data.intakeReferrals.edges).toHaveLength(first);
      expect(body.data.intakeReferrals.edges[0].node.contactAttempts).toEqual([{ outcome: 'REACHED' }]);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(30)).toBe(small);
    // The page, the attempts, the converted beneficiaries; then the audit append.
    expect(small).toBe(3 + AUDIT_APPEND_STATEMENTS);
  });
});
