/**
 * The closed loop through the gateway with each side's own token: a tutor finds the services a person is
 * eligible for, sees the overlap with a course already received, refers them; the provider's operator sees the
 * referral, receives, accepts and completes it; the person's service history shows it. Without consent, no referral.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createEnrollment } from '../../subgraphs/catalogue/test/enrollment-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

/** Days as the hub counts them: in Italy (at midnight in Rome, UTC is still on the day before). */
const day = (offset: number) => addDays(todayInItaly(), offset);
const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function setting() {
  const catalogue = hub.dataSources.catalogue!;
  // A province of its own, so that the eligible services are only this test's.
  const province = 'LI';
  const corner = await createIntegraCorner(catalogue, { province });
  const provider = await createOrganisation(catalogue, { type: 'TRAINING_PROVIDER', provinces: [province] });
  const school = await createOrganisation(catalogue, { type: 'SCHOOL', provinces: [province] });
  const jobLab = await createService(catalogue, {
    providerId: provider.id,
    provinces: [province],
    area: 'WORK',
    type: 'JOB_SEARCH_LAB',
    capacity: 5,
  });
  const italian = await createService(catalogue, { providerId: school.id, provinces: [province], area: 'LANGUAGE', type: 'ITALIAN_L2' });
  const earlierItalian = await createService(catalogue, {
    providerId: school.id,
    provinces: [province],
    area: 'LANGUAGE',
    type: 'ITALIAN_L2',
  });
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    province,
    receptionExitDate: day(-150),
    enrolledOn: day(-120),
  });
  await createEnrollment(catalogue, { beneficiaryId: person.id, serviceId: earlierItalian.id, startedOn: day(-100), endedOn: day(-20) });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
  const operator = await identity.tokenFor({ roles: ['partner-operator'], organisationId: provider.id });
  return { corner, provider, jobLab, italian, person, tutor, operator };
}

const consentToShare = (beneficiaryId: string, organisationId: string) =>
  hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
    beneficiaryId,
    purpose: 'SHARE_WITH_ORGANISATION',
    organisationId,
    grantedAt: new Date(),
    grantedBy: 'test',
    withdrawnAt: null,
    withdrawnBy: null,
  });

const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status } }`;

it('runs a referral from eligibility to the service history, with the provider on its own token', async () => {
  const { corner, provider, jobLab, italian, person, tutor, operator } = await setting();

  // The tutor: eligible services with reasons, and the overlap with the Italian course already completed.
  const eligible = await ok(
    tutor,
    `query($id: ID!) { beneficiary(id: $id) { eligibleServices(first: 50) { score reasons service { id } overlap { hasOverlap message } } } }`,
    { id: person.id },
  );
  const byService = new Map(eligible.beneficiary.eligibleServices.map((entry: any) => [entry.service.id, entry]));
  expect(byService.get(jobLab.id)).toMatchObject({ overlap: { hasOverlap: false } });
  expect((byService.get(jobLab.id) as any).reasons.length).toBeGreaterThan(0);
  expect(byService.get(italian.id)).toMatchObject({ overlap: { hasOverlap: true, message: expect.stringContaining('ITALIAN_L2') } });

  // Without the person's consent to share with the provider, the referral is refused and nothing is written.
  const refused = await call(tutor, SEND, {
    input: { beneficiaryId: person.id, serviceId: jobLab.id, fromCornerId: corner.id, responseDueOn: day(10) },
  });
  expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
  expect(refused.body.errors![0]!.message).toContain(provider.name);

  await consentToShare(person.id, provider.id);
  const sent = await ok(tutor, SEND, {
    input: { beneficiaryId: person.id, serviceId: jobLab.id, fromCornerId: corner.id, responseDueOn: day(10), note: 'Available mornings' },
  });
  const referralId: string = sent.sendReferral.id;
  expect(sent.sendReferral.status).toBe('SENT');

  // The provider's operator sees it in their inbox, with the person (open referral + consent).
  const inbox = await ok(
    operator,
    `query($org: ID!) { referrals(filter: { toOrganisationId: $org }, first: 20) { edges { node { id status beneficiary { id givenName } service { id } } } } }`,
    { org: provider.id },
  );
  expect(inbox.referrals.edges.map((edge: any) => edge.node)).toEqual([
    { id: referralId, status: 'SENT', beneficiary: { id: person.id, givenName: person.givenName }, service: { id: jobLab.id } },
  ]);
  // The tutor's corner cannot accept on the provider's behalf.
  const wrongSide = await call(tutor, `mutation($id: ID!) { acceptReferral(id: $id) { status } }`, { id: referralId });
  expect(wrongSide.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  await ok(operator, `mutation($id: ID!) { receiveReferral(id: $id) { status } }`, { id: referralId });
  const accepted = await ok(operator, `mutation($id: ID!) { acceptReferral(id: $id) { status service { remainingPlaces } } }`, {
    id: referralId,
  });
  expect(accepted.acceptReferral).toEqual({ status: 'ACCEPTED', service: { remainingPlaces: 4 } });
  const completed = await ok(
    operator,
    `mutation($id: ID!) { completeReferral(id: $id, outcome: "CV written, two interviews") { status history { to } } }`,
    { id: referralId },
  );
  expect(completed.completeReferral).toEqual({
    status: 'COMPLETED',
    history: [{ to: 'SENT' }, { to: 'RECEIVED' }, { to: 'ACCEPTED' }, { to: 'COMPLETED' }],
  });

  // The person's service history, as the tutor sees it, now holds the completed service.
  const history = await ok(
    tutor,
    `query($id: ID!) { beneficiary(id: $id) { serviceHistory { service { id } status outcome referral { id } } } }`,
    { id: person.id },
  );
  expect(history.beneficiary.serviceHistory).toContainEqual({
    service: { id: jobLab.id },
    status: 'COMPLETED',
    outcome: 'CV written, two interviews',
    referral: { id: referralId },
  });
});
