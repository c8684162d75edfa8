/**
 * The labour journey through the gateway, each side on its own token: a tutor records a profile, an employer posts
 * a vacancy, the tutor finds the person among the candidates with the reasons and gaps and proposes them; the
 * person agrees on their own login; only then does the employer see the CV (never the case), interviews and hires;
 * the profile shows employed and an opening is filled. A withdrawal, or the consent withdrawn, closes the employer's
 * view on the next request; two hires racing for the last opening fill it once.
 */
import { addDays, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { ConsentEntity } from '../../subgraphs/beneficiaries/src/consent/consent.entity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';
import { createHousingOffer } from '../../subgraphs/housing/test/housing-offer-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(async () => ({ hub, identity } = await startTestHub()));
afterAll(() => stopTestHub(hub, identity));

const day = (offset: number) => addDays(todayInItaly(), offset);
const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const grantLabourMatching = (beneficiaryId: string) =>
  hub.dataSources.beneficiaries!.getRepository(ConsentEntity).save({
    beneficiaryId,
    purpose: 'LABOUR_MATCHING',
    organisationId: null,
    grantedAt: new Date(),
    grantedBy: 'test',
    withdrawnAt: null,
    withdrawnBy: null,
  });

async function setting() {
  const province = 'TO';
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province });
  const employer = await createOrganisation(hub.dataSources.catalogue!, { type: 'EMPLOYER', provinces: [province] });
  const tutorId = crypto.randomUUID();
  const newPerson = async () => {
    const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
      integraCornerId: corner.id,
      tutorUserId: tutorId,
      province,
      receptionExitDate: day(-150),
      enrolledOn: day(-120),
    });
    await grantLabourMatching(person.id);
    return person;
  };
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id], userId: tutorId });
  const employerOperator = await identity.tokenFor({ roles: ['employer'], organisationId: employer.id });
  return { corner, employer, newPerson, tutor, employerOperator };
}

const CREATE = `mutation($employerId: ID!, $input: JobVacancyInput!) { createJobVacancy(employerId: $employerId, input: $input) { id version status } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishJobVacancy(id: $id, expectedVersion: $v) { id status } }`;
const PROPOSE = `mutation($input: ProposeCandidacyInput!) { proposeCandidacy(input: $input) { id status } }`;
const AGREE = `mutation($id: ID!) { agreeToCandidacy(id: $id) { status agreedOn } }`;
const MOVE = `mutation($id: ID!, $to: CandidacyStatus!, $reason: CandidacyEndReason) { moveCandidacy(id: $id, to: $to, reason: $reason) { status } }`;
const HIRE = `mutation($id: ID!, $e: EmploymentInput!) { hireCandidate(id: $id, employment: $e) { status employment { contractType startedOn endedOn weeklyHours monthlyNetPayEuros } } }`;
const EMPLOYER_VIEW = `query($vacancyId: ID!) {
  candidacies(filter: { vacancyId: $vacancyId }, first: 20) { edges { node { id status beneficiary { id } cv { name desiredIscoCodes drivingLicences hoursPerWeek } } } }
}`;
const ONE = `query($id: ID!) { candidacy(id: $id) { id status cv { name } } }`;

async function postVacancy(token: string, employerId: string, municipality: string, openings = 2) {
  const created = await ok(token, CREATE, {
    employerId,
    input: {
      title: 'Magazziniere addetto carico e scarico',
      description: 'Carico e scarico merci nel polo logistico, turni del mattino.',
      province: 'TO',
      municipality,
      iscoCode: '9333',
      contractType: 'FIXED_TERM',
      openings,
      weeklyHours: 40,
      shifts: ['MORNING'],
      drivingLicenceRequired: 'B',
      closesOn: day(30),
    },
  });
  return (await ok(token, PUBLISH, { id: created.createJobVacancy.id, v: created.createJobVacancy.version })).publishJobVacancy
    .id as string;
}

