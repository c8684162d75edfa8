import { addDays, todayInItaly } from '@shubh/platform';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createBeneficiary, createCaseFacts } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 13: a double submit of a create made two records. With the same `idempotencyKey`, the same create
 * sent twice at once through the gateway makes one record and both answers name it; the same key with other values
 * is refused; keys are the caller's own.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const today = todayInItaly();
const INTAKE = `mutation($input: RecordIntakeReferralInput!, $key: String) { recordIntakeReferral(input: $input, idempotencyKey: $key) { id } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: RecordFollowUpInput!, $key: String) {
  recordFollowUp(beneficiaryId: $id, input: $input, idempotencyKey: $key) { id } }`;
const SEND = `mutation($input: SendReferralInput!, $key: String) { sendReferral(input: $input, idempotencyKey: $key) { id } }`;

function intakeInput(cornerId: string, familyName: string) {
  return {
    source: 'OUTREACH',
    integraCornerId: cornerId,
    givenName: 'Tesfaye',
    familyName,
    birthDate: '1990-05-04',
    citizenship: 'ET',
    protectionStatus: 'REFUGEE',
    receptionType: 'SAI',
    receptionExitDate: addDays(today, -100),
    province: 'TO',
  };
}

/** Sends the same request twice at once; both must answer. */
async function twiceAtOnce(token: string, query: string, variables: Record<string, unknown>) {
  const bodies = (await Promise.all([0, 1].map(() => hub.request(query, variables, { token })))).map(({ body }) => body);
  for (const body of bodies) expect(body.errors).toBeUndefined();
  return bodies.map((body) => Object.values(body.data as Record<string, { id: string }>)[0]!.id);
}

const count = async (sql: string, parameters: unknown[]) =>
  Number((await hub.hub.dataSources.beneficiaries!.query(sql, parameters))[0].count);

it('records an intake referral once for a key sent twice at once, refuses the key for other values, and keeps keys per caller', async () => {
  const cornerId = (await createIntegraCorner(hub.hub.dataSources.catalogue!, { province: 'TO' })).id;
  const tutor = await hub.identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] });
  const familyName = `Bekele ${crypto.randomUUID().slice(0, 8)}`;
  const key = crypto.randomUUID();
  const [first, second] = await twiceAtOnce(tutor, INTAKE, { input: intakeInput(cornerId, familyName), key });
  expect(second).toBe(first);
  const rows = () => count('SELECT count(*) FROM beneficiaries.intake_referral WHERE family_name = $1', [familyName]);
  expect(await rows()).toBe(1);

  const reused = await hub.request(INTAKE, { input: intakeInput(cornerId, `${familyName} Other`), key }, { token: tutor });
  expect(reused.body.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    field: 'idempotencyKey',
    reason: 'IDEMPOTENCY_KEY_REUSED',
  });
  expect(await count('SELECT count(*) FROM beneficiaries.intake_referral WHERE family_name = $1', [`${familyName} Other`])).toBe(0);

  // Another caller's key is another key; without a key every request creates.
  const colleague = await hub.identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] });
  const theirs = await hub.request(INTAKE, { input: intakeInput(cornerId, familyName), key }, { token: colleague });
  expect(theirs.body.data.recordIntakeReferral.id).not.toBe(first);
  await twiceAtOnce(tutor, INTAKE, { input: intakeInput(cornerId, familyName) });
  expect(await rows()).toBe(4);

  const malformed = await hub.request(INTAKE, { input: intakeInput(cornerId, familyName), key: 'x'.repeat(201) }, { token: tutor });
  expect(malformed.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  expect(await rows()).toBe(4);
});

it('records a follow-up and sends a referral once for a key sent twice at once', async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    tutorUserId: tutorId,
    caseStatus: 'IN_PROGRESS',
  });
  await createCaseFacts(hub.hub.dataSources.beneficiaries!, person.id, { plan: 'started' });
  const tutor = await hub.identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });

  const followUps = () => count('SELECT count(*) FROM beneficiaries.follow_up WHERE beneficiary_id = $1', [person.id]);
  const before = await followUps();
  const input = { heldOn: today, goalProgress: [] };
  const [first, second] = await twiceAtOnce(tutor, FOLLOW_UP, { id: person.id, input, key: crypto.randomUUID() });
  expect(second).toBe(first);
  expect(await followUps()).toBe(before + 1);

  const service = await createService(catalogue, { provinces: ['TO'] });
  await hub.hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
    beneficiaryId: person.id,
    purpose: 'SHARE_WITH_ORGANISATION',
    organisationId: service.providerId,
    grantedAt: new Date(Date.now() - 86_400_000),
    grantedBy: 'test',
    withdrawnAt: null,
    withdrawnBy: null,
  });
  const referral = { beneficiaryId: person.id, serviceId: service.id, fromCornerId: corner.id, responseDueOn: addDays(today, 14) };
  const [sent, again] = await twiceAtOnce(tutor, SEND, { input: referral, key: crypto.randomUUID() });
  expect(again).toBe(sent);
  const referrals = await catalogue.query('SELECT count(*) FROM catalogue.referral WHERE beneficiary_id = $1', [person.id]);
  expect(Number(referrals[0].count)).toBe(1);
});
