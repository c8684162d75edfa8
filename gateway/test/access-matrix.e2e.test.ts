/**
 * Who may see what, through the gateway with real signed tokens: every role against every kind of record.
 * Each cell of the matrix below is what the rules in README.md ("Identity and access") say.
 */
import { graphqlRequest } from '@shubh/platform/testing';
import { addDays, JWKS_REFETCH_COOLDOWN_MS, todayInItaly } from '@shubh/platform';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import { TestIdentity, type TestPerson } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { SensitiveProfileEntity } from '../../subgraphs/beneficiaries/src/sensitive-profile/sensitive-profile.entity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { createHousingOffer } from '../../subgraphs/housing/test/housing-offer-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createJobVacancy } from '../../subgraphs/labour/test/job-vacancy-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const asCaller = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });

/** An administrator's request that must succeed: how the blocks below arrange their records through the graph. */
async function asAdministrator(query: string, variables: Record<string, unknown>) {
  const { body } = await asCaller(await identity.tokenFor({ roles: ['network-admin'] }), query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function consent(beneficiaryId: string, purpose: ConsentEntity['purpose'], organisationId: string | null, withdrawn = false) {
  await hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
    beneficiaryId,
    purpose,
    organisationId,
    grantedAt: new Date(Date.now() - 86_400_000),
    grantedBy: 'test',
    withdrawnAt: withdrawn ? new Date() : null,
    withdrawnBy: withdrawn ? 'test' : null,
  });
}

/** Two corners, a partner organisation with a service, and five people in the situations the rules tell apart. */
async function world() {
  const catalogue = hub.dataSources.catalogue!;
  const partner = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: ['TO'] });
  const otherPartner = await createOrganisation(catalogue, { type: 'NGO', provinces: ['TO'] });
  const service = await createService(catalogue, { providerId: partner.id });
  const cornerA = await createIntegraCorner(catalogue, { province: 'TO' });
  const cornerB = await createIntegraCorner(catalogue, { province: 'TO' });
  const tutorId = crypto.randomUUID();

  const person = async (cornerId: string, options: { referred: boolean; sharing: 'in force' | 'withdrawn' | 'none' }) => {
    const beneficiary = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: cornerId, tutorUserId: tutorId });
    await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: beneficiary.id });
    await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: beneficiary.id });
    if (options.referred) {
      await createReferral(catalogue, {
        beneficiaryId: beneficiary.id,
        serviceId: service.id,
        fromCornerId: cornerId,
        toOrganisationId: partner.id,
        status: 'SENT',
      });
    }
    if (options.sharing !== 'none') await consent(beneficiary.id, 'SHARE_WITH_ORGANISATION', partner.id, options.sharing === 'withdrawn');
    await consent(beneficiary.id, 'LABOUR_MATCHING', null);
    return beneficiary;
  };
  const records = {
    ownReferredConsenting: await person(cornerA.id, { referred: true, sharing: 'in force' }),
    ownReferredWithdrawn: await person(cornerA.id, { referred: true, sharing: 'withdrawn' }),
    ownConsentingNotReferred: await person(cornerA.id, { referred: false, sharing: 'in force' }),
    ownNotReferred: await person(cornerA.id, { referred: false, sharing: 'none' }),
    otherCornerReferredConsenting: await person(cornerB.id, { referred: true, sharing: 'in force' }),
  };
  await hub.dataSources.beneficiaries!.getRepository(SensitiveProfileEntity).save({
    beneficiaryId: records.ownReferredConsenting.id,
    vulnerabilities: ['VICTIM_OF_TRAFFICKING'],
    healthNotes: null,
    legalStatusDocuments: [],
    updatedAt: new Date(),
    updatedBy: 'test',
  });
  const callers: Record<string, TestPerson> = {
    'network-admin': { roles: ['network-admin'] },
    'coordinator of A': { roles: ['corner-coordinator'], cornerIds: [cornerA.id] },
    'assigned tutor of A': { roles: ['tutor'], cornerIds: [cornerA.id], userId: tutorId },
    'other tutor of A': { roles: ['tutor'], cornerIds: [cornerA.id] },
    'tutor of B': { roles: ['tutor'], cornerIds: [cornerB.id] },
    'referred-to partner': { roles: ['partner-operator'], organisationId: partner.id },
    'other partner': { roles: ['partner-operator'], organisationId: otherPartner.id },
    employer: { roles: ['employer'], organisationId: partner.id },
    monitoring: { roles: ['monitoring'] },
    'the person (own referred consenting)': { roles: ['beneficiary'], beneficiaryId: records.ownReferredConsenting.id },
  };
  return { records, callers };
}

