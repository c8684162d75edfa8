import { addDays } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { HousingKind, HousingOfferStatus, HousingProposalStatus, HousingStatus } from '../src/generated/resolvers-types.js';
import { HousingOfferEntity } from '../src/housing-offer/housing-offer.entity.js';
import {
  HousingProposalEntity,
  HousingProposalTransitionEntity,
  HousingRequestEntity,
} from '../src/housing-request/housing-request.entity.js';
import { HousingSituationChangeEntity, HousingSituationEntity } from '../src/housing-situation/housing-situation.entity.js';
import { RentGuaranteeClaimEntity, RentGuaranteeEntity } from '../src/rent-guarantee/rent-guarantee.entity.js';

type DemoOffer = [
  title: string,
  provider: string,
  kind: HousingKind,
  municipality: string,
  bedrooms: number,
  rentEuros: number,
  availableInDays: number,
  status: HousingOfferStatus,
];

const OFFERS: DemoOffer[] = [
  ['Camera singola in appartamento condiviso, Aurora', 'Agenzia Sociale per la Locazione Torino', 'ROOM', 'Torino', 1, 320, 5, 'AVAILABLE'],
  ['Bilocale arredato, Barriera di Milano', 'Agenzia Sociale per la Locazione Torino', 'APARTMENT', 'Torino', 1, 520, 20, 'AVAILABLE'],
  [
    'Trilocale per nucleo familiare, Moncalieri',
    'Agenzia Sociale per la Locazione Torino',
    'APARTMENT',
    'Moncalieri',
    2,
    690,
    45,
    'AVAILABLE',
  ],
  ['Posto in coabitazione solidale, San Salvario', 'Cooperativa Sociale Progetto Tenda', 'COHOUSING', 'Torino', 1, 280, 0, 'AVAILABLE'],
  [
    'Appartamento di transizione in semi-autonomia',
    'Cooperativa Sociale Progetto Tenda',
    'TRANSITIONAL_HOUSING',
    'Collegno',
    2,
    250,
    12,
    'RESERVED',
  ],
  ['Camera doppia uso singola, Libertà', 'Abitare Solidale Bari', 'ROOM', 'Bari', 1, 260, 3, 'AVAILABLE'],
  ['Bilocale vicino alla stazione, Madonnella', 'Abitare Solidale Bari', 'APARTMENT', 'Bari', 1, 480, 30, 'AVAILABLE'],
  ['Alloggio a canone concordato, Modugno', 'Abitare Solidale Bari', 'SOCIAL_HOUSING', 'Modugno', 2, 450, 60, 'AVAILABLE'],
  ['Alloggio ponte per uscita dal SAI', 'SAI Comune di Bari', 'TRANSITIONAL_HOUSING', 'Bari', 1, 250, 8, 'AVAILABLE'],
  ['Camera in appartamento condiviso, Pigneto', 'Centro Astalli Roma', 'ROOM', 'Roma', 1, 390, 10, 'AVAILABLE'],
  ['Monolocale, Torpignattara', 'Centro Astalli Roma', 'APARTMENT', 'Roma', 0, 650, 25, 'RESERVED'],
  ['Posto in cohousing per donne con bambini', 'Centro Astalli Roma', 'COHOUSING', 'Roma', 1, 300, 40, 'TAKEN'],
];

const MUNICIPALITIES: Record<string, string[]> = {
  TO: ['Torino', 'Torino', 'Moncalieri', 'Collegno', 'Settimo Torinese'],
  BA: ['Bari', 'Bari', 'Modugno', 'Bitonto', 'Triggiano'],
  RM: ['Roma', 'Roma', 'Roma', 'Guidonia Montecelio', 'Fiumicino'],
};

// Weighted towards the precarious situations people leave reception into.
const SITUATIONS: HousingStatus[] = [
  'HOSTED_BY_FRIENDS',
  'SHARED_RENT',
  'EMERGENCY_SHELTER',
  'TRANSITIONAL_HOUSING',
  'SHARED_RENT',
  'HOMELESS',
  'OWN_RENT',
  'COHOUSING',
  'HOSTED_BY_FRIENDS',
  'SOCIAL_HOUSING',
  'SHARED_RENT',
];
const RENTED: ReadonlySet<HousingStatus> = new Set(['SHARED_RENT', 'OWN_RENT', 'COHOUSING']);

