/**
 * Every module's policy of the labour subgraph, decided as a request would: each cell calls the module's service,
 * built for one caller by the kernel (no HTTP), on a real database, on a world of its own (a corner, a person of it
 * with an assigned tutor and the LABOUR_MATCHING consent, their profile, an employer's open vacancy and draft,
 * candidacies at three stages, and a traineeship running at the employer, promoted by the partner's organisation),
 * and records whether the call went through or was FORBIDDEN (NOT_FOUND: a record the caller may not see at all).
 */
import { addDays, Caller, todayInItaly } from '@shubh/platform';
import { createTestContext, openTestDataSource } from '@shubh/platform/testing';
import type { DataSource } from 'typeorm';
import { A, describePolicyTable, F, N, type Cell } from '../../../test/support/policy-table.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { CandidacyEntity } from '../src/candidacy/candidacy.entity.js';
import type { CandidacyStatus } from '../src/generated/resolvers-types.js';
import { labourSubgraph } from '../src/subgraph.js';
import { TraineeshipEntity } from '../src/traineeship/traineeship.entity.js';
import { createJobVacancy } from './job-vacancy-factory.js';
import { createLabourProfile } from './labour-profile-factory.js';

let dataSource: DataSource;
let people: TestPeople;

beforeAll(async () => {
  dataSource = await openTestDataSource(labourSubgraph);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await dataSource?.destroy();
});

async function world() {
  const corner = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const employerId = crypto.randomUUID();
  const promoterId = crypto.randomUUID();
  await people.inCatalogue({ organisations: [employerId, promoterId] });
  const person = await people.person({ integraCornerId: corner, tutorUserId: tutorId, purposes: ['LABOUR_MATCHING'] });
  const other = await people.person({ integraCornerId: corner, tutorUserId: tutorId, purposes: ['LABOUR_MATCHING'] });
  await createLabourProfile(dataSource, { beneficiaryId: person.id, desiredIscoCodes: ['9333'] });
  const vacancy = await createJobVacancy(dataSource, { employerId, iscoCode: '9333' });
  const draft = await createJobVacancy(dataSource, { employerId, status: 'DRAFT', closesOn: null });
  const candidacy = async (status: CandidacyStatus) => {
    const other = await createJobVacancy(dataSource, { employerId, iscoCode: '9333' });
    return dataSource
      .getRepository(CandidacyEntity)
      .save({ vacancyId: other.id, beneficiaryId: person.id, cvName: 'A. D.', status, proposedBy: tutorId });
  };
  const traineeship = await dataSource.getRepository(TraineeshipEntity).save({
    beneficiaryId: person.id,
    hostEmployerId: employerId,
    promoterId,
    objectives: 'Magazzino',
    activities: 'Affiancamento',
    province: 'TO',
    municipality: 'Torino',
    startsOn: addDays(todayInItaly(), -30),
    endsOn: addDays(todayInItaly(), 90),
    weeklyHours: 30,
    monthlyAllowanceCents: 60_000,
    companyTutorName: 'Marco Bianco',
    startedBy: tutorId,
  });
  return {
    corner,
    tutorId,
    employerId,
    promoterId,
    person,
    other,
    traineeship,
    vacancy,
    draft,
    proposed: await candidacy('PROPOSED'),
    agreed: await candidacy('PERSON_AGREED'),
    sent: await candidacy('SENT'),
  };
}
type World = Awaited<ReturnType<typeof world>>;

const CALLERS: Record<string, (world: World) => Caller> = {
  administrator: () => new Caller(crypto.randomUUID(), 'admin', ['network-admin'], null, [], null, null),
  'coordinator of the corner': (w) => new Caller(crypto.randomUUID(), 'coord', ['corner-coordinator'], null, [w.corner], null, null),
  'assigned tutor': (w) => new Caller(w.tutorId, 'tutor', ['tutor'], null, [w.corner], null, null),
  'another tutor of the corner': (w) => new Caller(crypto.randomUUID(), 'tutor2', ['tutor'], null, [w.corner], null, null),
  'tutor of another corner': () => new Caller(crypto.randomUUID(), 'tutor3', ['tutor'], null, [crypto.randomUUID()], null, null),
  "the employer's operator": (w) => new Caller(crypto.randomUUID(), 'employer', ['employer'], w.employerId, [], null, null),
  'another employer': () => new Caller(crypto.randomUUID(), 'employer2', ['employer'], crypto.randomUUID(), [], null, null),
  // The promoting body of the world's traineeship (a partner reaching nobody through a referral).
  partner: (w) => new Caller(crypto.randomUUID(), 'partner', ['partner-operator'], w.promoterId, [], null, null),
  'the person': (w) => new Caller(crypto.randomUUID(), 'person', ['beneficiary'], null, [], w.person.id, null),
  monitoring: () => new Caller(crypto.randomUUID(), 'monitoring', ['monitoring'], null, [], null, null),
};