type Cell = 'sees' | 'FORBIDDEN';
const S: Cell = 'sees';
const F: Cell = 'FORBIDDEN';

/** Columns: own corner referred+consenting, referred+withdrawn, consenting not referred, not referred, other corner referred+consenting. */
const RECORD_MATRIX: Record<string, [Cell, Cell, Cell, Cell, Cell]> = {
  'network-admin': [S, S, S, S, S],
  'coordinator of A': [S, S, S, S, F],
  'assigned tutor of A': [S, S, S, S, F],
  'other tutor of A': [S, S, S, S, F],
  'tutor of B': [F, F, F, F, S],
  'referred-to partner': [S, F, F, F, S],
  'other partner': [F, F, F, F, F],
  employer: [F, F, F, F, F],
  monitoring: [F, F, F, F, F],
  'the person (own referred consenting)': [S, F, F, F, F],
};

/** Special-category data of the first record (its tutor is "assigned tutor of A"). */
const SENSITIVE: Record<string, Cell> = {
  'network-admin': S,
  'coordinator of A': S,
  'assigned tutor of A': S,
  'other tutor of A': F,
  'tutor of B': F,
  'referred-to partner': F,
  'other partner': F,
  employer: F,
  monitoring: F,
  'the person (own referred consenting)': F,
};

const READ = `query($id: ID!) { beneficiary(id: $id) { id givenName labourProfile { employmentStatus } } }`;
const SENSITIVE_READ = `query($id: ID!) { beneficiary(id: $id) { sensitiveProfile(reason: "Checking the matrix of rules") { vulnerabilities } } }`;

describe('the access matrix through the gateway', () => {
  let setting: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    setting = await world();
  });

  it.each(Object.keys(RECORD_MATRIX))('%s sees exactly the records the rules give them', async (callerName) => {
    const token = await identity.tokenFor(setting.callers[callerName]!);
    const records = Object.values(setting.records);
    const observed: Cell[] = [];
    for (const record of records) {
      const { body } = await asCaller(token, READ, { id: record.id });
      if (body.data?.beneficiary?.id === record.id) {
        expect(body.data.beneficiary.givenName).toBe(record.givenName);
        observed.push(S);
      } else {
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(JSON.stringify(body)).not.toContain(record.givenName);
        observed.push(F);
      }
    }
    expect(observed).toEqual(RECORD_MATRIX[callerName]);
  });

  it.each(Object.keys(SENSITIVE))('%s and special-category data', async (callerName) => {
    const token = await identity.tokenFor(setting.callers[callerName]!);
    const { body } = await asCaller(token, SENSITIVE_READ, { id: setting.records.ownReferredConsenting.id });
    const cell: Cell = body.data?.beneficiary?.sensitiveProfile ? S : F;
    expect(cell).toBe(SENSITIVE[callerName]);
    if (cell === F) {
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(body)).not.toContain('VICTIM_OF_TRAFFICKING');
    }
  });

  it("lists: a tutor's caseload and a partner's referred people follow the same rules", async () => {
    const LIST = `{ beneficiaries(first: 100) { edges { node { id } } } }`;
    const mine = Object.values(setting.records).map((record) => record.id);
    const listed = async (callerName: string) => {
      const { body } = await asCaller(await identity.tokenFor(setting.callers[callerName]!), LIST);
      return body.data.beneficiaries.edges.map((edge: { node: { id: string } }) => edge.node.id).filter((id: string) => mine.includes(id));
    };
    const { records } = setting;
    expect(new Set(await listed('other tutor of A'))).toEqual(
      new Set([
        records.ownReferredConsenting.id,
        records.ownReferredWithdrawn.id,
        records.ownConsentingNotReferred.id,
        records.ownNotReferred.id,
      ]),
    );
    expect(new Set(await listed('referred-to partner'))).toEqual(
      new Set([records.ownReferredConsenting.id, records.otherCornerReferredConsenting.id]),
    );
  });
});

