/**
 * Housing intermediation through the gateway, each side with its own token: a tutor records where a person lives
 * and what home they need and opens a request; a social rental agency publishes offers; the tutor sees them ranked
 * with their reasons and proposes the person (only with the consent to housing support); the agency sees the person
 * only now, records the viewing, accepts and starts the placement; a rent guarantee is activated within the
 * programme's end and the province's fund, and refused beyond either; the person's housing situation and
 * `rentGuaranteeActive` follow. Withdrawn consent hides the person from the agency again.
 */
import { addDays, addMonths, todayInItaly } from '@shubh/platform';
import { graphqlRequest, testDatabaseUrl } from '@shubh/platform/testing';
import { IsNull } from 'typeorm';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { TestIdentity } from '../../test/support/test-identity.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { HouseholdMemberEntity } from '../../subgraphs/beneficiaries/src/household/household-member.entity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';

/** A province no other test uses: the ranking and the fund are this test's only. */
const PROVINCE = 'AN';
const day = (offset: number) => addDays(todayInItaly(), offset);

let hub: RunningHub;
let identity: TestIdentity;
const saved = { end: process.env.PROGRAMME_END_DATE, funds: process.env.RENT_GUARANTEE_FUNDS_EUROS };

beforeAll(async () => {
  // Configuration of the housing subgraph: the programme ends in a year; the province's fund holds €1,500.
  process.env.PROGRAMME_END_DATE = day(365);
  process.env.RENT_GUARANTEE_FUNDS_EUROS = `${PROVINCE}=1500`;
  identity = await TestIdentity.start();
  hub = await startHub({
    databaseUrl: testDatabaseUrl(),
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'silent',
    identity: identity.config,
  });
});
afterAll(async () => {
  await hub?.stop();
  await identity?.stop();
  for (const [name, value] of [
    ['PROGRAMME_END_DATE', saved.end],
    ['RENT_GUARANTEE_FUNDS_EUROS', saved.funds],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const RECORD = `mutation($input: RecordHousingSituationInput!) {
  recordHousingSituation(input: $input) { status risk rentIncomeEuros areasWanted rentGuaranteeActive }
}`;
const PUBLISH = `mutation($input: PublishHousingOfferInput!) { publishHousingOffer(input: $input) { id version placesLeft provider { id } } }`;
const OFFERS_FOR = `query($id: ID!) { offersFor(requestId: $id, first: 10) { offer { id } score fits rentShare reasons whyNot } }`;
const PROPOSE = `mutation($input: ProposeForHousingOfferInput!) { proposeForHousingOffer(input: $input) { id status } }`;
const INBOX = `query { housingProposals(first: 10) {
  edges { node { id status offer { id } candidate { givenName familyName householdSize } viewerCan { recordViewing accept withdraw } } }
} }`;
const ACTIVATE = `mutation($input: ActivateRentGuaranteeInput!) {
  activateRentGuarantee(input: $input) { id status amountEuros months startsOn endsOn remainingEuros }
}`;
const SITUATION = `query($id: ID!) {
  beneficiary(id: $id) { housingSituation { status municipality since risk rentGuaranteeActive history { status risk } } }
}`;

it('runs a housing request from the need to a placement with a rent guarantee, with the agency on its own token', async () => {
  const catalogue = hub.dataSources.catalogue!;
  const beneficiaries = hub.dataSources.beneficiaries!;
  const corner = await createIntegraCorner(catalogue, { province: PROVINCE });
  const agency = await createOrganisation(catalogue, {
    name: 'Agenzia Sociale per la Casa Ancona',
    type: 'HOUSING_AGENCY',
    provinces: [PROVINCE],
  });
  const person = await createBeneficiary(beneficiaries, { integraCornerId: corner.id, province: PROVINCE });
  await beneficiaries.getRepository(HouseholdMemberEntity).save({
    beneficiaryId: person.id,
    relation: 'CHILD',
    givenName: 'Awa',
    birthDate: day(-6 * 365),
    schoolEnrolled: true,
    createdAt: new Date(),
    createdBy: 'test',
  });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
  const operator = await identity.tokenFor({ roles: ['partner-operator'], organisationId: agency.id });
  const employer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });

  // The tutor records the situation and the need, then opens a request: the household comes from the person's record.
  const recorded = await ok(tutor, RECORD, {
    input: {
      beneficiaryId: person.id,
      status: 'HOSTED_BY_FRIENDS',
      municipality: 'Ancona',
      since: day(-40),
      risk: 'IMMINENT',
      rentIncomeEuros: 1000,
      areasWanted: ['Ancona'],
    },
  });
  expect(recorded.recordHousingSituation).toEqual({
    status: 'HOSTED_BY_FRIENDS',
    risk: 'IMMINENT',
    rentIncomeEuros: 1000,
    areasWanted: ['Ancona'],
    rentGuaranteeActive: false,
  });
  const opened = await ok(
    tutor,
    `mutation($input: OpenHousingRequestInput!) { openHousingRequest(input: $input) { id householdSize minors status } }`,
    { input: { beneficiaryId: person.id, province: PROVINCE } },
  );
  const requestId: string = opened.openHousingRequest.id;
  expect(opened.openHousingRequest).toMatchObject({ householdSize: 2, minors: 1, status: 'OPEN' });

  // The agency publishes a home that fits and one that does not; an employer cannot publish.
  const fitting = await ok(operator, PUBLISH, {
    input: {
      title: 'Bilocale a canone concordato, Piano San Lazzaro',
      kind: 'APARTMENT',
      province: PROVINCE,
      municipality: 'Ancona',
      bedrooms: 1,
      monthlyRentEuros: 300,
      chargesEuros: 50,
      depositEuros: 600,
      availableFrom: day(5),
    },
  });
  expect(fitting.publishHousingOffer).toMatchObject({ version: 1, placesLeft: 1, provider: { id: agency.id } });
  const offerId: string = fitting.publishHousingOffer.id;
  const dear = await ok(operator, PUBLISH, {
    input: {
      title: 'Camera singola, Jesi',
      kind: 'ROOM',
      province: PROVINCE,
      municipality: 'Jesi',
      bedrooms: 1,
      monthlyRentEuros: 500,
      availableFrom: day(90),
    },
  });
  const refusedPublish = await call(employer, PUBLISH, {
    input: {
      title: 'Casa',
      kind: 'ROOM',
      province: PROVINCE,
      municipality: 'Jesi',
      bedrooms: 1,
      monthlyRentEuros: 100,
      availableFrom: day(1),
    },
  });
  expect(refusedPublish.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // The tutor sees them ranked, with the reasons and why the room does not fit.
  const ranked = (await ok(tutor, OFFERS_FOR, { id: requestId })).offersFor;
  expect(ranked.map((entry: any) => entry.offer.id)).toEqual([offerId, dear.publishHousingOffer.id]);
  expect(ranked[0]).toMatchObject({ score: 100, fits: true, rentShare: 0.35, whyNot: [] });
  expect(ranked[0].reasons).toEqual([
    'Rent and charges of €350 are 35% of the €1000 available for rent (at most 35%)',
    '1 bedroom for a household of 2',
    'In Ancona, an area wanted',
    `Available from ${day(5)}, by the move-in date ${todayInItaly()}`,
  ]);
  // Only the accessibility (none needed) speaks for it.
  expect(ranked[1]).toMatchObject({ score: 10, fits: false, rentShare: 0.5 });
  expect(ranked[1].whyNot).toEqual([
    'Rent and charges of €500 are 50% of the €1000 available for rent, above 35%',
    '1 place left: too small for a household of 2',
    'In Jesi, not among the areas wanted (Ancona)',
    `Available only from ${day(90)}, more than 30 days after the move-in date ${todayInItaly()}`,
  ]);

  // Nothing proposed yet: the agency sees nobody. Without the consent to housing support, no proposal.
  expect((await ok(operator, INBOX)).housingProposals.edges).toEqual([]);
  const refused = await call(tutor, PROPOSE, { input: { requestId, offerId } });
  expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
  await beneficiaries.getRepository(ConsentEntity).save({
    beneficiaryId: person.id,
    purpose: 'HOUSING_SUPPORT',
    organisationId: null,
    grantedAt: new Date(),
    grantedBy: 'test',
    withdrawnAt: null,
    withdrawnBy: null,
  });
  const proposed = await ok(tutor, PROPOSE, { input: { requestId, offerId, note: 'Disponibile da subito' } });
  const proposalId: string = proposed.proposeForHousingOffer.id;
  expect(proposed.proposeForHousingOffer.status).toBe('PROPOSED');

  // The agency sees the person now: the agreed minimum, and what it may do.
  const inbox = (await ok(operator, INBOX)).housingProposals.edges;
  expect(inbox).toEqual([
    {
      node: {
        id: proposalId,
        status: 'PROPOSED',
        offer: { id: offerId },
        candidate: { givenName: person.givenName, familyName: person.familyName, householdSize: 2 },
        viewerCan: { recordViewing: true, accept: true, withdraw: false },
      },
    },
  ]);
  const employerInbox = await call(employer, INBOX);
  expect(employerInbox.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // Viewing, acceptance (the place is held), placement.
  await ok(operator, `mutation($id: ID!, $on: Date!) { recordHousingViewing(id: $id, viewingOn: $on) { status viewingOn } }`, {
    id: proposalId,
    on: day(1),
  });
  const accepted = await ok(operator, `mutation($id: ID!) { acceptHousingProposal(id: $id) { status offer { placesLeft } } }`, {
    id: proposalId,
  });
  expect(accepted.acceptHousingProposal).toEqual({ status: 'ACCEPTED', offer: { placesLeft: 0 } });
  const placed = await ok(
    operator,
    `mutation($id: ID!, $input: StartHousingPlacementInput!) {
      startHousingPlacement(id: $id, input: $input) { status placement { contractType startsOn monthlyRentEuros endedOn } history { from to } }
    }`,
    { id: proposalId, input: { contractType: 'THREE_PLUS_TWO', startsOn: todayInItaly(), monthlyRentEuros: 300 } },
  );
  expect(placed.startHousingPlacement).toEqual({
    status: 'PLACED',
    placement: { contractType: 'THREE_PLUS_TWO', startsOn: todayInItaly(), monthlyRentEuros: 300, endedOn: null },
    history: [
      { from: null, to: 'PROPOSED' },
      { from: 'PROPOSED', to: 'VIEWING' },
      { from: 'VIEWING', to: 'ACCEPTED' },
      { from: 'ACCEPTED', to: 'PLACED' },
    ],
  });

  // A rent guarantee: beyond the programme's end, refused; beyond the fund, refused; within both, active.
  const guarantee = { placementId: proposalId, kind: 'GUARANTEE', startsOn: todayInItaly() };
  const tooLong = await call(tutor, ACTIVATE, { input: { ...guarantee, amountEuros: 1000, months: 18 } });
  expect(tooLong.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.months' });
  expect(tooLong.body.errors![0]!.message).toContain(`after the programme ends on ${day(365)}`);
  const tooMuch = await call(tutor, ACTIVATE, { input: { ...guarantee, amountEuros: 2000, months: 12 } });
  expect(tooMuch.body.errors![0]!.extensions).toEqual({
    code: 'CONFLICT',
    field: 'input.amountEuros',
    reason: 'FUND_EXHAUSTED',
    remainingEuros: 1500,
  });
  const active = await ok(tutor, ACTIVATE, { input: { ...guarantee, amountEuros: 1200, months: 12 } });
  expect(active.activateRentGuarantee).toMatchObject({
    status: 'ACTIVE',
    amountEuros: 1200,
    months: 12,
    endsOn: addDays(addMonths(todayInItaly(), 12), -1),
    remainingEuros: 1200,
  });
  const overFund = await call(tutor, ACTIVATE, { input: { ...guarantee, kind: 'INSURANCE', amountEuros: 301, months: 6 } });
  expect(overFund.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'FUND_EXHAUSTED', remainingEuros: 300 });

  // The person's housing situation followed the placement, with its history, and the guarantee shows.
  const situation = (await ok(tutor, SITUATION, { id: person.id })).beneficiary.housingSituation;
  expect(situation).toEqual({
    status: 'OWN_RENT',
    municipality: 'Ancona',
    since: todayInItaly(),
    risk: 'NONE',
    rentGuaranteeActive: true,
    history: [
      { status: 'HOSTED_BY_FRIENDS', risk: 'IMMINENT' },
      { status: 'OWN_RENT', risk: 'NONE' },
    ],
  });

  // Once the person withdraws the consent to housing support, the agency no longer sees them.
  await beneficiaries
    .getRepository(ConsentEntity)
    .update(
      { beneficiaryId: person.id, purpose: 'HOUSING_SUPPORT', withdrawnAt: IsNull() },
      { withdrawnAt: new Date(), withdrawnBy: 'test' },
    );
  expect((await ok(operator, INBOX)).housingProposals.edges).toEqual([]);
});