it('runs a candidacy from the profile to the hire, the employer seeing the CV only once the person agreed', async () => {
  const { employer, newPerson, tutor, employerOperator } = await setting();
  const person = await newPerson();
  const personToken = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
  const municipality = `Orbassano ${crypto.randomUUID().slice(0, 8)}`;

  // The tutor records the labour profile.
  const recorded = await ok(
    tutor,
    `mutation($input: RecordLabourProfileInput!) { recordLabourProfile(input: $input) { employmentStatus version } }`,
    {
      input: {
        beneficiaryId: person.id,
        employmentStatus: 'UNEMPLOYED',
        registeredWithEmploymentCentreOn: day(-60),
        immediateAvailabilityDeclaredOn: day(-60),
        desiredIscoCodes: ['9333', '9412'],
        hoursPerWeek: 30,
        shifts: ['MORNING', 'AFTERNOON'],
        reachableMunicipalities: [municipality],
        drivingLicences: ['B'],
      },
    },
  );
  expect(recorded.recordLabourProfile).toEqual({ employmentStatus: 'UNEMPLOYED', version: 1 });

  // The employer posts a vacancy for its own organisation only.
  const vacancyId = await postVacancy(employerOperator, employer.id, municipality);
  const foreign = await call(employerOperator, CREATE, {
    employerId: crypto.randomUUID(),
    input: {
      title: 'x',
      description: 'x',
      province: 'TO',
      municipality: 'Torino',
      iscoCode: '9333',
      contractType: 'PERMANENT',
      openings: 1,
    },
  });
  expect(foreign.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // The tutor sees the person among the candidates, with the reasons and gaps.
  const candidates = await ok(
    tutor,
    `query($id: ID!) { candidatesFor(vacancyId: $id, first: 10) { beneficiary { id givenName } score excluded gaps factors { name value explanation } } }`,
    { id: vacancyId },
  );
  const match = candidates.candidatesFor.find((m: any) => m.beneficiary.id === person.id);
  expect(match).toMatchObject({
    beneficiary: { givenName: person.givenName },
    excluded: false,
    gaps: ['Can work 30 h a week; the job needs 40'],
  });
  // 0.5 occupation (wanted first) + 0.3 * (hours 30/40 + shifts covered) / 2 + 0.2 mobility, to 3 decimals.
  expect(match.score).toBe(0.963);
  expect(match.factors.find((f: any) => f.name === 'OCCUPATION')).toEqual({
    name: 'OCCUPATION',
    value: 1,
    explanation: 'ISCO 9333 is the occupation wanted first',
  });
  // The employer cannot look for candidates.
  const fishing = await call(employerOperator, `query($id: ID!) { candidatesFor(vacancyId: $id) { score } }`, { id: vacancyId });
  expect(fishing.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // The tutor proposes; the employer sees nothing yet.
  const proposed = await ok(tutor, PROPOSE, { input: { vacancyId, beneficiaryId: person.id, cvName: `${person.givenName} D.` } });
  const candidacyId: string = proposed.proposeCandidacy.id;
  expect(proposed.proposeCandidacy.status).toBe('PROPOSED');
  expect((await ok(employerOperator, EMPLOYER_VIEW, { vacancyId })).candidacies.edges).toEqual([]);
  expect((await call(employerOperator, ONE, { id: candidacyId })).body.errors![0]!.extensions!.code).toBe('NOT_FOUND');

  // The person agrees on their own login; now the employer sees the CV, and never the case.
  expect((await ok(personToken, AGREE, { id: candidacyId })).agreeToCandidacy).toEqual({
    status: 'PERSON_AGREED',
    agreedOn: todayInItaly(),
  });
  const seen = await ok(employerOperator, EMPLOYER_VIEW, { vacancyId });
  expect(seen.candidacies.edges.map((edge: any) => edge.node)).toEqual([
    {
      id: candidacyId,
      status: 'PERSON_AGREED',
      beneficiary: null,
      cv: { name: `${person.givenName} D.`, desiredIscoCodes: ['9333', '9412'], drivingLicences: ['B'], hoursPerWeek: 30 },
    },
  ]);
  // The same CV as Europass-like JSON and a printable page, inside the agreed candidacy only.
  const documents = await ok(
    employerOperator,
    `query($id: ID!) { candidacy(id: $id) { cv { italianLevel europassJson printableHtml } } }`,
    {
      id: candidacyId,
    },
  );
  expect(documents.candidacy.cv.italianLevel).toBeNull();
  expect(JSON.parse(documents.candidacy.cv.europassJson).learnerInfo).toMatchObject({
    identification: { personName: { displayName: `${person.givenName} D.` } },
    headline: { occupations: [{ iscoCode: '9333' }, { iscoCode: '9412' }] },
  });
  expect(documents.candidacy.cv.printableHtml).toContain(`<h1>${person.givenName} D.</h1>`);
  const theCase = await call(employerOperator, `query($id: ID!) { beneficiary(id: $id) { givenName } }`, { id: person.id });
  expect(theCase.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // What each side may do now, as the server decides it: the corner sends; the employer waits.
  const VIEWER_CAN = `query($id: ID!) { candidacy(id: $id) { viewerCan { agree decline withdraw send interview offer hire reject } } }`;
  const none = { agree: false, decline: false, withdraw: false, send: false, interview: false, offer: false, hire: false, reject: false };
  expect((await ok(tutor, VIEWER_CAN, { id: candidacyId })).candidacy.viewerCan).toEqual({ ...none, withdraw: true, send: true });
  expect((await ok(employerOperator, VIEWER_CAN, { id: candidacyId })).candidacy.viewerCan).toEqual(none);
  expect((await ok(personToken, VIEWER_CAN, { id: candidacyId })).candidacy.viewerCan).toEqual({ ...none, withdraw: true });

  // The employer cannot skip the corner's sending; then interviews, offers and hires.
  const early = await call(employerOperator, MOVE, { id: candidacyId, to: 'INTERVIEW' });
  expect(early.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  await ok(tutor, MOVE, { id: candidacyId, to: 'SENT' });
  expect((await ok(employerOperator, VIEWER_CAN, { id: candidacyId })).candidacy.viewerCan).toEqual({
    ...none,
    interview: true,
    reject: true,
  });
  await ok(employerOperator, MOVE, { id: candidacyId, to: 'INTERVIEW' });
  await ok(employerOperator, MOVE, { id: candidacyId, to: 'OFFERED' });
  const employment = { contractType: 'FIXED_TERM', startedOn: todayInItaly(), endedOn: day(180), weeklyHours: 30 };
  // A pay that is no pay is refused by field, and the candidacy stays OFFERED.
  const badPay = await call(employerOperator, HIRE, { id: candidacyId, e: { ...employment, monthlyNetPayEuros: -1 } });
  expect(badPay.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'employment.monthlyNetPayEuros' });
  expect((await ok(tutor, ONE, { id: candidacyId })).candidacy.status).toBe('OFFERED');
  const hired = await ok(employerOperator, HIRE, { id: candidacyId, e: { ...employment, monthlyNetPayEuros: 1400 } });
  expect(hired.hireCandidate).toEqual({ status: 'HIRED', employment: { ...employment, monthlyNetPayEuros: 1400 } });

  // The profile shows employed, with its history; the vacancy has one opening filled; the history is the whole path.
  const after = await ok(
    tutor,
    `query($id: ID!, $c: ID!, $v: ID!) {
      beneficiary(id: $id) { labourProfile { employmentStatus statusHistory { from to changedOn } } }
      candidacy(id: $c) { history { from to } }
      jobVacancy(id: $v) { filled status }
    }`,
    { id: person.id, c: candidacyId, v: vacancyId },
  );
  expect(after.beneficiary.labourProfile).toEqual({
    employmentStatus: 'EMPLOYED',
    statusHistory: [
      { from: null, to: 'UNEMPLOYED', changedOn: todayInItaly() },
      { from: 'UNEMPLOYED', to: 'EMPLOYED', changedOn: todayInItaly() },
    ],
  });
  expect(after.candidacy.history.map((t: any) => t.to)).toEqual(['PROPOSED', 'PERSON_AGREED', 'SENT', 'INTERVIEW', 'OFFERED', 'HIRED']);
  expect(after.jobVacancy).toEqual({ filled: 1, status: 'OPEN' });

  // The published contract the results count: the employment, with its contract.
  const spells = await hub.dataSources.labour!.query(
    'SELECT employment_status, started_on::text, ended_on::text, contract_type, weekly_hours FROM labour.employment_spell WHERE beneficiary_id = $1 ORDER BY started_on, employment_status',
    [person.id],
  );
  expect(spells).toEqual([
    { employment_status: 'EMPLOYED', started_on: todayInItaly(), ended_on: day(180), contract_type: 'FIXED_TERM', weekly_hours: 30 },
    { employment_status: 'UNEMPLOYED', started_on: todayInItaly(), ended_on: todayInItaly(), contract_type: null, weekly_hours: null },
  ]);

  // Housing ranks offers against the pay of the job, not the lower income declared before it (issue 11: "income
  // available for rent, from the labour subgraph's employment where there is one, or declared").
  await ok(tutor, `mutation($input: RecordHousingSituationInput!) { recordHousingSituation(input: $input) { status } }`, {
    input: { beneficiaryId: person.id, status: 'HOSTED_BY_FRIENDS', municipality: 'Vercelli', since: day(-30), rentIncomeEuros: 600 },
  });
  const request = await ok(tutor, `mutation($input: OpenHousingRequestInput!) { openHousingRequest(input: $input) { id } }`, {
    input: { beneficiaryId: person.id, province: 'VC' },
  });
  const offer = await createHousingOffer(hub.dataSources.housing!, { province: 'VC', municipality: 'Vercelli', monthlyRentCents: 42_000 });
  const ranked = await ok(
    tutor,
    `query($id: ID!) { offersFor(requestId: $id, first: 100) { offer { id } rentShare incomeSource reasons } }`,
    { id: request.openHousingRequest.id },
  );
  expect(ranked.offersFor.find((entry: any) => entry.offer.id === offer.id)).toEqual({
    offer: { id: offer.id },
    rentShare: 0.3,
    incomeSource: 'WORK',
    reasons: expect.arrayContaining(['Rent and charges of €420 are 30% of the €1400 earned from work (at most 35%)']),
  });
});

it("closes the employer's view on the next request when the person withdraws, or withdraws their consent", async () => {
  const { employer, newPerson, tutor, employerOperator } = await setting();
  const vacancyId = await postVacancy(employerOperator, employer.id, 'Torino');
  const agreedCandidacy = async () => {
    const person = await newPerson();
    await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id, desiredIscoCodes: ['9333'], drivingLicences: ['B'] });
    const { proposeCandidacy } = await ok(tutor, PROPOSE, { input: { vacancyId, beneficiaryId: person.id, cvName: person.givenName } });
    const personToken = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
    await ok(personToken, AGREE, { id: proposeCandidacy.id });
    expect((await ok(employerOperator, ONE, { id: proposeCandidacy.id })).candidacy.cv.name).toBe(person.givenName);
    return { person, personToken, candidacyId: proposeCandidacy.id as string };
  };

  const withdrawing = await agreedCandidacy();
  const noReason = await call(withdrawing.personToken, MOVE, { id: withdrawing.candidacyId, to: 'WITHDRAWN' });
  expect(noReason.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  await ok(withdrawing.personToken, MOVE, { id: withdrawing.candidacyId, to: 'WITHDRAWN', reason: 'FOUND_OTHER_JOB' });
  expect((await call(employerOperator, ONE, { id: withdrawing.candidacyId })).body.errors![0]!.extensions!.code).toBe('NOT_FOUND');

  const unconsenting = await agreedCandidacy();
  await hub.dataSources
    .beneficiaries!.getRepository(ConsentEntity)
    .update({ beneficiaryId: unconsenting.person.id, purpose: 'LABOUR_MATCHING' }, { withdrawnAt: new Date(), withdrawnBy: 'test' });
  expect((await call(employerOperator, ONE, { id: unconsenting.candidacyId })).body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  expect((await ok(employerOperator, EMPLOYER_VIEW, { vacancyId })).candidacies.edges).toEqual([]);
  // Without the consent nobody is proposed any more.
  const again = await call(tutor, PROPOSE, { input: { vacancyId, beneficiaryId: unconsenting.person.id, cvName: 'x' } });
  expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
});

it('fills the last opening once when two hires race for it', async () => {
  const { employer, newPerson, tutor, employerOperator } = await setting();
  const vacancyId = await postVacancy(employerOperator, employer.id, 'Torino', 1);
  const offered: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const person = await newPerson();
    const { proposeCandidacy } = await ok(tutor, PROPOSE, { input: { vacancyId, beneficiaryId: person.id, cvName: person.givenName } });
    await ok(tutor, AGREE, { id: proposeCandidacy.id });
    await ok(tutor, MOVE, { id: proposeCandidacy.id, to: 'SENT' });
    await ok(employerOperator, MOVE, { id: proposeCandidacy.id, to: 'INTERVIEW' });
    await ok(employerOperator, MOVE, { id: proposeCandidacy.id, to: 'OFFERED' });
    offered.push(proposeCandidacy.id);
  }
  const employment = { contractType: 'PERMANENT', startedOn: todayInItaly(), weeklyHours: 40 };
  const results = await Promise.all(offered.map((id) => call(employerOperator, HIRE, { id, e: employment })));
  const codes = results.map((result) => result.body.errors?.[0]?.extensions?.code ?? 'HIRED').sort();
  expect(codes).toEqual(['CONFLICT', 'HIRED']);
  const after = await ok(
    tutor,
    `query($v: ID!) { jobVacancy(id: $v) { filled openings status } candidacies(filter: { vacancyId: $v }) { edges { node { status } } } }`,
    { v: vacancyId },
  );
  expect(after.jobVacancy).toEqual({ filled: 1, openings: 1, status: 'FILLED' });
  expect(after.candidacies.edges.map((edge: any) => edge.node.status).sort()).toEqual(['HIRED', 'OFFERED']);
  const [{ count }] = await hub.dataSources.labour!.query('SELECT count(*)::int AS count FROM labour.employment WHERE vacancy_id = $1', [
    vacancyId,
  ]);
  expect(count).toBe(1);
});

const START_TRAINEESHIP = `mutation($input: StartTraineeshipInput!) {
  startTraineeship(input: $input) { id status monthlyAllowanceEuros startsOn endsOn weeklyHours hostEmployer { id name } }
}`;
const ATTEND = `mutation($id: ID!, $input: TraineeshipAttendanceInput!) {
  recordTraineeshipAttendance(id: $id, input: $input) { hoursAttended attendance { periodStart periodEnd hours } }
}`;
const END_TRAINEESHIP = `mutation($id: ID!, $input: EndTraineeshipInput!) {
  endTraineeship(id: $id, input: $input) { status endedOn interruptionReason history { from to } }
}`;
const HOST_VIEW = `{ traineeships(first: 20) { edges { node {
  id status beneficiary { id } trainingProject { objectives } companyTutor { name } hoursAttended viewerCan { recordAttendance end }
} } } }`;

it('starts a traineeship with the allowance of its region, the host records attendance, the corner ends it with an outcome', async () => {
  const { employer, newPerson, tutor, employerOperator } = await setting();
  const person = await newPerson();
  const promoter = await createOrganisation(hub.dataSources.catalogue!, { name: 'Centro per l’Impiego Torino', provinces: ['TO'] });
  const personToken = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
  const otherEmployer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id, desiredIscoCodes: ['9333'] });
  const input = {
    beneficiaryId: person.id,
    hostEmployerId: employer.id,
    promoterId: promoter.id,
    actionId: crypto.randomUUID(),
    objectives: 'Gestione del magazzino: ricevimento merci, stoccaggio, inventario',
    activities: 'Affiancamento al capo magazzino; uso del transpallet e del terminale RF',
    province: 'TO',
    municipality: 'Orbassano',
    startsOn: day(-14),
    endsOn: day(150),
    weeklyHours: 30,
    monthlyAllowanceEuros: 500,
    companyTutorName: 'Marco Bianco',
    companyTutorContact: '011 555 0199',
  };

  // Below Piemonte's minimum: refused with the minimum and the region; the host employer cannot start one.
  const low = await call(tutor, START_TRAINEESHIP, { input });
  expect(low.body.errors![0]!.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field: 'input.monthlyAllowanceEuros',
    minimumEuros: 600,
    region: 'PIEMONTE',
  });
  const zero = await call(tutor, START_TRAINEESHIP, { input: { ...input, monthlyAllowanceEuros: 0 } });
  expect(zero.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.monthlyAllowanceEuros' });
  const byHost = await call(employerOperator, START_TRAINEESHIP, { input: { ...input, monthlyAllowanceEuros: 650 } });
  expect(byHost.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  const started = await ok(tutor, START_TRAINEESHIP, { input: { ...input, monthlyAllowanceEuros: 650 } });
  const traineeshipId: string = started.startTraineeship.id;
  expect(started.startTraineeship).toMatchObject({
    status: 'ACTIVE',
    monthlyAllowanceEuros: 650,
    startsOn: day(-14),
    endsOn: day(150),
    weeklyHours: 30,
    hostEmployer: { id: employer.id, name: employer.name },
  });
  const twice = await call(tutor, START_TRAINEESHIP, { input: { ...input, monthlyAllowanceEuros: 650 } });
  expect(twice.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.beneficiaryId' });
  // The allowance is income housing counts while the traineeship runs (the contract labour.income_spell).
  expect(
    await hub.dataSources.labour!.query(
      'SELECT source, monthly_cents, started_on::text, ended_on::text FROM labour.income_spell WHERE beneficiary_id = $1',
      [person.id],
    ),
  ).toEqual([{ source: 'TRAINEESHIP', monthly_cents: 65_000, started_on: day(-14), ended_on: day(150) }]);

  // The host employer sees its trainee's traineeship (never the case) and records a week; nobody else's.
  const hostView = await ok(employerOperator, HOST_VIEW);
  expect(hostView.traineeships.edges.map((edge: any) => edge.node)).toEqual([
    {
      id: traineeshipId,
      status: 'ACTIVE',
      beneficiary: null,
      trainingProject: { objectives: input.objectives },
      companyTutor: { name: 'Marco Bianco' },
      hoursAttended: 0,
      viewerCan: { recordAttendance: true, end: false },
    },
  ]);
  expect((await ok(otherEmployer, HOST_VIEW)).traineeships.edges).toEqual([]);
  const tooMany = await call(employerOperator, ATTEND, {
    id: traineeshipId,
    input: { periodStart: day(-14), periodEnd: day(-8), hours: 31 },
  });
  expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.hours' });
  const attended = await ok(employerOperator, ATTEND, {
    id: traineeshipId,
    input: { periodStart: day(-14), periodEnd: day(-8), hours: 28 },
  });
  expect(attended.recordTraineeshipAttendance).toEqual({
    hoursAttended: 28,
    attendance: [{ periodStart: day(-14), periodEnd: day(-8), hours: 28 }],
  });
  const overlap = await call(employerOperator, ATTEND, {
    id: traineeshipId,
    input: { periodStart: day(-9), periodEnd: day(-3), hours: 20 },
  });
  expect(overlap.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.periodStart' });
  const foreign = await call(otherEmployer, ATTEND, { id: traineeshipId, input: { periodStart: day(-7), periodEnd: day(-1), hours: 30 } });
  expect(foreign.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  await ok(tutor, ATTEND, { id: traineeshipId, input: { periodStart: day(-7), periodEnd: day(-1), hours: 30 } });

  // The person reads their own; the profile says IN_TRAINEESHIP.
  const own = await ok(
    personToken,
    `query($id: ID!, $b: ID!) {
      traineeship(id: $id) { hoursAttended status beneficiary { id } }
      beneficiary(id: $b) { labourProfile { employmentStatus } traineeships { id } }
    }`,
    { id: traineeshipId, b: person.id },
  );
  expect(own).toEqual({
    traineeship: { hoursAttended: 58, status: 'ACTIVE', beneficiary: { id: person.id } },
    beneficiary: { labourProfile: { employmentStatus: 'IN_TRAINEESHIP' }, traineeships: [{ id: traineeshipId }] },
  });

  // The host cannot end it; the corner ends it: an interruption needs a reason; hired by the host.
  expect(
    (await call(employerOperator, END_TRAINEESHIP, { id: traineeshipId, input: { outcome: 'HIRED' } })).body.errors![0]!.extensions!.code,
  ).toBe('FORBIDDEN');
  const noReason = await call(tutor, END_TRAINEESHIP, { id: traineeshipId, input: { outcome: 'INTERRUPTED' } });
  expect(noReason.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  const ended = await ok(tutor, END_TRAINEESHIP, { id: traineeshipId, input: { outcome: 'HIRED', endedOn: todayInItaly() } });
  expect(ended.endTraineeship).toEqual({
    status: 'HIRED',
    endedOn: todayInItaly(),
    interruptionReason: null,
    history: [
      { from: null, to: 'ACTIVE' },
      { from: 'ACTIVE', to: 'HIRED' },
    ],
  });
  const again = await call(tutor, END_TRAINEESHIP, { id: traineeshipId, input: { outcome: 'COMPLETED' } });
  expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
  const profile = await ok(
    tutor,
    `query($b: ID!) { beneficiary(id: $b) { labourProfile { employmentStatus statusHistory { to changedOn } } } }`,
    {
      b: person.id,
    },
  );
  expect(profile.beneficiary.labourProfile.employmentStatus).toBe('EMPLOYED');
  expect(profile.beneficiary.labourProfile.statusHistory.slice(-2)).toEqual([
    { to: 'IN_TRAINEESHIP', changedOn: day(-14) },
    { to: 'EMPLOYED', changedOn: todayInItaly() },
  ]);

  // The published contract, read as the results domain reads it (the beneficiaries subgraph's role).
  const spells = await hub.dataSources.beneficiaries!.query(
    'SELECT host_employer_id::text, started_on::text, ended_on::text, planned_end_on::text, weekly_hours, outcome FROM labour.traineeship_spell WHERE beneficiary_id = $1',
    [person.id],
  );
  expect(spells).toEqual([
    {
      host_employer_id: employer.id,
      started_on: day(-14),
      ended_on: todayInItaly(),
      planned_end_on: day(150),
      weekly_hours: 30,
      outcome: 'HIRED',
    },
  ]);
  // Every change is in the audit trail, under the person.
  const operations = await hub.dataSources.labour!.query(
    `SELECT operation FROM audit.entry WHERE beneficiary_id = $1 AND operation <> 'READ' ORDER BY id`,
    [person.id],
  );
  expect(operations.map((row: { operation: string }) => row.operation)).toEqual([
    'startTraineeship',
    'recordTraineeshipAttendance',
    'recordTraineeshipAttendance',
    'endTraineeship',
  ]);
});
