import { addDays } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import type { CefrLevel, ContractType, EmploymentStatus, VacancyStatus } from '../src/generated/resolvers-types.js';
import { JobVacancyEntity } from '../src/job-vacancy/job-vacancy.entity.js';
import { LabourProfileEntity } from '../src/labour-profile/labour-profile.entity.js';

interface VacancyTemplate {
  employer: string;
  title: string;
  description: string;
  municipality: string;
  iscoCode: string;
  contractType: ContractType;
  openings: number;
  italianLevelRequired: CefrLevel | null;
  status: VacancyStatus;
  /** Days before the plan's day that the vacancy was published. */
  publishedDaysAgo: number;
  /** Days the vacancy stays open from publication; null for open until filled. */
  openForDays: number | null;
}

const vacancy = (
  employer: string,
  title: string,
  description: string,
  details: Omit<VacancyTemplate, 'employer' | 'title' | 'description'>,
): VacancyTemplate => ({ employer, title, description, ...details });

const LOGISTICS = 'Logistica Nord Ovest S.r.l.';
const CATERING = 'Ristorazione Collettiva Piemonte S.p.A.';
const FARM = 'Agricola Terre di Puglia';
const BUILDING = 'Cantieri Edili Adriatici';
const HOTEL = 'Hotel Colosseo Servizi';

