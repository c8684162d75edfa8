import { addDays } from '@shubh/platform';
import type { DataSource } from 'typeorm';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { CandidacyEntity, CandidacyTransitionEntity, EmploymentEntity } from '../src/candidacy/candidacy.entity.js';
import type {
  CandidacyEndReason,
  CandidacyStatus,
  CefrLevel,
  ContractType,
  EmploymentStatus,
  Shift,
  VacancyStatus,
} from '../src/generated/resolvers-types.js';
import { JobVacancyEntity } from '../src/job-vacancy/job-vacancy.entity.js';
import { EmploymentStatusChangeEntity, LabourProfileEntity } from '../src/labour-profile/labour-profile.entity.js';

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

const SHIFT_SETS: Shift[][] = [['MORNING'], ['MORNING', 'AFTERNOON'], ['AFTERNOON', 'NIGHT'], ['MORNING', 'AFTERNOON', 'WEEKEND']];

function labourProfiles(plan: DemoPlan): Partial<LabourProfileEntity>[] {
  const hired = new Set(
    candidacies(plan)
      .filter((c) => c.status === 'HIRED')
      .map((c) => c.beneficiaryId),
  );
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
          employmentStatus: hired.has(beneficiary.id) ? 'EMPLOYED' : employmentStatus,
          hoursPerWeek: index % 4 === 2 ? null : [20, 30, 36, 40][index % 4]!,
          shifts: SHIFT_SETS[index % SHIFT_SETS.length]!,
          reachableProvinces: [beneficiary.province],
          drivingLicences: index % 3 === 0 ? ['B'] : [],
          ownVehicle: index % 6 === 0,
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
        weeklyHours: template.contractType === 'SEASONAL' ? 39 : 36,
        shifts: template.iscoCode.startsWith('93') ? (['MORNING', 'AFTERNOON'] as Shift[]) : (['MORNING'] as Shift[]),
        drivingLicenceRequired: template.iscoCode === '8344' ? 'B' : null,
        publishedOn,
        closesOn: template.openForDays === null ? null : addDays(publishedOn, template.openForDays),
      },
    ];
  });
}

/** The stages a demo candidacy went through, one candidacy per stage the workflow has. */
const PATHS: { status: CandidacyStatus; path: CandidacyStatus[]; reason?: CandidacyEndReason }[] = [
  { status: 'PROPOSED', path: ['PROPOSED'] },
  { status: 'PERSON_AGREED', path: ['PROPOSED', 'PERSON_AGREED'] },
  { status: 'SENT', path: ['PROPOSED', 'PERSON_AGREED', 'SENT'] },
  { status: 'INTERVIEW', path: ['PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW'] },
  { status: 'OFFERED', path: ['PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW', 'OFFERED'] },
  { status: 'HIRED', path: ['PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW', 'OFFERED', 'HIRED'] },
  { status: 'DECLINED', path: ['PROPOSED', 'DECLINED'], reason: 'SCHEDULE_INCOMPATIBLE' },
  { status: 'REJECTED', path: ['PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW', 'REJECTED'], reason: 'LANGUAGE_LEVEL' },
  { status: 'WITHDRAWN', path: ['PROPOSED', 'PERSON_AGREED', 'WITHDRAWN'], reason: 'FOUND_OTHER_JOB' },
];

interface DemoCandidacy {
  id: string;
  vacancy: Partial<JobVacancyEntity>;
  beneficiaryId: string;
  cvName: string;
  status: CandidacyStatus;
  path: CandidacyStatus[];
  reason: CandidacyEndReason | null;
  /** Days before the plan's day the proposal was made. */
  daysAgo: number;
}

