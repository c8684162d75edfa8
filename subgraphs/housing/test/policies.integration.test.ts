/**
 * Every module's policy of the housing subgraph, decided as a request would: each cell calls the module's service,
 * built for one caller by the kernel (no HTTP), on a real database, on a world of its own (a corner, a housing
 * provider with offers, a person of the corner who consents to housing support with an open request, a proposal
 * waiting for the provider, one accepted and one placed), and records whether the call went through, was FORBIDDEN
 * or, for a record the caller may not see at all, NOT_FOUND.
 */
import { Caller, todayInItaly } from '@shubh/platform';
import { createTestContext, openTestDataSource } from '@shubh/platform/testing';
import type { DataSource } from 'typeorm';
import { A, describePolicyTable, F, N, type Cell } from '../../../test/support/policy-table.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { HousingProposalEntity, HousingRequestEntity } from '../src/housing-request/housing-request.entity.js';
import { housingSubgraph } from '../src/subgraph.js';
import { createHousingOffer } from './housing-offer-factory.js';
import { createHousingSituation } from './housing-situation-factory.js';

let dataSource: DataSource;
let people: TestPeople;

beforeAll(async () => {
  dataSource = await openTestDataSource(housingSubgraph);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await dataSource?.destroy();
});

const today = todayInItaly();
const PROVINCE = 'RI';

async function world() {
  const corner = crypto.randomUUID();
  const providerId = crypto.randomUUID();
  const person = await people.person({ integraCornerId: corner, purposes: ['HOUSING_SUPPORT'] });
  const another = await people.person({ integraCornerId: corner, purposes: ['HOUSING_SUPPORT'] });
  await createHousingSituation(dataSource, { beneficiaryId: person.id });
  const offers = [];
  for (let i = 0; i < 4; i += 1) offers.push(await createHousingOffer(dataSource, { providerId, province: PROVINCE, places: 5 }));
  const request = await dataSource.getRepository(HousingRequestEntity).save({
    beneficiaryId: person.id,
    integraCornerId: corner,
    province: PROVINCE,
    householdSize: 1,
    minors: 0,
    status: 'OPEN',
    note: null,
    openedBy: 'test',
  });
  const proposal = (offerId: string, extra: Partial<HousingProposalEntity>) =>
    dataSource.getRepository(HousingProposalEntity).save({
      requestId: request.id,
      offerId,
      beneficiaryId: person.id,
      providerId,
      status: 'PROPOSED',
      proposedBy: 'test',
      ...extra,
    });
  const proposed = await proposal(offers[0]!.id, {});
  const accepted = await proposal(offers[1]!.id, { status: 'ACCEPTED' });
  const placed = await proposal(offers[2]!.id, { status: 'PLACED', contractType: 'FOUR_PLUS_FOUR', startsOn: today, rentCents: 30_000 });
  return { corner, providerId, person, another, offers, request, proposed, accepted, placed };
}
type World = Awaited<ReturnType<typeof world>>;

const CALLERS: Record<string, (world: World) => Caller> = {
  administrator: () => new Caller(crypto.randomUUID(), 'admin', ['network-admin'], null, [], null, null),
  'coordinator of the corner': (w) => new Caller(crypto.randomUUID(), 'coord', ['corner-coordinator'], null, [w.corner], null, null),
  'tutor of the corner': (w) => new Caller(crypto.randomUUID(), 'tutor', ['tutor'], null, [w.corner], null, null),
  'tutor of another corner': () => new Caller(crypto.randomUUID(), 'tutor2', ['tutor'], null, [crypto.randomUUID()], null, null),
  "the provider's operator": (w) => new Caller(crypto.randomUUID(), 'agency', ['partner-operator'], w.providerId, [], null, null),
  "another organisation's operator": () =>
    new Caller(crypto.randomUUID(), 'partner2', ['partner-operator'], crypto.randomUUID(), [], null, null),
  'the person': (w) => new Caller(crypto.randomUUID(), 'person', ['beneficiary'], null, [], w.person.id, null),
  employer: () => new Caller(crypto.randomUUID(), 'employer', ['employer'], crypto.randomUUID(), [], null, null),
  monitoring: () => new Caller(crypto.randomUUID(), 'monitoring', ['monitoring'], null, [], null, null),
};

