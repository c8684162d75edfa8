import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { CefrLevel, ProtectionStatus } from '../src/generated/resolvers-types.js';
import { ServiceEntity } from '../src/service/service.entity.js';

interface DemoRules {
  schedule?: string;
  /** Days from the plan's day to the edition's first and last day. */
  edition?: [number, number];
  protection?: ProtectionStatus[];
  maxMonths?: number;
  ages?: [number | null, number | null];
  italian?: CefrLevel;
}

/** Eligibility rules and schedules of the demo services (by name, as `demo-data.ts` lists them). */
const RULES: Record<string, DemoRules> = {
  'Coaching individuale per il lavoro': {
    schedule: 'Su appuntamento, martedì e giovedì 9:30-13:00',
    maxMonths: 18,
    ages: [18, 64],
    italian: 'A2',
  },
  'Laboratorio di soft skills': { schedule: 'Mercoledì 14:00-17:00, otto incontri', edition: [-20, 70], ages: [18, null], italian: 'A2' },
  'Tirocini in logistica e magazzino': {
    schedule: 'Tempo pieno, turni diurni',
    edition: [10, 200],
    maxMonths: 18,
    ages: [18, 50],
    italian: 'A2',
  },
  'Tirocini nella ristorazione collettiva': {
    schedule: 'Lunedì-venerdì 7:00-15:00',
    edition: [-30, 150],
    maxMonths: 18,
    ages: [18, null],
    italian: 'A2',
  },
  'Laboratorio di ricerca attiva del lavoro': {
    schedule: 'Quattro incontri il lunedì 9:30-12:30',
    edition: [-10, 40],
    ages: [18, null],
    italian: 'A1',
  },
  'Incontro domanda-offerta di lavoro': { ages: [18, null] },
  'Italiano L2 per il lavoro (A2-B1)': {
    schedule: 'Lunedì, mercoledì e venerdì 18:00-20:30',
    edition: [-45, 120],
    ages: [16, null],
    italian: 'A1',
  },
  'Garanzia per il canone di locazione': { protection: ['REFUGEE', 'SUBSIDIARY_PROTECTION'], maxMonths: 18, ages: [18, null] },
  'Coabitazione di transizione': { maxMonths: 12, ages: [18, 35] },
  'Supporto psicologico etnoclinico': { schedule: 'Su appuntamento' },
  'Bilancio e certificazione delle competenze': { schedule: 'Tre colloqui individuali su appuntamento', ages: [18, null], italian: 'A1' },
  'Esperienze di lavoro in cantiere': {
    schedule: 'Lunedì-venerdì 7:30-16:30',
    edition: [0, 180],
    maxMonths: 18,
    ages: [18, 45],
    italian: 'A2',
  },
  'Incontri con le imprese agricole': { schedule: 'Un sabato al mese, 9:00-13:00', ages: [18, null] },
  'Supporto individuale alla ricerca di lavoro Bari': { maxMonths: 18, ages: [18, 64], italian: 'A1' },
  'Servizi di conciliazione per famiglie': { schedule: 'Lunedì-venerdì 8:00-16:00' },
  'Scuola di italiano Centro Astalli': { schedule: 'Martedì e giovedì 10:00-12:00 o 17:00-19:00', edition: [-60, 150] },
  'Supporto alla ricerca di lavoro nel turismo': { maxMonths: 18, ages: [18, null], italian: 'A2' },
  'Tirocini nei servizi alberghieri': {
    schedule: 'Turni di sei ore, anche nel fine settimana',
    edition: [15, 200],
    protection: ['REFUGEE'],
    maxMonths: 18,
    ages: [18, 40],
    italian: 'B1',
  },
};

/** Two drafts their providers are still writing: visible to their operators (partner.enaip) and administrators only. */
const DRAFTS = [
  {
    name: 'Corso per il patentino del carrello elevatore',
    description: 'Dodici ore di teoria e pratica con esame finale per l’abilitazione alla conduzione dei carrelli elevatori.',
    programme: 'PRIMA',
    provider: 'Enaip Piemonte',
    area: 'WORK',
    type: 'SOFT_SKILLS_LAB',
    provinces: ['TO'],
    languages: ['it', 'en'],
    capacity: 12,
  },
  {
    name: 'Sportello casa Centro Astalli',
    description: 'Ascolto, ricerca di stanze e appartamenti, mediazione con i proprietari e accompagnamento alla firma del contratto.',
    programme: 'IMPACT',
    provider: 'Centro Astalli Roma',
    area: 'HOUSING',
    type: 'HOUSING_INTERMEDIATION',
    provinces: ['RM'],
    languages: ['it', 'en', 'fr', 'ar'],
    capacity: null,
  },
] as const;

/**
 * The catalogue's publication workflow in the demo: rules and schedules on the published demo services (only
 * those nobody changed through the API since), and two drafts. Rows already there are left alone.
 */
export async function seedServiceDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const repository = dataSource.getRepository(ServiceEntity);
  for (const [name, rules] of Object.entries(RULES)) {
    await repository.update(
      { id: demoId('service', name), version: 1 },
      {
        scheduleDescription: rules.schedule ?? null,
        startsOn: rules.edition ? addDays(plan.today, rules.edition[0]) : null,
        endsOn: rules.edition ? addDays(plan.today, rules.edition[1]) : null,
        eligibleProtectionStatuses: rules.protection ?? [],
        maxMonthsSinceReceptionExit: rules.maxMonths ?? null,
        minAge: rules.ages?.[0] ?? null,
        maxAge: rules.ages?.[1] ?? null,
        minItalianLevel: rules.italian ?? null,
      },
    );
  }
  const organisationId = (name: string) => plan.organisations.find((organisation) => organisation.name === name)!.id;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ServiceEntity)
    .values(
      DRAFTS.map(({ programme, provider, provinces, languages, ...draft }) => ({
        ...draft,
        provinces: [...provinces],
        languages: [...languages],
        id: demoId('service', draft.name),
        programmeId: demoId('programme', programme),
        providerId: organisationId(provider),
        publicationStatus: 'DRAFT' as const,
        publishedAt: null,
        minAge: 18,
      })),
    )
    .orIgnore()
    .execute();
}
