import { addDays } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { HousingKind, HousingOfferStatus, HousingStatus } from '../src/generated/resolvers-types.js';
import { HousingOfferEntity } from '../src/housing-offer/housing-offer.entity.js';
import { HousingSituationEntity } from '../src/housing-situation/housing-situation.entity.js';

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
    };
  });
  await dataSource.createQueryBuilder().insert().into(HousingOfferEntity).values(offers).orIgnore().execute();

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
  await dataSource.createQueryBuilder().insert().into(HousingSituationEntity).values(situations).orIgnore().execute();
}