type Context = ReturnType<typeof createTestContext<typeof housingSubgraph.modules>>;

const ACTIONS: Record<string, (context: Context, w: World) => Promise<unknown>> = {
  'situation: read it': (context, w) => context.housingSituations.of(w.person.id),
  'situation: record it': (context, w) =>
    context.housingSituations.recordSituation({ beneficiaryId: w.person.id, status: 'SHARED_RENT', municipality: 'Rieti' }),
  'offer: publish one': (context) =>
    context.housingOffers.publish({
      title: 'Camera singola',
      kind: 'ROOM',
      province: PROVINCE,
      municipality: 'Rieti',
      bedrooms: 1,
      monthlyRentEuros: 250,
      availableFrom: today,
    }),
  'offer: update it': (context, w) => context.housingOffers.update(w.offers[3]!.id, 1, { monthlyRentEuros: 240 }),
  'offer: withdraw it': (context, w) => context.housingOffers.withdraw(w.offers[3]!.id, 1),
  'request: open one': (context, w) => context.housingRequests.open({ beneficiaryId: w.another.id, province: PROVINCE }),
  'request: rank offers for it': (context, w) => context.housingRequests.offersFor(w.request.id, 5),
  'proposal: propose the person': (context, w) => context.housingProposals.propose({ requestId: w.request.id, offerId: w.offers[3]!.id }),
  'proposal: list them': (context) => context.housingProposals.list({}),
  'proposal: record the viewing (provider)': (context, w) => context.housingProposals.recordViewing(w.proposed.id, today),
  'proposal: accept (provider)': (context, w) => context.housingProposals.accept(w.proposed.id),
  'proposal: withdraw (case team)': (context, w) => context.housingProposals.withdraw(w.proposed.id, 'Ha trovato casa da sé'),
  'placement: start it': (context, w) =>
    context.housingProposals.startPlacement(w.accepted.id, { contractType: 'THREE_PLUS_TWO', startsOn: today, monthlyRentEuros: 300 }),
  'rent guarantee: activate one': (context, w) =>
    context.rentGuarantees.activate({ placementId: w.placed.id, kind: 'GUARANTEE', amountEuros: 100, months: 3, startsOn: today }),
};

/**
 * Columns: admin, coordinator, tutor of the corner, tutor elsewhere, the provider, another partner, the person,
 * employer, monitoring. The provider reaches the person only through a proposal to its offers (and the consent), so
 * it does not read the situation itself here (no referral); a proposal, request or placement the caller may not see
 * is NOT_FOUND.
 */
const TABLE: Record<keyof typeof ACTIONS, [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell]> = {
  'situation: read it': [A, A, A, F, F, F, A, F, F],
  'situation: record it': [A, A, A, F, F, F, F, F, F],
  'offer: publish one': [F, F, F, F, A, A, F, F, F],
  'offer: update it': [A, F, F, F, A, F, F, F, F],
  'offer: withdraw it': [A, F, F, F, A, F, F, F, F],
  'request: open one': [A, A, A, F, F, F, F, F, F],
  'request: rank offers for it': [A, A, A, N, N, N, N, N, N],
  'proposal: propose the person': [A, A, A, N, N, N, N, N, N],
  'proposal: list them': [A, A, A, A, A, A, F, F, F],
  'proposal: record the viewing (provider)': [A, F, F, N, A, N, F, F, F],
  'proposal: accept (provider)': [A, F, F, N, A, N, F, F, F],
  'proposal: withdraw (case team)': [A, A, A, N, F, N, F, F, F],
  'placement: start it': [A, A, A, N, A, N, F, F, F],
  'rent guarantee: activate one': [A, A, A, N, F, N, N, N, N],
};

describePolicyTable('the policies of the housing subgraph', {
  world,
  callers: CALLERS,
  contextFor: (caller) => createTestContext(housingSubgraph, dataSource, caller),
  actions: ACTIONS,
  table: TABLE,
});