type Context = ReturnType<typeof createTestContext<typeof labourSubgraph.modules>>;

const VACANCY = {
  title: 'Aiuto cuoco',
  description: 'Mensa aziendale',
  province: 'TO',
  municipality: 'Torino',
  iscoCode: '9412',
  contractType: 'FIXED_TERM' as const,
  openings: 1,
};

const ACTIONS: Record<string, (context: Context, w: World) => Promise<unknown>> = {
  'labour profile: read it': (context, w) => context.labourProfiles.of(w.person.id),
  'labour profile: record it': (context, w) =>
    context.labourProfiles.recordProfile({
      beneficiaryId: w.person.id,
      employmentStatus: 'IN_TRAINING',
      desiredIscoCodes: ['9412'],
      expectedVersion: 1,
    }),
  'vacancy: draft one for the employer': (context, w) => context.jobVacancies.create(w.employerId, VACANCY),
  'vacancy: publish the draft': (context, w) => context.jobVacancies.publish(w.draft.id, w.draft.version),
  'matching: candidates for a vacancy': (context, w) => context.matching.candidatesFor(w.vacancy.id, 10),
  'matching: vacancies for the person': (context, w) => context.matching.vacanciesFor(w.person.id, 10),
  'candidacy: propose the person': (context, w) =>
    context.candidacies.propose({ vacancyId: w.vacancy.id, beneficiaryId: w.person.id, cvName: 'A. D.' }),
  "candidacy: agree (the person's side)": (context, w) => context.candidacies.agree(w.proposed.id, todayInItaly()),
  'candidacy: send the CV (the corner)': (context, w) => context.candidacies.moveTo(w.agreed.id, 'SENT', null, null),
  'candidacy: interview (the employer)': (context, w) => context.candidacies.moveTo(w.sent.id, 'INTERVIEW', null, null),
  'candidacy: read a proposed one': (context, w) => context.candidacies.read(w.proposed.id),
  'candidacy: read an agreed one': (context, w) => context.candidacies.read(w.agreed.id),
  'traineeship: start one': (context, w) =>
    context.traineeships.start({
      beneficiaryId: w.other.id,
      hostEmployerId: w.employerId,
      promoterId: w.promoterId,
      objectives: 'Cucina',
      activities: 'Preparazione',
      province: 'BA',
      municipality: 'Bari',
      startsOn: todayInItaly(),
      endsOn: addDays(todayInItaly(), 120),
      weeklyHours: 25,
      monthlyAllowanceEuros: 450,
      companyTutorName: 'Anna Verdi',
    }),
  'traineeship: record attendance': (context, w) =>
    context.traineeships.recordAttendance(w.traineeship.id, {
      periodStart: addDays(todayInItaly(), -7),
      periodEnd: addDays(todayInItaly(), -1),
      hours: 20,
    }),
  'traineeship: end it': (context, w) => context.traineeships.end(w.traineeship.id, { outcome: 'COMPLETED' }),
  'traineeship: read it': (context, w) => context.traineeships.read(w.traineeship.id),
};

/**
 * Columns: admin, coordinator, assigned tutor, another tutor of the corner, tutor elsewhere, the employer (the
 * traineeship's host), another employer, partner (the traineeship's promoting body), the person, monitoring.
 */
const TABLE: Record<keyof typeof ACTIONS, [Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell, Cell]> = {
  'labour profile: read it': [A, A, A, A, F, F, F, F, A, F],
  'labour profile: record it': [A, A, A, F, F, F, F, F, F, F],
  'vacancy: draft one for the employer': [A, A, A, A, A, A, F, F, F, F],
  'vacancy: publish the draft': [A, A, A, A, A, A, N, N, N, N],
  'matching: candidates for a vacancy': [A, A, A, A, A, F, F, F, F, F],
  'matching: vacancies for the person': [A, A, A, A, F, F, F, F, A, F],
  'candidacy: propose the person': [A, A, A, F, F, F, F, F, F, F],
  "candidacy: agree (the person's side)": [A, A, A, F, N, N, N, N, A, N],
  'candidacy: send the CV (the corner)': [A, A, A, F, N, F, N, N, F, N],
  'candidacy: interview (the employer)': [A, A, A, A, N, A, N, N, F, N],
  'candidacy: read a proposed one': [A, A, A, A, N, N, N, N, A, N],
  'candidacy: read an agreed one': [A, A, A, A, N, A, N, N, A, N],
  'traineeship: start one': [A, A, A, A, F, F, F, F, F, F],
  'traineeship: record attendance': [A, A, A, A, N, A, N, F, F, N],
  'traineeship: end it': [A, A, A, A, N, F, N, F, F, N],
  'traineeship: read it': [A, A, A, A, N, A, N, A, A, N],
};

describePolicyTable('the policies of the labour subgraph', {
  world,
  callers: CALLERS,
  contextFor: (caller) => createTestContext(labourSubgraph, dataSource, caller),
  actions: ACTIONS,
  table: TABLE,
});
