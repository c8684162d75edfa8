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
  TraineeshipInterruptionReason,
  TraineeshipStatus,
  VacancyStatus,
} from '../src/generated/resolvers-types.js';
import { JobVacancyEntity } from '../src/job-vacancy/job-vacancy.entity.js';
import { EmploymentStatusChangeEntity, LabourProfileEntity } from '../src/labour-profile/labour-profile.entity.js';
import { TraineeshipAttendanceEntity, TraineeshipEntity, TraineeshipTransitionEntity } from '../src/traineeship/traineeship.entity.js';

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
  const trainees = new Map(traineeships(plan).map((t) => [t.beneficiaryId, t.status]));
  return (
    plan.beneficiaries
      // Every fifth beneficiary has no profile yet (referred people are assessed later), to show the null case.
      .filter((_beneficiary, index) => index % 5 !== 4)
      .map((beneficiary, index) => {
        const trainee = trainees.get(beneficiary.id);
        const employmentStatus: EmploymentStatus =
          trainee === 'ACTIVE'
            ? 'IN_TRAINEESHIP'
            : trainee === 'HIRED'
              ? 'EMPLOYED'
              : trainee
                ? 'UNEMPLOYED'
                : EMPLOYMENT_STATUSES[index % EMPLOYMENT_STATUSES.length]!;
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

interface DemoTraineeship {
  id: string;
  beneficiaryId: string;
  hostEmployerId: string;
  promoterId: string;
  province: string;
  municipality: string;
  objectives: string;
  activities: string;
  companyTutorName: string;
  monthlyAllowanceCents: number;
  weeklyHours: number;
  startsOn: string;
  endsOn: string;
  status: TraineeshipStatus;
  endedOn: string | null;
  interruptionReason: TraineeshipInterruptionReason | null;
}

/** One traineeship at each status: running in Torino, completed in Torino, hired and interrupted in Bari. */
const TRAINEESHIPS: {
  host: string;
  promoter: string;
  municipality: string;
  objectives: string;
  activities: string;
  tutor: string;
  euros: number;
  status: TraineeshipStatus;
  startedDaysAgo: number;
  endedDaysAgo: number | null;
  reason?: TraineeshipInterruptionReason;
}[] = [
  {
    host: LOGISTICS,
    promoter: "Centro per l'Impiego di Torino",
    municipality: 'Orbassano',
    objectives: 'Gestire il ricevimento merci, lo stoccaggio e la preparazione degli ordini in un magazzino automatizzato.',
    activities: 'Affiancamento al capo magazzino; uso del transpallet elettrico e del terminale RF; inventario mensile.',
    tutor: 'Marco Bianco',
    euros: 600,
    status: 'ACTIVE',
    startedDaysAgo: 45,
    endedDaysAgo: null,
  },
  {
    host: CATERING,
    promoter: 'Enaip Piemonte',
    municipality: 'Torino',
    objectives: 'Preparare pasti in una cucina collettiva nel rispetto delle norme HACCP.',
    activities: 'Preparazione delle verdure e dei primi piatti, porzionatura, pulizia e sanificazione della cucina.',
    tutor: 'Giulia Ferrero',
    euros: 650,
    status: 'COMPLETED',
    startedDaysAgo: 200,
    endedDaysAgo: 20,
  },
  {
    host: FARM,
    promoter: "Centro per l'Impiego di Bari",
    municipality: 'Bitonto',
    objectives: 'Condurre le operazioni di raccolta e potatura in un oliveto e usare in sicurezza gli attrezzi.',
    activities: 'Potatura, raccolta meccanizzata delle olive, manutenzione ordinaria degli attrezzi.',
    tutor: 'Vito Lorusso',
    euros: 450,
    status: 'HIRED',
    startedDaysAgo: 160,
    endedDaysAgo: 10,
  },
  {
    host: BUILDING,
    promoter: 'Formedil Puglia',
    municipality: 'Modugno',
    objectives: 'Lavorare in cantiere come aiuto muratore con le misure di sicurezza previste.',
    activities: 'Preparazione della malta, montaggio dei ponteggi sotto supervisione, posa di blocchi.',
    tutor: 'Nicola De Santis',
    euros: 500,
    status: 'INTERRUPTED',
    startedDaysAgo: 90,
    endedDaysAgo: 40,
    reason: 'HEALTH',
  },
];

/** The traineeships, for people with the LABOUR_MATCHING consent in force in the host's province, each a different person. */
function traineeships(plan: DemoPlan): DemoTraineeship[] {
  const consenting = new Set(
    plan.consents.filter((c) => c.purpose === 'LABOUR_MATCHING' && c.withdrawnOn === null).map((c) => c.beneficiaryId),
  );
  // The person hired through a candidacy is employed: not a trainee.
  const candidates = new Set(
    candidacies(plan)
      .filter((c) => c.status === 'HIRED')
      .map((c) => c.beneficiaryId),
  );
  // The status history needs a profile (as `labourProfiles` gives: every fifth person has none).
  const profiled = new Set(plan.beneficiaries.filter((_b, index) => index % 5 !== 4).map((b) => b.id));
  const taken = new Set<string>();
  return TRAINEESHIPS.flatMap((template) => {
    const host = plan.organisations.find((o) => o.name === template.host);
    const promoter = plan.organisations.find((o) => o.name === template.promoter);
    if (!host || !promoter) return [];
    const person = [...plan.beneficiaries]
      .reverse()
      .find(
        (b) => b.province === host.provinces[0] && consenting.has(b.id) && profiled.has(b.id) && !candidates.has(b.id) && !taken.has(b.id),
      );
    if (!person) return [];
    taken.add(person.id);
    const startsOn = addDays(plan.today, -template.startedDaysAgo);
    return [
      {
        id: demoId('traineeship', `${template.host}: ${person.id}`),
        beneficiaryId: person.id,
        hostEmployerId: host.id,
        promoterId: promoter.id,
        province: host.provinces[0]!,
        municipality: template.municipality,
        objectives: template.objectives,
        activities: template.activities,
        companyTutorName: template.tutor,
        monthlyAllowanceCents: template.euros * 100,
        weeklyHours: 30,
        startsOn,
        endsOn: addDays(startsOn, 180),
        status: template.status,
        endedOn: template.endedDaysAgo === null ? null : addDays(plan.today, -template.endedDaysAgo),
        interruptionReason: template.reason ?? null,
      },
    ];
  });
}

async function seedTraineeships(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const planned = traineeships(plan);
  if (planned.length === 0) return;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(TraineeshipEntity)
    .values(planned.map((t) => ({ ...t, actionId: null, companyTutorContact: null, startedBy: 'demo', version: 1 })))
    .orIgnore()
    .execute();
  const moves = planned.flatMap((t) => [
    { t, from: null, to: 'ACTIVE' as TraineeshipStatus, on: t.startsOn },
    ...(t.status === 'ACTIVE' ? [] : [{ t, from: 'ACTIVE' as TraineeshipStatus, to: t.status, on: t.endedOn! }]),
  ]);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(TraineeshipTransitionEntity)
    .values(
      moves.map(({ t, from, to, on }) => ({
        id: demoId('traineeship-transition', `${t.id}: ${to}`),
        traineeshipId: t.id,
        fromStatus: from,
        toStatus: to,
        reason: to === 'INTERRUPTED' ? t.interruptionReason : null,
        note: null,
        byUser: 'demo',
        at: new Date(`${on}T10:00:00Z`),
      })),
    )
    .orIgnore()
    .execute();
  // Attendance in four-week periods, a few hours short of the project's now and then (absences).
  const periods = planned.flatMap((t) => {
    const last = t.endedOn ?? addDays(plan.today, -1);
    const rows: Partial<TraineeshipAttendanceEntity>[] = [];
    for (let start = t.startsOn, k = 0; addDays(start, 27) <= last; start = addDays(start, 28), k += 1) {
      rows.push({
        id: demoId('traineeship-attendance', `${t.id}: ${start}`),
        traineeshipId: t.id,
        periodStart: start,
        periodEnd: addDays(start, 27),
        hours: t.weeklyHours * 4 - (k % 3 === 1 ? 6 : 0),
        note: k % 3 === 1 ? 'Un giorno di assenza per malattia' : null,
        recordedBy: 'demo',
      });
    }
    return rows;
  });
  if (periods.length > 0) {
    await dataSource.createQueryBuilder().insert().into(TraineeshipAttendanceEntity).values(periods).orIgnore().execute();
  }
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(EmploymentStatusChangeEntity)
    .values(
      moves.map(({ t, to, on }) => ({
        id: demoId('employment-status-change', `${t.id}: ${to}`),
        beneficiaryId: t.beneficiaryId,
        fromStatus: to === 'ACTIVE' ? null : ('IN_TRAINEESHIP' as const),
        toStatus: to === 'ACTIVE' ? ('IN_TRAINEESHIP' as const) : to === 'HIRED' ? ('EMPLOYED' as const) : ('UNEMPLOYED' as const),
        changedOn: on,
        employmentId: null,
        byUser: 'demo',
        at: new Date(`${on}T10:00:00Z`),
      })),
    )
    .orIgnore()
    .execute();
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
  await seedTraineeships(dataSource, plan);
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
        // About €8.50 net an hour, 4.33 weeks a month: the pay housing ranks offers against.
        monthlyNetPayCents: Math.round((hire.vacancy.weeklyHours ?? 36) * 4.33 * 8.5) * 100,
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