/** Candidacies at every stage, for people with the LABOUR_MATCHING consent in force, for open vacancies of their province. */
function candidacies(plan: DemoPlan): DemoCandidacy[] {
  const consenting = new Set(
    plan.consents.filter((c) => c.purpose === 'LABOUR_MATCHING' && c.withdrawnOn === null).map((c) => c.beneficiaryId),
  );
  const open = jobVacancies(plan).filter((v) => v.status === 'OPEN');
  const people = plan.beneficiaries.filter((b, index) => consenting.has(b.id) && index % 5 !== 4);
  return PATHS.flatMap(({ status, path, reason }, k) => {
    // Fewer consenting people than stages: a person may have two candidacies, for different vacancies.
    const person = people[k % Math.max(1, people.length)];
    const nearby = person ? open.filter((v) => v.province === person.province) : [];
    const vacancy = nearby[(k + Math.floor(k / Math.max(1, people.length))) % Math.max(1, nearby.length)];
    if (!person || !vacancy) return [];
    return [
      {
        id: demoId('candidacy', `${person.id}: ${vacancy.id!}`),
        vacancy,
        beneficiaryId: person.id,
        cvName: `${person.givenName} ${person.familyName.charAt(0)}.`,
        status,
        path,
        reason: reason ?? null,
        daysAgo: 5 + path.length * 3,
      },
    ];
  });
}

/** Writes this subgraph's share of the demo plan; rows already there are left alone. */
export async function seedDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const planned = candidacies(plan);
  const hires = planned.filter((c) => c.status === 'HIRED');
  // A FILLED vacancy had every opening filled (before the hub recorded hires); an open one, by the demo's hires.
  const vacancies = jobVacancies(plan).map((v) => ({
    ...v,
    filled: v.status === 'FILLED' ? v.openings! : hires.filter((c) => c.vacancy.id === v.id).length,
  }));
  await dataSource.createQueryBuilder().insert().into(JobVacancyEntity).values(vacancies).orIgnore().execute();
  await dataSource.createQueryBuilder().insert().into(LabourProfileEntity).values(labourProfiles(plan)).orIgnore().execute();
  if (planned.length === 0) return;
  const at = (c: DemoCandidacy, step: number) =>
    new Date(`${addDays(plan.today, -c.daysAgo + step * 3)}T09:${String(10 + step).padStart(2, '0')}:00Z`);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(CandidacyEntity)
    .values(
      planned.map((c) => ({
        id: c.id,
        vacancyId: c.vacancy.id!,
        beneficiaryId: c.beneficiaryId,
        cvName: c.cvName,
        status: c.status,
        agreedOn: c.path.includes('PERSON_AGREED') ? addDays(plan.today, -c.daysAgo + 3) : null,
        endReason: c.reason,
        proposedBy: 'demo',
        proposedAt: at(c, 0),
        version: c.path.length,
      })),
    )
    .orIgnore()
    .execute();
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(CandidacyTransitionEntity)
    .values(
      planned.flatMap((c) =>
        c.path.map((to, step) => ({
          id: demoId('candidacy-transition', `${c.id}: ${step}`),
          candidacyId: c.id,
          fromStatus: step === 0 ? null : c.path[step - 1]!,
          toStatus: to,
          reason: step === c.path.length - 1 ? c.reason : null,
          note: null,
          byUser: 'demo',
          at: at(c, step),
        })),
      ),
    )
    .orIgnore()
    .execute();
  for (const hire of hires) {
    const startedOn = addDays(plan.today, -2);
    const employmentId = demoId('employment', hire.id);
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(EmploymentEntity)
      .values({
        id: employmentId,
        candidacyId: hire.id,
        beneficiaryId: hire.beneficiaryId,
        vacancyId: hire.vacancy.id!,
        employerId: hire.vacancy.employerId!,
        contractType: hire.vacancy.contractType!,
        startedOn,
        endedOn: hire.vacancy.contractType === 'PERMANENT' ? null : addDays(startedOn, 180),
        weeklyHours: hire.vacancy.weeklyHours ?? 36,
      })
      .orIgnore()
      .execute();
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(EmploymentStatusChangeEntity)
      .values({
        id: demoId('employment-status-change', hire.id),
        beneficiaryId: hire.beneficiaryId,
        fromStatus: null,
        toStatus: 'EMPLOYED',
        changedOn: startedOn,
        employmentId,
        byUser: 'demo',
        at: at(hire, hire.path.length),
      })
      .orIgnore()
      .execute();
  }
}