/** The case file and the household: read by the person's corner, administrators and the person; never by a partner. */
const CHILD_RECORDS = ['household { relation }', 'statusHistory { to }', 'tutorAssignments { id }', 'skills { label }'];
const CASE_FILE: Record<string, Cell> = {
  'network-admin': S,
  'coordinator of A': S,
  'assigned tutor of A': S,
  'other tutor of A': S,
  'tutor of B': F,
  'referred-to partner': F,
  'other partner': F,
  employer: F,
  monitoring: F,
  'the person (own referred consenting)': S,
};

describe("child records: the case file, the household and the person's consents", () => {
  let setting: Awaited<ReturnType<typeof world>>;
  let otherOrganisationsConsent: string;
  beforeAll(async () => {
    setting = await world();
    // A consent the person gave to another organisation: the referred-to partner must never learn of it.
    const other = await createOrganisation(hub.dataSources.catalogue!, { type: 'NGO', provinces: ['TO'] });
    otherOrganisationsConsent = other.id;
    await consent(setting.records.ownReferredConsenting.id, 'SHARE_WITH_ORGANISATION', other.id);
  });

  it.each(Object.keys(CASE_FILE))('%s and the case file of a person referred to the partner', async (callerName) => {
    const token = await identity.tokenFor(setting.callers[callerName]!);
    const id = setting.records.ownReferredConsenting.id;
    const observed: Cell[] = [];
    for (const field of CHILD_RECORDS) {
      const { body } = await asCaller(token, `query($id: ID!) { beneficiary(id: $id) { id ${field} } }`, { id });
      const name = field.split(' ')[0]!;
      if (Array.isArray(body.data?.beneficiary?.[name])) {
        observed.push(S);
      } else {
        expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        observed.push(F);
      }
    }
    expect(observed).toEqual(CHILD_RECORDS.map(() => CASE_FILE[callerName]));
  });

  it('offers sending a referral to the case team of the corner only, as the referral policy decides', async () => {
    const id = setting.records.ownReferredConsenting.id;
    const offered = async (callerName: string) => {
      const query = `query($id: ID!) { beneficiary(id: $id) { viewerCanSendReferral } }`;
      const { body } = await asCaller(await identity.tokenFor(setting.callers[callerName]!), query, { id });
      return body.data.beneficiary.viewerCanSendReferral as boolean;
    };
    const readers = ['network-admin', 'coordinator of A', 'assigned tutor of A', 'other tutor of A', 'referred-to partner'];
    const answers = await Promise.all([...readers, 'the person (own referred consenting)'].map(offered));
    expect(answers).toEqual([true, true, true, true, false, false]);
  });

  it("shows the referred-to partner only the consents that concern it, the person's corner all of them", async () => {
    const id = setting.records.ownReferredConsenting.id;
    const CONSENTS = `query($id: ID!) { beneficiary(id: $id) { consents { purpose organisation { id } inForce } } }`;
    const read = async (callerName: string) => {
      const { body } = await asCaller(await identity.tokenFor(setting.callers[callerName]!), CONSENTS, { id });
      expect(body.errors).toBeUndefined();
      return body.data.beneficiary.consents as { purpose: string; organisation: { id: string } | null }[];
    };
    const partnerId = setting.callers['referred-to partner']!.organisationId;
    const seenByPartner = await read('referred-to partner');
    expect(seenByPartner.map((entry) => [entry.purpose, entry.organisation?.id ?? null]).sort()).toEqual(
      [
        ['LABOUR_MATCHING', null],
        ['SHARE_WITH_ORGANISATION', partnerId],
      ].sort(),
    );
    expect(JSON.stringify(seenByPartner)).not.toContain(otherOrganisationsConsent);
    const seenByCorner = await read('other tutor of A');
    expect(seenByCorner.map((entry) => entry.organisation?.id ?? null)).toContain(otherOrganisationsConsent);
    expect(seenByCorner).toHaveLength(3);
  });
});

