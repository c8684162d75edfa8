import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { startSecurityHub, type SecurityHub } from './security-hub.js';

/**
 * Issue 9, finding 6: a partner's referral list does not collapse to `data: null` when one referred person is
 * hidden from it (their consent to share withdrawn): that referral's `beneficiary` is null, the others are whole.
 */
let hub: SecurityHub;
beforeAll(async () => {
  hub = await startSecurityHub();
});
afterAll(() => hub?.stop());

const INBOX = `{ referrals(first: 20) { edges { node { id status beneficiary { id givenName } } } } }`;

it("answers a partner's list with null for a person it may no longer see, and the other referrals whole", async () => {
  const catalogue = hub.hub.dataSources.catalogue!;
  const service = await createService(catalogue);
  const consents = hub.hub.dataSources.beneficiaries!.getRepository(ConsentEntity);
  const people = [];
  for (let index = 0; index < 2; index += 1) {
    const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!);
    const consent = await consents.save({
      beneficiaryId: person.id,
      purpose: 'SHARE_WITH_ORGANISATION',
      organisationId: service.providerId,
      grantedAt: new Date(),
      grantedBy: 'test',
      withdrawnAt: null,
      withdrawnBy: null,
    });
    const referral = await createReferral(catalogue, { serviceId: service.id, beneficiaryId: person.id });
    people.push({ person, consent, referral });
  }
  const operator = await hub.identity.tokenFor({ roles: ['partner-operator'], organisationId: service.providerId });
  const before = await hub.request(INBOX, {}, { token: operator });
  expect(before.body.errors).toBeUndefined();
  expect(before.body.data.referrals.edges.map(({ node }: any) => node.beneficiary?.id).sort()).toEqual(
    people.map(({ person }) => person.id).sort(),
  );

  const [hidden, shown] = people as [(typeof people)[0], (typeof people)[0]];
  await consents.update({ id: hidden.consent.id }, { withdrawnAt: new Date(), withdrawnBy: 'test' });
  const after = await hub.request(INBOX, {}, { token: operator });
  expect(after.body.data).not.toBeNull();
  const byId = new Map(after.body.data.referrals.edges.map(({ node }: any) => [node.id, node]));
  expect(byId.get(hidden.referral.id)).toEqual({ id: hidden.referral.id, status: 'SENT', beneficiary: null });
  expect(byId.get(shown.referral.id)).toEqual({
    id: shown.referral.id,
    status: 'SENT',
    beneficiary: { id: shown.person.id, givenName: shown.person.givenName },
  });
  expect(JSON.stringify(after.body)).not.toContain(hidden.person.givenName);
});