const earlier = (a: string, b: string) => (a < b ? a : b);

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const providers = new Map(plan.organisations.map((organisation) => [organisation.name, organisation]));
  const offers = OFFERS.map(([title, providerName, kind, municipality, bedrooms, rentEuros, availableInDays, status]) => {
    const provider = providers.get(providerName);
    if (!provider) throw new Error(`The demo plan has no organisation named ${providerName}`);
    return {
      id: demoId('housing-offer', title),
      title,
      providerId: provider.id,
      kind,
      province: provider.provinces[0]!,
      municipality,
      bedrooms,
      monthlyRentCents: rentEuros * 100,
      availableFrom: addDays(plan.today, availableInDays),
      status,
      // Rooms and cohousing places take several people; a home, one household.
      places: kind === 'ROOM' || kind === 'COHOUSING' ? 3 : 2,
      placesTaken: 0,
    };
  });

  // Every seventh beneficiary has no situation recorded yet, as happens right after referral.
  const situations = plan.beneficiaries
    .map((beneficiary, index) => ({ beneficiary, index }))
    .filter(({ index }) => index % 7 !== 6)
    .map(({ beneficiary, index }) => {
      const status = SITUATIONS[index % SITUATIONS.length]!;
      const municipalities = MUNICIPALITIES[beneficiary.province] ?? [];
      return {
        beneficiaryId: beneficiary.id,
        status,
        municipality: status === 'HOMELESS' ? null : (municipalities[index % municipalities.length] ?? null),
        since: index % 5 === 3 ? null : earlier(addDays(beneficiary.receptionExitDate, (index * 11) % 90), plan.today),
        rentGuaranteeActive: RENTED.has(status) && index % 2 === 1,
      };
    });
  const intermediation = planIntermediation(plan, offers);
  for (const offer of offers) offer.placesTaken = intermediation.placesTaken.get(offer.id) ?? 0;
  await dataSource.createQueryBuilder().insert().into(HousingOfferEntity).values(offers).orIgnore().execute();
  for (const situation of situations) {
    const placed = intermediation.homes.get(situation.beneficiaryId);
    if (placed) Object.assign(situation, placed);
  }
  await dataSource.createQueryBuilder().insert().into(HousingSituationEntity).values(situations).orIgnore().execute();
  const insert = async (entity: object, rows: object[]) => {
    if (rows.length > 0)
      await dataSource
        .createQueryBuilder()
        .insert()
        .into(entity as never)
        .values(rows)
        .orIgnore()
        .execute();
  };
  await insert(HousingRequestEntity, intermediation.requests);
  await insert(HousingProposalEntity, intermediation.proposals);
  await insert(HousingProposalTransitionEntity, intermediation.transitions);
  await insert(HousingSituationChangeEntity, intermediation.changes);
  await insert(RentGuaranteeEntity, intermediation.guarantees);
  await insert(RentGuaranteeClaimEntity, intermediation.claims);
  // The fund of each province has committed what its guarantees hold.
  for (const guarantee of intermediation.guarantees) {
    await dataSource.query(
      `INSERT INTO housing.rent_guarantee_fund (province, committed_cents) VALUES ($1, $2)
       ON CONFLICT (province) DO NOTHING`,
      [guarantee.province, guarantee.amountCents],
    );
  }
}

/** The stages the demo's proposals are at, one person each (people who consented to housing support). */
const STAGES: HousingProposalStatus[] = ['PROPOSED', 'VIEWING', 'ACCEPTED', 'PLACED', 'ENDED'];
const PATH: Record<HousingProposalStatus, HousingProposalStatus[]> = {
  PROPOSED: ['PROPOSED'],
  VIEWING: ['PROPOSED', 'VIEWING'],
  ACCEPTED: ['PROPOSED', 'VIEWING', 'ACCEPTED'],
  PLACED: ['PROPOSED', 'VIEWING', 'ACCEPTED', 'PLACED'],
  ENDED: ['PROPOSED', 'ACCEPTED', 'PLACED', 'ENDED'],
  DECLINED: ['PROPOSED', 'VIEWING', 'DECLINED'],
  WITHDRAWN: ['PROPOSED', 'WITHDRAWN'],
};
const SITUATION_OF: Record<HousingKind, HousingStatus> = {
  APARTMENT: 'OWN_RENT',
  ROOM: 'SHARED_RENT',
  COHOUSING: 'COHOUSING',
  SOCIAL_HOUSING: 'SOCIAL_HOUSING',
  TRANSITIONAL_HOUSING: 'TRANSITIONAL_HOUSING',
};

