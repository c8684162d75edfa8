/**
 * Reception managing bodies refer (issue 13): an operator of an ente gestore sends an intake referral with their own
 * login; the corner sees it and works it; the body sees what became of its own referrals (the status, whether the
 * person was contacted, the closing reason), never the contact attempts, the case or another body's referrals.
 */
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { intakeInput } from '../../subgraphs/beneficiaries/test/intake-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const RECORD = `mutation($input: RecordIntakeReferralInput!) {
  recordIntakeReferral(input: $input) { id status referringOrganisation { id } }
}`;
const MINE = `{ intakeReferrals(first: 50) { edges { node {
  id familyName status contacted closingNote contactAttempts { id note } convertedBeneficiary { id }
} } } }`;
interface Seen {
  id: string;
  familyName: string;
  status: string;
  contacted: boolean;
  closingNote: string | null;
  contactAttempts: { id: string; note: string | null }[];
  convertedBeneficiary: { id: string } | null;
}
const seenBy = async (token: string): Promise<Seen[]> =>
  (await ok(token, MINE)).intakeReferrals.edges.map((edge: { node: Seen }) => edge.node);

it("a reception body's referral is worked by the corner, and the body sees only its outcome", async () => {
  const catalogue = hub.dataSources.catalogue!;
  const corner = await createIntegraCorner(catalogue, { province: 'TO' });
  const body = await createOrganisation(catalogue, { type: 'RECEPTION_MANAGING_BODY', provinces: ['TO'] });
  const otherBody = await createOrganisation(catalogue, { type: 'RECEPTION_MANAGING_BODY', provinces: ['TO'] });
  const reception = await identity.tokenFor({ roles: ['reception-operator'], organisationId: body.id });
  const otherReception = await identity.tokenFor({ roles: ['reception-operator'], organisationId: otherBody.id });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });

  // The body refers as itself: its organisation is the referring one even when the input names none.
  const first = (await ok(reception, RECORD, { input: intakeInput(corner.id, { referringOrganisationId: null }) })).recordIntakeReferral;
  expect(first).toMatchObject({ status: 'OPEN', referringOrganisation: { id: body.id } });
  const second = (await ok(reception, RECORD, { input: intakeInput(corner.id, { referringOrganisationId: body.id }) }))
    .recordIntakeReferral;
  // Never as another organisation.
  const { body: asOther } = await call(reception, RECORD, { input: intakeInput(corner.id, { referringOrganisationId: otherBody.id }) });
  expect(asOther.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  expect(asOther.data).toBeNull();

  // The corner sees both and works them: a contact, a conversion; a contact, then declined with the reason.
  expect((await seenBy(tutor)).map((referral) => referral.id).sort()).toEqual([first.id, second.id].sort());
  const attempt = `mutation($id: ID!, $input: RecordContactAttemptInput!) { recordContactAttempt(referralId: $id, input: $input) { id } }`;
  await ok(tutor, attempt, {
    id: first.id,
    input: { channel: 'PHONE', outcome: 'REACHED', note: 'Spoke with her, very anxious about housing' },
  });
  await ok(tutor, attempt, { id: second.id, input: { channel: 'PHONE', outcome: 'REACHED' } });
  const converted = await ok(
    tutor,
    `mutation($id: ID!) { convertIntakeReferral(referralId: $id) { status convertedBeneficiary { id } } }`,
    {
      id: first.id,
    },
  );
  expect(converted.convertIntakeReferral.status).toBe('CONVERTED');
  await ok(
    tutor,
    `mutation($id: ID!, $input: CloseIntakeReferralInput!) { closeIntakeReferral(referralId: $id, input: $input) { status } }`,
    {
      id: second.id,
      input: { status: 'DECLINED', note: 'Left reception more than 18 months ago: not eligible' },
    },
  );

  // The body: its two referrals, what became of them, nothing of the corner's notes or of the case.
  const seen = await seenBy(reception);
  expect(seen.map((referral) => [referral.id, referral.status, referral.contacted]).sort()).toEqual(
    [
      [first.id, 'CONVERTED', true],
      [second.id, 'DECLINED', true],
    ].sort(),
  );
  expect(seen.find((referral) => referral.id === second.id)?.closingNote).toBe('Left reception more than 18 months ago: not eligible');
  for (const referral of seen) {
    expect(referral.contactAttempts).toEqual([]);
    expect(referral.convertedBeneficiary).toBeNull();
  }
  expect(JSON.stringify(seen)).not.toContain('anxious');
  // The case itself stays closed to the body.
  const beneficiaryId = converted.convertIntakeReferral.convertedBeneficiary.id;
  const { body: caseRead } = await call(reception, `query($id: ID!) { beneficiary(id: $id) { id givenName } }`, { id: beneficiaryId });
  expect(caseRead.data?.beneficiary ?? null).toBeNull();
  // Nor may the body work the corner's side.
  const third = (await ok(reception, RECORD, { input: intakeInput(corner.id, { referringOrganisationId: null }) })).recordIntakeReferral;
  const { body: work } = await call(reception, attempt, { id: third.id, input: { channel: 'PHONE', outcome: 'REACHED' } });
  expect(work.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  expect((await seenBy(reception)).find((referral) => referral.id === third.id)).toMatchObject({ status: 'OPEN', contacted: false });
  // Another body sees none of them.
  expect(await seenBy(otherReception)).toEqual([]);
});
