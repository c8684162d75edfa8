/**
 * Recording labour profiles and writing vacancies through the labour subgraph, with real tokens: who may, what is
 * refused (with the field at fault) and that a refused write leaves nothing behind.
 */
import { todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { labourSubgraph } from '../src/subgraph.js';
import { createJobVacancy } from './job-vacancy-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(labourSubgraph, identity.config);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const RECORD = `mutation($input: RecordLabourProfileInput!) {
  recordLabourProfile(input: $input) {
    employmentStatus desiredIscoCodes version immediateAvailabilityDeclaredOn
    availability { hoursPerWeek shifts availableFrom }
    mobility { provinces municipalities drivingLicences ownVehicle }
    statusHistory { from to changedOn }
  }
}`;

async function assignedCase() {
  const corner = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await people.person({ integraCornerId: corner, tutorUserId: tutorId });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner], userId: tutorId });
  return { corner, person, tutor };
}

const profileInput = (beneficiaryId: string, extra: Record<string, unknown> = {}) => ({
  beneficiaryId,
  employmentStatus: 'UNEMPLOYED',
  desiredIscoCodes: ['9333', '9412'],
  registeredWithEmploymentCentreOn: '2026-01-10',
  immediateAvailabilityDeclaredOn: '2026-01-10',
  hoursPerWeek: 30,
  shifts: ['MORNING', 'AFTERNOON'],
  reachableProvinces: ['TO'],
  reachableMunicipalities: ['Orbassano'],
  drivingLicences: ['b'],
  ownVehicle: false,
  ...extra,
});

describe('recording a labour profile', () => {
  it('records a first profile, then replaces it with the version read; each change of status joins the history', async () => {
    const { person, tutor } = await assignedCase();
    const first = await subgraph.request(RECORD, { input: profileInput(person.id) }, tutor);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.recordLabourProfile).toEqual({
      employmentStatus: 'UNEMPLOYED',
      desiredIscoCodes: ['9333', '9412'],
      version: 1,
      immediateAvailabilityDeclaredOn: '2026-01-10',
      availability: { hoursPerWeek: 30, shifts: ['MORNING', 'AFTERNOON'], availableFrom: null },
      mobility: { provinces: ['TO'], municipalities: ['Orbassano'], drivingLicences: ['B'], ownVehicle: false },
      statusHistory: [{ from: null, to: 'UNEMPLOYED', changedOn: todayInItaly() }],
    });

    const stale = await subgraph.request(RECORD, { input: profileInput(person.id, { expectedVersion: 7 }) }, tutor);
    expect(stale.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 1 });

    const second = await subgraph.request(
      RECORD,
      { input: profileInput(person.id, { employmentStatus: 'IN_TRAINING', expectedVersion: 1, statusChangedOn: '2026-02-01' }) },
      tutor,
    );
    expect(second.body.errors).toBeUndefined();
    expect(second.body.data.recordLabourProfile.version).toBe(2);
    expect(second.body.data.recordLabourProfile.statusHistory).toEqual([
      { from: null, to: 'UNEMPLOYED', changedOn: todayInItaly() },
      { from: 'UNEMPLOYED', to: 'IN_TRAINING', changedOn: '2026-02-01' },
    ]);
  });

  it.each([
    [{ desiredIscoCodes: ['9333', '1999'] }, 'input.desiredIscoCodes.1'],
    [{ desiredIscoCodes: ['93'] }, 'input.desiredIscoCodes.0'],
    [{ drivingLicences: ['Z'] }, 'input.drivingLicences.0'],
    [{ reachableProvinces: ['XX'] }, 'input.reachableProvinces.0'],
    [{ hoursPerWeek: 0 }, 'input.hoursPerWeek'],
    [{ statusChangedOn: '2999-01-01' }, 'input.statusChangedOn'],
  ])('refuses %j naming %s, and writes nothing', async (bad, field) => {
    const { person, tutor } = await assignedCase();
    const { body } = await subgraph.request(RECORD, { input: profileInput(person.id, bad) }, tutor);
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [{ count }] = await subgraph.dataSource.query(
      'SELECT count(*)::int AS count FROM labour.labour_profile WHERE beneficiary_id = $1',
      [person.id],
    );
    expect(count).toBe(0);
  });

  it('is refused to a tutor of the corner who is not assigned to the case, and to an employer', async () => {
    const { corner, person } = await assignedCase();
    const colleague = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner] });
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
    for (const token of [colleague, employer]) {
      const { body } = await subgraph.request(RECORD, { input: profileInput(person.id) }, token);
      expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});

const CREATE = `mutation($employerId: ID!, $input: JobVacancyInput!) {
  createJobVacancy(employerId: $employerId, input: $input) { id status version openings filled shifts drivingLicenceRequired }
}`;
const vacancyInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Magazziniere',
  description: 'Carico e scarico merci',
  province: 'TO',
  municipality: 'Orbassano',
  iscoCode: '9333',
  contractType: 'FIXED_TERM',
  openings: 2,
  weeklyHours: 40,
  shifts: ['MORNING'],
  drivingLicenceRequired: 'B',
  ...extra,
});

describe('vacancies written by employers', () => {
  it("lets an employer draft, edit, publish and close its own vacancies only; drafts are the employer's", async () => {
    const employerId = crypto.randomUUID();
    await people.inCatalogue({ organisations: [employerId] });
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: employerId });
    const otherEmployer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
    const created = await subgraph.request(CREATE, { employerId, input: vacancyInput() }, employer);
    expect(created.body.errors).toBeUndefined();
    const vacancy = created.body.data.createJobVacancy;
    expect(vacancy).toMatchObject({ status: 'DRAFT', version: 1, openings: 2, filled: 0, drivingLicenceRequired: 'B' });

    const foreign = await subgraph.request(CREATE, { employerId, input: vacancyInput() }, otherEmployer);
    expect(foreign.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const unseen = await subgraph.request(`query($id: ID!) { jobVacancy(id: $id) { id } }`, { id: vacancy.id }, otherEmployer);
    expect(unseen.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const UPDATE = `mutation($id: ID!, $v: Int!, $input: JobVacancyInput!) { updateJobVacancy(id: $id, expectedVersion: $v, input: $input) { title version } }`;
    const updated = await subgraph.request(
      UPDATE,
      { id: vacancy.id, v: 1, input: vacancyInput({ title: 'Magazziniere notturno' }) },
      employer,
    );
    expect(updated.body.data.updateJobVacancy).toEqual({ title: 'Magazziniere notturno', version: 2 });
    const stale = await subgraph.request(UPDATE, { id: vacancy.id, v: 1, input: vacancyInput() }, employer);
    expect(stale.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    const bad = await subgraph.request(UPDATE, { id: vacancy.id, v: 2, input: vacancyInput({ iscoCode: '0000' }) }, employer);
    expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.iscoCode' });

    const published = await subgraph.request(
      `mutation($id: ID!) { publishJobVacancy(id: $id, expectedVersion: 2) { status publishedOn version } }`,
      { id: vacancy.id },
      employer,
    );
    expect(published.body.data.publishJobVacancy).toEqual({ status: 'OPEN', publishedOn: todayInItaly(), version: 3 });
    const seen = await subgraph.request(`query($id: ID!) { jobVacancy(id: $id) { status } }`, { id: vacancy.id }, otherEmployer);
    expect(seen.body.data.jobVacancy).toEqual({ status: 'OPEN' });
    const closed = await subgraph.request(
      `mutation($id: ID!) { closeJobVacancy(id: $id, expectedVersion: 3) { status } }`,
      { id: vacancy.id },
      employer,
    );
    expect(closed.body.data.closeJobVacancy).toEqual({ status: 'CLOSED' });
  });

  it('lets a tutor draft a vacancy on behalf of an employer', async () => {
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
    const employerId = crypto.randomUUID();
    await people.inCatalogue({ organisations: [employerId] });
    const { body } = await subgraph.request(CREATE, { employerId, input: vacancyInput() }, tutor);
    expect(body.errors).toBeUndefined();
    expect(body.data.createJobVacancy.status).toBe('DRAFT');
  });
});

describe('what the console may offer: the labour viewerCan fields', () => {
  const CAN = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { labourViewerCan { recordProfile proposeCandidacy } } } }`;
  const PROPOSE = `mutation($input: ProposeCandidacyInput!) { proposeCandidacy(input: $input) { id } }`;
  const MOVES = `query($id: ID!) { candidacy(id: $id) { status viewerCan { agree decline withdraw send interview offer hire reject } } }`;
  const can = async (beneficiaryId: string, token: string) =>
    (await subgraph.request(CAN, { r: [{ __typename: 'Beneficiary', id: beneficiaryId }] }, token)).body.data._entities[0].labourViewerCan;
  const moves = async (id: string, token: string) => (await subgraph.request(MOVES, { id }, token)).body.data.candidacy;

  it("answers recording and proposing as the mutations' policies do: the case team, and proposing only with the consent", async () => {
    const corner = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const consented = await people.person({
      integraCornerId: corner,
      tutorUserId: tutorId,
      purposes: ['CASE_MANAGEMENT', 'LABOUR_MATCHING'],
    });
    const notConsented = await people.person({ integraCornerId: corner, tutorUserId: tutorId });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner], userId: tutorId });
    const stranger = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
    expect(await can(consented.id, tutor)).toEqual({ recordProfile: true, proposeCandidacy: true });
    expect(await can(notConsented.id, tutor)).toEqual({ recordProfile: true, proposeCandidacy: false });
    expect(await can(consented.id, stranger)).toEqual({ recordProfile: false, proposeCandidacy: false });
    expect(await can(consented.id, employer)).toEqual({ recordProfile: false, proposeCandidacy: false });
  });

  it('offers each side the moves the stage allows: the person agrees, the corner sends, the employer interviews', async () => {
    const corner = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const employerId = crypto.randomUUID();
    const person = await people.person({ integraCornerId: corner, tutorUserId: tutorId, purposes: ['CASE_MANAGEMENT', 'LABOUR_MATCHING'] });
    const vacancy = await createJobVacancy(subgraph.dataSource, { employerId });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner], userId: tutorId });
    const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: employerId });
    const proposed = await subgraph.request(
      PROPOSE,
      { input: { vacancyId: vacancy.id, beneficiaryId: person.id, cvName: 'Test Person' } },
      tutor,
    );
    expect(proposed.body.errors).toBeUndefined();
    const id = proposed.body.data.proposeCandidacy.id;
    const none = { agree: false, decline: false, withdraw: false, send: false, interview: false, offer: false, hire: false, reject: false };
    expect(await moves(id, self)).toEqual({ status: 'PROPOSED', viewerCan: { ...none, agree: true, decline: true, withdraw: true } });
    expect(await moves(id, tutor)).toEqual({ status: 'PROPOSED', viewerCan: { ...none, agree: true, decline: true, withdraw: true } });

    expect(
      (await subgraph.request(`mutation($id: ID!) { agreeToCandidacy(id: $id) { status } }`, { id }, self)).body.errors,
    ).toBeUndefined();
    expect(await moves(id, self)).toEqual({ status: 'PERSON_AGREED', viewerCan: { ...none, withdraw: true } });
    expect(await moves(id, tutor)).toEqual({ status: 'PERSON_AGREED', viewerCan: { ...none, withdraw: true, send: true } });
    expect(await moves(id, employer)).toEqual({ status: 'PERSON_AGREED', viewerCan: none });

    const sent = await subgraph.request(`mutation($id: ID!) { moveCandidacy(id: $id, to: SENT) { status } }`, { id }, tutor);
    expect(sent.body.errors).toBeUndefined();
    expect(await moves(id, employer)).toEqual({ status: 'SENT', viewerCan: { ...none, interview: true, reject: true } });
  });
});