describe('consent withdrawal', () => {
  it('takes effect on the next request, in the beneficiaries and in the labour subgraph', async () => {
    const { records, callers } = await world();
    const partner = await identity.tokenFor(callers['referred-to partner']!);
    const person = await identity.tokenFor(callers['the person (own referred consenting)']!);
    const id = records.ownReferredConsenting.id;
    const PROFILE = `query($id: ID!) { beneficiary(id: $id) { givenName labourProfile { employmentStatus } housingSituation { status } } }`;

    const before = await asCaller(partner, PROFILE, { id });
    expect(before.body.data.beneficiary.labourProfile).toEqual({ employmentStatus: 'UNEMPLOYED' });
    // No consent for housing support: the partner gets the person but not their housing situation.
    expect(before.body.data.beneficiary.housingSituation).toBeNull();
    expect(before.body.errors?.map((error: any) => [error.path.join('.'), error.extensions.code])).toEqual([
      ['beneficiary.housingSituation', 'FORBIDDEN'],
    ]);

    const consents = await asCaller(person, `query($id: ID!) { beneficiary(id: $id) { consents { id purpose inForce } } }`, { id });
    const labour = consents.body.data.beneficiary.consents.find((entry: any) => entry.purpose === 'LABOUR_MATCHING' && entry.inForce);
    expect((await asCaller(person, `mutation($id: ID!) { withdrawConsent(id: $id) { inForce } }`, { id: labour.id })).body.data).toEqual({
      withdrawConsent: { inForce: false },
    });
    const afterLabour = await asCaller(partner, PROFILE, { id });
    expect(afterLabour.body.data.beneficiary.givenName).toBe(records.ownReferredConsenting.givenName);
    expect(afterLabour.body.data.beneficiary.labourProfile).toBeNull();

    const sharing = consents.body.data.beneficiary.consents.find(
      (entry: any) => entry.purpose === 'SHARE_WITH_ORGANISATION' && entry.inForce,
    );
    await asCaller(person, `mutation($id: ID!) { withdrawConsent(id: $id) { inForce } }`, { id: sharing.id });
    const afterSharing = await asCaller(partner, PROFILE, { id });
    expect(afterSharing.body.data).toBeNull();
    expect(afterSharing.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

/** What a caller gets of a record in the blocks below: it, or nothing (left out of a list, or NOT_FOUND). */
type Seen = 'sees' | 'hidden';
const Y: Seen = 'sees';
const N: Seen = 'hidden';

/**
 * Housing intermediation: a housing agency sees only the people proposed to its own offers, and only while their
 * consent to housing support is in force, and then only the agreed minimum (names and household size, never the
 * person's record); a request and its ranking are the case team's; employers, monitoring and other partners see none.
 */
describe('housing: requests, rankings and proposals', () => {
  let people: Record<
    'proposedConsenting' | 'proposedWithdrawn' | 'notProposed' | 'otherCornerProposed',
    { id: string; givenName: string; requestId: string }
  >;
  let callers: Record<string, TestPerson>;
  let offerId: string;

  beforeAll(async () => {
    const catalogue = hub.dataSources.catalogue!;
    const beneficiaries = hub.dataSources.beneficiaries!;
    const agency = await createOrganisation(catalogue, { type: 'HOUSING_AGENCY', provinces: ['TO'] });
    const otherAgency = await createOrganisation(catalogue, { type: 'HOUSING_AGENCY', provinces: ['TO'] });
    const cornerA = await createIntegraCorner(catalogue, { province: 'TO' });
    const cornerB = await createIntegraCorner(catalogue, { province: 'TO' });
    const offer = await createHousingOffer(hub.dataSources.housing!, { providerId: agency.id, kind: 'COHOUSING', places: 10 });
    offerId = offer.id;
    const person = async (cornerId: string, proposed: boolean) => {
      const beneficiary = await createBeneficiary(beneficiaries, { integraCornerId: cornerId });
      await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: beneficiary.id });
      await consent(beneficiary.id, 'HOUSING_SUPPORT', null);
      const opened = await asAdministrator(`mutation($input: OpenHousingRequestInput!) { openHousingRequest(input: $input) { id } }`, {
        input: { beneficiaryId: beneficiary.id, province: 'TO' },
      });
      const requestId: string = opened.openHousingRequest.id;
      if (proposed) {
        await asAdministrator(`mutation($input: ProposeForHousingOfferInput!) { proposeForHousingOffer(input: $input) { id } }`, {
          input: { requestId, offerId: offer.id },
        });
      }
      return { id: beneficiary.id, givenName: beneficiary.givenName, requestId };
    };
    people = {
      proposedConsenting: await person(cornerA.id, true),
      proposedWithdrawn: await person(cornerA.id, true),
      notProposed: await person(cornerA.id, false),
      otherCornerProposed: await person(cornerB.id, true),
    };
    // The second person withdraws the consent after being proposed: the agency loses them from then on.
    await beneficiaries
      .getRepository(ConsentEntity)
      .update({ beneficiaryId: people.proposedWithdrawn.id, purpose: 'HOUSING_SUPPORT' }, { withdrawnAt: new Date(), withdrawnBy: 'test' });
    callers = {
      'network-admin': { roles: ['network-admin'] },
      'coordinator of A': { roles: ['corner-coordinator'], cornerIds: [cornerA.id] },
      'tutor of A': { roles: ['tutor'], cornerIds: [cornerA.id] },
      'tutor of B': { roles: ['tutor'], cornerIds: [cornerB.id] },
      'the offer’s agency': { roles: ['partner-operator'], organisationId: agency.id },
      'another agency': { roles: ['partner-operator'], organisationId: otherAgency.id },
      employer: { roles: ['employer'], organisationId: agency.id },
      monitoring: { roles: ['monitoring'] },
      'the person (proposed, consenting)': { roles: ['beneficiary'], beneficiaryId: people.proposedConsenting.id },
    };
  });

  /** Columns: own corner proposed+consenting, proposed then withdrawn, not proposed, other corner proposed+consenting. */
  const REQUESTS: Record<string, [Seen, Seen, Seen, Seen]> = {
    'network-admin': [Y, Y, Y, Y],
    'coordinator of A': [Y, Y, Y, N],
    'tutor of A': [Y, Y, Y, N],
    'tutor of B': [N, N, N, Y],
    'the offer’s agency': [N, N, N, N],
    'another agency': [N, N, N, N],
    employer: [N, N, N, N],
    monitoring: [N, N, N, N],
    'the person (proposed, consenting)': [N, N, N, N],
  };
  /** Proposals in the caller's `housingProposals` list, with the candidate's name; null: the list is FORBIDDEN. */
  const PROPOSALS: Record<string, [Seen, Seen, Seen, Seen] | null> = {
    'network-admin': [Y, Y, N, Y],
    'coordinator of A': [Y, Y, N, N],
    'tutor of A': [Y, Y, N, N],
    'tutor of B': [N, N, N, Y],
    'the offer’s agency': [Y, N, N, Y],
    'another agency': [N, N, N, N],
    employer: null,
    monitoring: null,
    'the person (proposed, consenting)': null,
  };

  const columns = () => [people.proposedConsenting, people.proposedWithdrawn, people.notProposed, people.otherCornerProposed];

  it.each(Object.keys(REQUESTS))('%s sees exactly the housing requests and rankings the rules give them', async (callerName) => {
    const token = await identity.tokenFor(callers[callerName]!);
    const requests: Seen[] = [];
    const rankings: Seen[] = [];
    for (const person of columns()) {
      const request = await asCaller(token, `query($id: ID!) { housingRequest(id: $id) { id beneficiary { id } } }`, {
        id: person.requestId,
      });
      if (request.body.data?.housingRequest?.id === person.requestId) requests.push(Y);
      else {
        // NOT_FOUND, not FORBIDDEN: a request tells nobody outside the case team that it exists.
        expect(request.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        requests.push(N);
      }
      const ranking = await asCaller(token, `query($id: ID!) { offersFor(requestId: $id) { score } }`, { id: person.requestId });
      if (Array.isArray(ranking.body.data?.offersFor)) rankings.push(Y);
      else {
        expect(['NOT_FOUND', 'FORBIDDEN']).toContain(ranking.body.errors?.[0]?.extensions?.code);
        rankings.push(N);
      }
      if (requests.at(-1) === N) expect(JSON.stringify([request.body, ranking.body])).not.toContain(person.givenName);
    }
    expect(requests).toEqual(REQUESTS[callerName]);
    expect(rankings).toEqual(REQUESTS[callerName]);
  });

  it.each(Object.keys(PROPOSALS))('%s sees exactly the proposals and candidates the rules give them', async (callerName) => {
    const token = await identity.tokenFor(callers[callerName]!);
    const { body } = await asCaller(
      token,
      `query($offerId: ID!) { housingProposals(filter: { offerId: $offerId }, first: 100) { edges { node { id candidate { givenName } } } } }`,
      { offerId },
    );
    const expected = PROPOSALS[callerName]!;
    if (expected === null) {
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
      return;
    }
    expect(body.errors).toBeUndefined();
    const names = body.data.housingProposals.edges.map(
      (edge: { node: { candidate: { givenName: string } | null } }) => edge.node.candidate?.givenName,
    );
    expect(columns().map((person) => (names.includes(person.givenName) ? Y : N))).toEqual(expected);
  });

  it("gives the agency the candidate's minimum, never the person's record or housing situation", async () => {
    const token = await identity.tokenFor(callers['the offer’s agency']!);
    const { body } = await asCaller(token, `query($id: ID!) { beneficiary(id: $id) { id housingSituation { status } } }`, {
      id: people.proposedConsenting.id,
    });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toContain(people.proposedConsenting.givenName);
  });
});

/**
 * Labour: candidacies for a vacancy. The person's corner follows all of them; the vacancy's employer sees a person
 * only once they agreed and while their LABOUR_MATCHING consent is in force, and then only the CV view (never the
 * person's record); other employers, partners and monitoring see none; the person sees their own.
 */
describe('labour: candidacies and what the employer sees', () => {
  let setting: Awaited<ReturnType<typeof world>>;
  let vacancyId: string;

  beforeAll(async () => {
    setting = await world();
    const { records, callers } = setting;
    const employerId = callers.employer!.organisationId!;
    callers['other employer'] = {
      roles: ['employer'],
      organisationId: (await createOrganisation(hub.dataSources.catalogue!, { type: 'EMPLOYER' })).id,
    };
    const vacancy = await createJobVacancy(hub.dataSources.labour!, {
      employerId,
      publishedOn: addDays(todayInItaly(), -10),
      closesOn: addDays(todayInItaly(), 30),
    });
    vacancyId = vacancy.id;
    const propose = async (person: { id: string; givenName: string; familyName: string }, agreed: boolean) => {
      const proposed = await asAdministrator(`mutation($input: ProposeCandidacyInput!) { proposeCandidacy(input: $input) { id } }`, {
        input: { vacancyId, beneficiaryId: person.id, cvName: `${person.givenName} ${person.familyName}` },
      });
      if (agreed)
        await asAdministrator(`mutation($id: ID!) { agreeToCandidacy(id: $id) { status } }`, { id: proposed.proposeCandidacy.id });
    };
    await propose(records.ownReferredConsenting, true);
    await propose(records.ownReferredWithdrawn, true);
    await propose(records.ownConsentingNotReferred, false);
    await propose(records.otherCornerReferredConsenting, true);
    // The second person withdraws the labour-matching consent after agreeing: the employer loses them from then on.
    await hub.dataSources
      .beneficiaries!.getRepository(ConsentEntity)
      .update(
        { beneficiaryId: records.ownReferredWithdrawn.id, purpose: 'LABOUR_MATCHING' },
        { withdrawnAt: new Date(), withdrawnBy: 'test' },
      );
  });

  /** Columns: agreed, agreed then consent withdrawn, proposed not agreed, not proposed, other corner agreed. */
  const CANDIDACIES: Record<string, [Seen, Seen, Seen, Seen, Seen]> = {
    'network-admin': [Y, Y, Y, N, Y],
    'coordinator of A': [Y, Y, Y, N, N],
    'assigned tutor of A': [Y, Y, Y, N, N],
    'other tutor of A': [Y, Y, Y, N, N],
    'tutor of B': [N, N, N, N, Y],
    'referred-to partner': [N, N, N, N, N],
    'other partner': [N, N, N, N, N],
    employer: [Y, N, N, N, Y],
    'other employer': [N, N, N, N, N],
    monitoring: [N, N, N, N, N],
    'the person (own referred consenting)': [Y, N, N, N, N],
  };

  it.each(Object.keys(CANDIDACIES))('%s sees exactly the candidacies the rules give them', async (callerName) => {
    const token = await identity.tokenFor(setting.callers[callerName]!);
    const { body } = await asCaller(
      token,
      `query($vacancyId: ID!) { candidacies(filter: { vacancyId: $vacancyId }, first: 100) { edges { node { cv { name } beneficiary { id } } } } }`,
      { vacancyId },
    );
    const nodes: { cv: { name: string } | null; beneficiary: { id: string } | null }[] =
      body.data?.candidacies?.edges.map((edge: { node: unknown }) => edge.node) ?? [];
    if (nodes.length === 0 && body.errors) expect(body.errors[0]!.extensions?.code).toBe('FORBIDDEN');
    const names = nodes.map((node) => node.cv?.name);
    const records = Object.values(setting.records);
    expect(records.map((record) => (names.includes(`${record.givenName} ${record.familyName}`) ? Y : N))).toEqual(CANDIDACIES[callerName]);
    // The employer gets the CV view and never the person's record behind it.
    if (callerName === 'employer') {
      expect(nodes.every((node) => node.beneficiary === null)).toBe(true);
      expect(JSON.stringify(body)).not.toContain(setting.records.ownReferredConsenting.id);
    }
  });
});

// Last: the key rotation below leaves a subgraph that refetched the key set within the cooldown refusing a token of
// the new key for up to JWKS_REFETCH_COOLDOWN_MS (jose's rule), so nothing that mints fresh tokens runs after it.
describe('tokens the gateway refuses', () => {
  const QUERY = `{ programmes { code } }`;
  const refusal = async (headers: Record<string, string>) => {
    const response = await graphqlRequest(hub.gateway.graphqlUrl, QUERY, {}, headers);
    return { status: response.status, code: response.body.errors?.[0]?.extensions?.code, data: response.body.data };
  };
  const person: TestPerson = { roles: ['tutor'], cornerIds: [crypto.randomUUID()] };
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('accepts a valid token (the control case)', async () => {
    const response = await graphqlRequest(
      hub.gateway.graphqlUrl,
      QUERY,
      {},
      { authorization: `Bearer ${await identity.tokenFor(person)}` },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });

  it.each([
    ['no token', async () => ({})],
    ['a malformed header', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['an expired token', async () => ({ authorization: `Bearer ${await identity.tokenFor(person, { expiresInSeconds: -120 })}` })],
    [
      'a token for another audience',
      async () => ({ authorization: `Bearer ${await identity.tokenFor(person, { clientId: TestIdentity.OTHER_CLIENT })}` }),
    ],
    [
      'a token signed by another identity provider',
      async () => {
        const stranger = await TestIdentity.start();
        try {
          return { authorization: `Bearer ${await stranger.tokenFor(person)}` };
        } finally {
          await stranger.stop();
        }
      },
    ],
    [
      'a token whose claims were changed after signing',
      async () => {
        const [header, payload, signature] = (await identity.tokenFor(person)).split('.');
        const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
        claims.realm_access.roles = ['network-admin'];
        return { authorization: `Bearer ${header}.${b64(claims)}.${signature}` };
      },
    ],
    [
      'an unsigned token (alg: none)',
      async () => {
        const [, payload] = (await identity.tokenFor(person)).split('.');
        return { authorization: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${payload}.` };
      },
    ],
  ])('refuses %s with 401 UNAUTHENTICATED and no data', async (_case, headers) => {
    expect(await refusal(await headers())).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: undefined });
  });

  it('follows a key rotation: a new key is accepted once the key set may be refetched, older tokens stay valid', async () => {
    const before = await identity.tokenFor(person);
    await identity.rotateKey();
    const after = await identity.tokenFor(person);
    expect(JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString()).kid).not.toBe(
      JSON.parse(Buffer.from(before.split('.')[0]!, 'base64url').toString()).kid,
    );
    // The gateway refetches the key set for an unknown key id at most once per cooldown (5 s).
    const deadline = Date.now() + JWKS_REFETCH_COOLDOWN_MS + 3000;
    let accepted = false;
    while (!accepted && Date.now() < deadline) {
      const response = await graphqlRequest(hub.gateway.graphqlUrl, QUERY, {}, { authorization: `Bearer ${after}` });
      accepted = response.status === 200 && response.body.errors === undefined;
      if (!accepted) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(accepted).toBe(true);
    const older = await graphqlRequest(hub.gateway.graphqlUrl, QUERY, {}, { authorization: `Bearer ${before}` });
    expect(older.body.errors).toBeUndefined();
  });

  it('refuses direct calls to every subgraph that lack the gateway secret', async () => {
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    for (const subgraph of hub.subgraphs) {
      const response = await graphqlRequest(subgraph.service.graphqlUrl, '{ __typename }', {}, { authorization: `Bearer ${token}` });
      expect([subgraph.name, response.status, response.body.errors?.[0]?.extensions?.code]).toEqual([
        subgraph.name,
        401,
        'UNAUTHENTICATED',
      ]);
    }
  });
});