const VACANCIES: VacancyTemplate[] = [
  vacancy(
    LOGISTICS,
    'Magazziniere addetto carico e scarico',
    'Carico e scarico merci, movimentazione colli e preparazione ordini nel polo logistico. Turni a rotazione 6-14 / 14-22.',
    {
      municipality: 'Orbassano',
      iscoCode: '9333',
      contractType: 'TEMPORARY_AGENCY',
      openings: 4,
      italianLevelRequired: 'A2',
      status: 'OPEN',
      publishedDaysAgo: 6,
      openForDays: 30,
    },
  ),
  vacancy(
    LOGISTICS,
    'Carrellista con patentino',
    'Conduzione di carrelli elevatori frontali e retrattili; patentino per carrellisti richiesto o da conseguire con il corso aziendale.',
    {
      municipality: 'Settimo Torinese',
      iscoCode: '8344',
      contractType: 'FIXED_TERM',
      openings: 2,
      italianLevelRequired: 'A2',
      status: 'OPEN',
      publishedDaysAgo: 15,
      openForDays: 45,
    },
  ),
  vacancy(
    LOGISTICS,
    'Tirocinio in magazzino: preparazione ordini',
    'Tirocinio extracurricolare di 6 mesi con indennità, affiancamento a un tutor aziendale su picking e imballaggio.',
    {
      municipality: 'Torino',
      iscoCode: '9321',
      contractType: 'TRAINEESHIP',
      openings: 2,
      italianLevelRequired: 'A1',
      status: 'FILLED',
      publishedDaysAgo: 90,
      openForDays: 30,
    },
  ),
  vacancy(
    CATERING,
    'Aiuto cuoco in mensa aziendale',
    'Preparazione di verdure e piatti freddi, porzionatura e pulizia della cucina. Orario diurno dal lunedì al venerdì.',
    {
      municipality: 'Torino',
      iscoCode: '9412',
      contractType: 'FIXED_TERM',
      openings: 3,
      italianLevelRequired: 'A2',
      status: 'OPEN',
      publishedDaysAgo: 3,
      openForDays: 21,
    },
  ),
  vacancy(
    CATERING,
    'Addetto al lavaggio stoviglie',
    "Lavaggio stoviglie e attrezzature in una cucina centralizzata; formazione HACCP a carico dell'azienda.",
    {
      municipality: 'Moncalieri',
      iscoCode: '9412',
      contractType: 'APPRENTICESHIP',
      openings: 1,
      italianLevelRequired: 'A1',
      status: 'OPEN',
      publishedDaysAgo: 20,
      openForDays: null,
    },
  ),
  vacancy(
    CATERING,
    'Cuoco capopartita',
    'Gestione di una linea di produzione pasti per mense scolastiche, con esperienza in cucina collettiva.',
    {
      municipality: 'Torino',
      iscoCode: '5120',
      contractType: 'PERMANENT',
      openings: 1,
      italianLevelRequired: 'B1',
      status: 'CLOSED',
      publishedDaysAgo: 120,
      openForDays: 30,
    },
  ),
  vacancy(
    FARM,
    "Bracciante agricolo per la raccolta dell'uva",
    "Raccolta dell'uva da tavola e cura della vigna; trasporto dal centro di Altamura organizzato dall'azienda.",
    {
      municipality: 'Altamura',
      iscoCode: '9211',
      contractType: 'SEASONAL',
      openings: 12,
      italianLevelRequired: null,
      status: 'OPEN',
      publishedDaysAgo: 8,
      openForDays: 20,
    },
  ),
  vacancy(
    FARM,
    'Operaio agricolo per potatura degli ulivi',
    'Potatura e manutenzione di uliveti; esperienza agricola gradita, anche nel paese di origine.',
    {
      municipality: 'Monopoli',
      iscoCode: '9211',
      contractType: 'SEASONAL',
      openings: 6,
      italianLevelRequired: 'A1',
      status: 'OPEN',
      publishedDaysAgo: 25,
      openForDays: 40,
    },
  ),
  vacancy(
    FARM,
    'Addetto al confezionamento ortofrutta',
    'Selezione e confezionamento di frutta e verdura nel magazzino aziendale, con turni nelle settimane di raccolta.',
    {
      municipality: 'Bari',
      iscoCode: '9321',
      contractType: 'FIXED_TERM',
      openings: 5,
      italianLevelRequired: 'A1',
      status: 'FILLED',
      publishedDaysAgo: 75,
      openForDays: 30,
    },
  ),
  vacancy(
    BUILDING,
    'Manovale edile',
    "Supporto alle squadre di cantiere in ristrutturazioni residenziali; corso sicurezza di 16 ore prima dell'assunzione.",
    {
      municipality: 'Bari',
      iscoCode: '9313',
      contractType: 'FIXED_TERM',
      openings: 3,
      italianLevelRequired: 'A2',
      status: 'OPEN',
      publishedDaysAgo: 4,
      openForDays: 30,
    },
  ),
  vacancy(
    BUILDING,
    'Apprendista muratore',
    'Apprendistato professionalizzante di 3 anni con formazione presso la scuola edile (Formedil).',
    {
      municipality: 'Modugno',
      iscoCode: '7112',
      contractType: 'APPRENTICESHIP',
      openings: 2,
      italianLevelRequired: 'A2',
      status: 'OPEN',
      publishedDaysAgo: 18,
      openForDays: null,
    },
  ),
  vacancy(
    BUILDING,
    'Manovale per opere stradali',
    'Lavori di manutenzione stradale e posa di cordoli; disponibilità a spostarsi tra i cantieri della provincia.',
    {
      municipality: 'Molfetta',
      iscoCode: '9312',
      contractType: 'TEMPORARY_AGENCY',
      openings: 4,
      italianLevelRequired: 'A2',
      status: 'CLOSED',
      publishedDaysAgo: 100,
      openForDays: 20,
    },
  ),
  vacancy(
    HOTEL,
    'Addetta/o alle pulizie delle camere',
    'Riassetto e pulizia delle camere in un albergo del centro; turni del mattino, weekend a rotazione.',
    {
      municipality: 'Roma',
      iscoCode: '9112',
      contractType: 'SEASONAL',
      openings: 5,
      italianLevelRequired: 'A1',
      status: 'OPEN',
      publishedDaysAgo: 2,
      openForDays: 30,
    },
  ),
  vacancy(HOTEL, "Facchino d'albergo", 'Accoglienza dei bagagli, movimentazione dei carrelli e supporto al ricevimento; inglese gradito.', {
    municipality: 'Roma',
    iscoCode: '9621',
    contractType: 'FIXED_TERM',
    openings: 2,
    italianLevelRequired: 'A2',
    status: 'OPEN',
    publishedDaysAgo: 12,
    openForDays: 30,
  }),
  vacancy(HOTEL, "Tirocinio in cucina d'albergo", 'Tirocinio di 6 mesi come aiuto cuoco nella cucina della colazione e del ristorante.', {
    municipality: 'Fiumicino',
    iscoCode: '9412',
    contractType: 'TRAINEESHIP',
    openings: 1,
    italianLevelRequired: 'A2',
    status: 'OPEN',
    publishedDaysAgo: 30,
    openForDays: 60,
  }),
  vacancy(HOTEL, 'Cameriere di sala', 'Servizio ai tavoli per colazioni e cene; esperienza nella ristorazione richiesta.', {
    municipality: 'Roma',
    iscoCode: '5131',
    contractType: 'PERMANENT',
    openings: 1,
    italianLevelRequired: 'B1',
    status: 'FILLED',
    publishedDaysAgo: 60,
    openForDays: 30,
  }),
];

