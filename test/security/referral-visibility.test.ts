import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ReferralTransitionEntity } from '../../subgraphs/catalogue/src/referral/referral-transition.entity.js';
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

/**
 * Issue 9, finding 9: what a partner still sees of a referral addressed to it once it closed or the person withdrew
 * the consent to share: the status, the service and the days of its history (its own accounting), never the note,
 * the reasons the sending corner wrote in the history, or the person. One row per state of the
 * referral, one column per caller; each cell says what that caller reads.
 */
describe("a partner's view of a closed or no longer shared referral", () => {
  const READ = `query($to: ID!) { referrals(first: 5, filter: { toOrganisationId: $to }) { edges { node {
    id status note service { id } history { to at reason outcome } beneficiary { id givenName } } } } }`;
  type View = 'whole' | 'accounting' | 'nothing';
  const CALLERS = ['partner of the provider', 'another partner', 'tutor of the sending corner', 'administrator'] as const;
  const MATRIX: Record<string, [View, View, View, View]> = {
    'open, consent in force': /*       */ ['whole', 'nothing', 'whole', 'whole'],
    'open, consent withdrawn': /*      */ ['accounting', 'nothing', 'whole', 'whole'],
    'completed, consent in force': /*  */ ['accounting', 'nothing', 'whole', 'whole'],
    'rejected, consent in force': /*   */ ['accounting', 'nothing', 'whole', 'whole'],
    'cancelled, consent withdrawn': /* */ ['accounting', 'nothing', 'whole', 'whole'],
  };
  const STATES: Record<string, { status: 'ACCEPTED' | 'COMPLETED' | 'REJECTED' | 'CANCELLED'; withdrawn: boolean }> = {
    'open, consent in force': { status: 'ACCEPTED', withdrawn: false },
    'open, consent withdrawn': { status: 'ACCEPTED', withdrawn: true },
    'completed, consent in force': { status: 'COMPLETED', withdrawn: false },
    'rejected, consent in force': { status: 'REJECTED', withdrawn: false },
    'cancelled, consent withdrawn': { status: 'CANCELLED', withdrawn: true },
  };

  it.each(Object.keys(MATRIX))('%s', async (state) => {
    const { status, withdrawn } = STATES[state]!;
    const catalogue = hub.hub.dataSources.catalogue!;
    const service = await createService(catalogue);
    const person = await createBeneficiary(hub.hub.dataSources.beneficiaries!);
    const consents = hub.hub.dataSources.beneficiaries!.getRepository(ConsentEntity);
    await consents.save({
      beneficiaryId: person.id,
      purpose: 'SHARE_WITH_ORGANISATION',
      organisationId: service.providerId,
      grantedAt: new Date(Date.now() - 86_400_000),
      grantedBy: 'test',
      withdrawnAt: withdrawn ? new Date() : null,
      withdrawnBy: withdrawn ? 'test' : null,
    });
    const referral = await createReferral(catalogue, {
      serviceId: service.id,
      beneficiaryId: person.id,
      status,
      note: 'Needs evening classes: works mornings',
    });
    await catalogue.getRepository(ReferralTransitionEntity).save([
      { referralId: referral.id, fromStatus: null, toStatus: 'SENT', at: new Date(Date.now() - 3_600_000), byUser: 'tutor' },
      {
        referralId: referral.id,
        fromStatus: 'SENT',
        toStatus: status,
        at: new Date(),
        byUser: 'someone',
        reason: status === 'COMPLETED' || status === 'ACCEPTED' ? null : 'Moved to another city',
        outcome: status === 'COMPLETED' ? 'Completed the A2 course' : null,
      },
    ]);
    const tokens = {
      'partner of the provider': await hub.identity.tokenFor({ roles: ['partner-operator'], organisationId: service.providerId }),
      'another partner': await hub.identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      'tutor of the sending corner': await hub.identity.tokenFor({ roles: ['tutor'], cornerIds: [referral.fromCornerId] }),
      administrator: await hub.identity.tokenFor({ roles: ['network-admin'] }),
    };
    const observed: View[] = [];
    for (const caller of CALLERS) {
      const { body } = await hub.request(READ, { to: service.providerId }, { token: tokens[caller] });
      const seen = body.data?.referrals.edges[0]?.node;
      if (seen === undefined) {
        // Not a time-out: a caller who sees nothing is told so, or gets an empty page.
        expect(body.errors?.map((error: any) => error.extensions.code) ?? []).not.toContain('SERVICE_UNAVAILABLE');
        expect(body.errors?.map((error: any) => error.extensions.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
        observed.push('nothing');
        continue;
      }
      expect(body.errors).toBeUndefined();
      // Whatever the caller reads, the status, the service and the days of the history are there.
      expect(seen).toMatchObject({ id: referral.id, status, service: { id: service.id } });
      expect(seen.history.map((step: { to: string }) => step.to)).toEqual(['SENT', status]);
      const details = seen.note !== null;
      // The provider's own answers (rejection reason, outcome) stay with it; the sending corner's reasons go with the note.
      const last = seen.history.at(-1);
      expect(last.reason !== null || last.outcome !== null).toBe(status !== 'ACCEPTED' && (status !== 'CANCELLED' || details));
      if (!details) expect(seen.beneficiary).toBeNull();
      observed.push(details ? 'whole' : 'accounting');
    }
    expect(Object.fromEntries(CALLERS.map((caller, index) => [caller, observed[index]]))).toEqual(
      Object.fromEntries(CALLERS.map((caller, index) => [caller, MATRIX[state]![index]])),
    );
  });
});