type DemoOfferRow = Pick<HousingOfferEntity, 'id' | 'providerId' | 'kind' | 'province' | 'municipality' | 'monthlyRentCents' | 'status'>;

/**
 * Requests, proposals at every stage, two placements (one running, with a rent guarantee and a claim; one ended in
 * a tenancy of the person's own) for people who consented to housing support, and open requests in Bari and Roma.
 */
function planIntermediation(plan: DemoPlan, offers: DemoOfferRow[]) {
  const consenting = new Set(
    plan.consents
      .filter((consent) => consent.purpose === 'HOUSING_SUPPORT' && consent.withdrawnOn === null)
      .map((consent) => consent.beneficiaryId),
  );
  const requests: Partial<HousingRequestEntity>[] = [];
  const proposals: Partial<HousingProposalEntity>[] = [];
  const transitions: Partial<HousingProposalTransitionEntity>[] = [];
  const changes: Partial<HousingSituationChangeEntity>[] = [];
  const guarantees: RentGuaranteeEntity[] = [];
  const claims: Partial<RentGuaranteeClaimEntity>[] = [];
  const placesTaken = new Map<string, number>();
  const homes = new Map<string, Partial<HousingSituationEntity>>();
  const tutor = (beneficiary: DemoPlan['beneficiaries'][number]) => beneficiary.tutorUserId ?? demoId('user', 'admin.rossi');
  const open = offers.filter((offer) => offer.status === 'AVAILABLE');
  const withConsent = plan.beneficiaries.filter((beneficiary) => consenting.has(beneficiary.id));
  withConsent.slice(0, STAGES.length).forEach((beneficiary, index) => {
    const stage = STAGES[index]!;
    const offer = open.filter((candidate) => candidate.province === beneficiary.province)[index % 4] ?? open[index % open.length]!;
    const requestId = demoId('housing-request', beneficiary.id);
    const placed = stage === 'PLACED' || stage === 'ENDED';
    requests.push({
      id: requestId,
      beneficiaryId: beneficiary.id,
      integraCornerId: beneficiary.integraCornerId,
      province: offer.province,
      householdSize: 1,
      minors: 0,
      status: placed ? 'CLOSED' : 'OPEN',
      note: null,
      openedBy: tutor(beneficiary),
      openedAt: new Date(`${addDays(plan.today, -60 + index)}T09:00:00Z`),
    });
    const proposalId = demoId('housing-proposal', `${beneficiary.id}:${stage}`);
    const startsOn = addDays(plan.today, stage === 'ENDED' ? -50 : -20);
    proposals.push({
      id: proposalId,
      requestId,
      offerId: offer.id,
      beneficiaryId: beneficiary.id,
      providerId: offer.providerId,
      status: stage,
      viewingOn: PATH[stage].includes('VIEWING') ? addDays(plan.today, -40 + index) : null,
      contractType: placed ? (offer.kind === 'COHOUSING' ? 'COHOUSING_AGREEMENT' : 'THREE_PLUS_TWO') : null,
      startsOn: placed ? startsOn : null,
      rentCents: placed ? offer.monthlyRentCents : null,
      endedOn: stage === 'ENDED' ? addDays(plan.today, -5) : null,
      outcome: stage === 'ENDED' ? 'OWN_TENANCY' : null,
      proposedBy: tutor(beneficiary),
      proposedAt: new Date(`${addDays(plan.today, -45 + index)}T10:00:00Z`),
    });
    PATH[stage].forEach((to, step, path) =>
      transitions.push({
        id: demoId('housing-proposal-transition', `${proposalId}:${to}`),
        proposalId,
        fromStatus: step === 0 ? null : path[step - 1]!,
        toStatus: to,
        note: null,
        byUser: tutor(beneficiary),
        at: new Date(`${addDays(plan.today, -45 + index + step * 5)}T11:00:00Z`),
      }),
    );
    if (stage === 'PROPOSED') {
      // Declined for another home before this proposal.
      const declined = open.filter((candidate) => candidate.province === beneficiary.province && candidate.id !== offer.id)[0];
      if (declined) {
        const declinedId = demoId('housing-proposal', `${beneficiary.id}:DECLINED`);
        proposals.push({
          id: declinedId,
          requestId,
          offerId: declined.id,
          beneficiaryId: beneficiary.id,
          providerId: declined.providerId,
          status: 'DECLINED',
          viewingOn: addDays(plan.today, -50),
          proposedBy: tutor(beneficiary),
          proposedAt: new Date(`${addDays(plan.today, -55)}T10:00:00Z`),
        });
        PATH.DECLINED.forEach((to, step, path) =>
          transitions.push({
            id: demoId('housing-proposal-transition', `${declinedId}:${to}`),
            proposalId: declinedId,
            fromStatus: step === 0 ? null : path[step - 1]!,
            toStatus: to,
            note: to === 'DECLINED' ? 'Il proprietario ha scelto un altro nucleo' : null,
            byUser: tutor(beneficiary),
            at: new Date(`${addDays(plan.today, -55 + step * 2)}T11:00:00Z`),
          }),
        );
      }
    }
    if (stage === 'ACCEPTED' || stage === 'PLACED') placesTaken.set(offer.id, (placesTaken.get(offer.id) ?? 0) + 1);
    if (placed) {
      const home = { status: SITUATION_OF[offer.kind], municipality: offer.municipality, since: startsOn };
      homes.set(beneficiary.id, { ...home, risk: 'NONE', recordedBy: tutor(beneficiary) });
      changes.push({
        id: demoId('housing-situation-change', `${beneficiary.id}:${startsOn}`),
        beneficiaryId: beneficiary.id,
        ...home,
        risk: 'NONE',
        recordedAt: new Date(`${startsOn}T12:00:00Z`),
        recordedBy: tutor(beneficiary),
      });
    }
    if (stage === 'PLACED') {
      const guaranteeId = demoId('rent-guarantee', proposalId);
      guarantees.push(
        Object.assign(new RentGuaranteeEntity(), {
          id: guaranteeId,
          beneficiaryId: beneficiary.id,
          placementId: proposalId,
          kind: 'GUARANTEE' as const,
          province: offer.province,
          amountCents: 6 * offer.monthlyRentCents,
          months: 12,
          startsOn,
          endsOn: addDays(addDays(startsOn, 365), -1),
          claimedCents: offer.monthlyRentCents,
          status: 'ACTIVE' as const,
          releasedOn: null,
          activatedBy: tutor(beneficiary),
          activatedAt: new Date(`${startsOn}T12:30:00Z`),
        }),
      );
      claims.push({
        id: demoId('rent-guarantee-claim', guaranteeId),
        guaranteeId,
        kind: 'UNPAID_RENT',
        amountCents: offer.monthlyRentCents,
        note: 'Un mese di affitto non pagato durante il cambio di lavoro',
        recordedBy: tutor(beneficiary),
        recordedAt: new Date(`${addDays(plan.today, -3)}T09:00:00Z`),
      });
    }
  });
  // Requests still open in Bari and Roma, waiting for a proposal.
  for (const province of ['BA', 'RM']) {
    for (const beneficiary of plan.beneficiaries
      .filter((candidate) => candidate.province === province && candidate.tutorUserId)
      .slice(0, 2)) {
      requests.push({
        id: demoId('housing-request', beneficiary.id),
        beneficiaryId: beneficiary.id,
        integraCornerId: beneficiary.integraCornerId,
        province,
        householdSize: 1,
        minors: 0,
        status: 'OPEN',
        note: 'Cerca una stanza vicino al lavoro',
        openedBy: tutor(beneficiary),
        openedAt: new Date(`${addDays(plan.today, -10)}T09:00:00Z`),
      });
    }
  }
  return { requests, proposals, transitions, changes, guarantees, claims, placesTaken, homes };
}