const EMPLOYMENT_STATUSES: EmploymentStatus[] = [
  'UNEMPLOYED',
  'UNEMPLOYED',
  'IN_TRAINEESHIP',
  'EMPLOYED',
  'IN_TRAINING',
  'UNEMPLOYED',
  'SELF_EMPLOYED',
  'NOT_IN_LABOUR_FORCE',
];
/** Occupations beneficiaries commonly look for first; each profile takes one to three from here. */
const DESIRED_OCCUPATIONS = ['9333', '9412', '9211', '9313', '9112', '8344', '5120', '7112', '9321', '5131', '8322', '7212'];

function labourProfiles(plan: DemoPlan): Partial<LabourProfileEntity>[] {
  return (
    plan.beneficiaries
      // Every fifth beneficiary has no profile yet (referred people are assessed later), to show the null case.
      .filter((_beneficiary, index) => index % 5 !== 4)
      .map((beneficiary, index) => {
        const employmentStatus = EMPLOYMENT_STATUSES[index % EMPLOYMENT_STATUSES.length]!;
        const wanted = 1 + (index % 3);
        const registered = employmentStatus !== 'NOT_IN_LABOUR_FORCE' && index % 4 !== 3;
        const registeredOn = addDays(beneficiary.receptionExitDate, 15 + (index % 40));
        return {
          beneficiaryId: beneficiary.id,
          employmentStatus,
          registeredWithEmploymentCentreOn: registered && registeredOn <= plan.today ? registeredOn : null,
          desiredIscoCodes: Array.from(
            { length: wanted },
            (_, k) => DESIRED_OCCUPATIONS[(index * 5 + k * 7) % DESIRED_OCCUPATIONS.length]!,
          ),
          workExperienceYears: index % 6 === 5 ? null : (index * 3) % 12,
        };
      })
  );
}

function jobVacancies(plan: DemoPlan): Partial<JobVacancyEntity>[] {
  return VACANCIES.flatMap((template) => {
    const employer = plan.organisations.find((organisation) => organisation.name === template.employer);
    if (!employer || employer.type !== 'EMPLOYER') return [];
    const publishedOn = addDays(plan.today, -template.publishedDaysAgo);
    return [
      {
        id: demoId('job-vacancy', `${template.employer}: ${template.title}`),
        title: template.title,
        description: template.description,
        employerId: employer.id,
        province: employer.provinces[0]!,
        municipality: template.municipality,
        iscoCode: template.iscoCode,
        contractType: template.contractType,
        openings: template.openings,
        italianLevelRequired: template.italianLevelRequired,
        status: template.status,
        publishedOn,
        closesOn: template.openForDays === null ? null : addDays(publishedOn, template.openForDays),
      },
    ];
  });
}

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  await dataSource.createQueryBuilder().insert().into(JobVacancyEntity).values(jobVacancies(plan)).orIgnore().execute();
  await dataSource.createQueryBuilder().insert().into(LabourProfileEntity).values(labourProfiles(plan)).orIgnore().execute();
}
