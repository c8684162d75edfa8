import { addDays, AUDIT_APPEND_STATEMENTS, AuditTrail, sqlStatements, todayInItaly, wholeMonthsBetween } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';
import { transitionCase } from '../src/case-lifecycle/transition-case.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary, createCaseFacts } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const CASE = `id caseStatus version outcome closedOn enrolledOn tutorUserId
  statusHistory { from to outcome note changedBy }
  tutorAssignments { fromTutorUserId toTutorUserId assignedBy note }`;
const CHANGE = `mutation($id: ID!, $input: ChangeCaseStatusInput!) { changeCaseStatus(beneficiaryId: $id, input: $input) { ${CASE} } }`;
const ENROL = `mutation($id: ID!, $input: EnrolBeneficiaryInput!) { enrolBeneficiary(beneficiaryId: $id, input: $input) { ${CASE} } }`;
const ASSIGN = `mutation($id: ID!, $tutor: ID!, $note: String) { assignTutor(beneficiaryId: $id, tutorUserId: $tutor, note: $note) { ${CASE} } }`;
const errorOf = (body: any) => body.errors?.[0];
const today = todayInItaly();

/**
 * A corner with a person at `caseStatus`, their assigned tutor, another tutor, the coordinator; the assigned tutor
 * and a teammate (`teammateId`) are on the corner's team in the catalogue.
 */
async function corner(overrides: Partial<BeneficiaryEntity> = {}) {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const teammateId = crypto.randomUUID();
  await people.cornerTeam(cornerId, [{ userId: tutorId }, { userId: teammateId }]);
  const person = await createBeneficiary(subgraph.dataSource, {
    integraCornerId: cornerId,
    tutorUserId: tutorId,
    receptionExitDate: addDays(today, -90),
    enrolledOn: addDays(today, -60),
    ...overrides,
  });
  // The facts every status of the path needs (an assessment, a plan agreed by both, an action started).
  await createCaseFacts(subgraph.dataSource, person.id, { plan: 'started' });
  return {
    cornerId,
    tutorId,
    teammateId,
    person,
    assignedTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
  };
}

describe('changing a case status', () => {
  it('moves the case along the path, keeps the history and bumps the version', async () => {
    const c = await corner({ caseStatus: 'ENROLLED' });
    const { body } = await subgraph.request(
      CHANGE,
      { id: c.person.id, input: { to: 'ASSESSED', note: 'Skills assessed', expectedVersion: 1 } },
      c.assignedTutor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.changeCaseStatus).toMatchObject({
      caseStatus: 'ASSESSED',
      version: 2,
      outcome: null,
      statusHistory: [{ from: 'ENROLLED', to: 'ASSESSED', outcome: null, note: 'Skills assessed', changedBy: c.tutorId }],
    });
    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(c.person.id, { first: 10 });
    expect(entries.find((entry) => entry.operation === 'changeCaseStatus')).toMatchObject({
      fields: ['caseStatus'],
      details: { from: 'ENROLLED', to: 'ASSESSED', outcome: null, note: 'Skills assessed' },
    });
  });

  it('refuses an illegal transition, naming the statuses allowed from here', async () => {
    const c = await corner({ caseStatus: 'ENROLLED' });
    const { body } = await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'IN_PROGRESS', expectedVersion: 1 } }, c.coordinator);
    expect(errorOf(body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.to' });
    expect(errorOf(body).message).toBe('A case cannot go from ENROLLED to IN_PROGRESS; from ENROLLED it may go to ASSESSED, CLOSED');
    const enrol = await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'ENROLLED', expectedVersion: 1 } }, c.coordinator);
    expect(errorOf(enrol.body).message).toMatch(/from ENROLLED it may go to ASSESSED, CLOSED/);
    const referred = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const viaChange = await subgraph.request(
      CHANGE,
      { id: referred.person.id, input: { to: 'ENROLLED', expectedVersion: 1 } },
      referred.coordinator,
    );
    expect(errorOf(viaChange.body).extensions.field).toBe('input.to');
    expect(errorOf(viaChange.body).message).toMatch(/use enrolBeneficiary/);
  });

  it('answers CONFLICT to a change decided on a stale version, and changes nothing', async () => {
    const c = await corner({ caseStatus: 'ENROLLED' });
    await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'ASSESSED', expectedVersion: 1 } }, c.coordinator);
    const stale = await subgraph.request(
      CHANGE,
      { id: c.person.id, input: { to: 'CLOSED', outcome: 'DROPPED_OUT', expectedVersion: 1 } },
      c.assignedTutor,
    );
    expect(errorOf(stale.body).extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
    const row = await subgraph.dataSource.getRepository(BeneficiaryEntity).findOneByOrFail({ id: c.person.id });
    expect([row.caseStatus, row.version, row.outcome]).toEqual(['ASSESSED', 2, null]);
  });

  it('closes a case only with an outcome, records the day, and nothing leaves CLOSED', async () => {
    const c = await corner({ caseStatus: 'IN_PROGRESS' });
    const missing = await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'CLOSED', expectedVersion: 1 } }, c.assignedTutor);
    expect(errorOf(missing.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
    const misplaced = await subgraph.request(
      CHANGE,
      { id: c.person.id, input: { to: 'ASSESSED', outcome: 'PARTIAL', expectedVersion: 1 } },
      c.assignedTutor,
    );
    expect(errorOf(misplaced.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.outcome' });

    const closed = await subgraph.request(
      CHANGE,
      { id: c.person.id, input: { to: 'CLOSED', outcome: 'AUTONOMY_REACHED', expectedVersion: 1 } },
      c.assignedTutor,
    );
    expect(closed.body.data.changeCaseStatus).toMatchObject({
      caseStatus: 'CLOSED',
      outcome: 'AUTONOMY_REACHED',
      closedOn: today,
      statusHistory: [{ from: 'IN_PROGRESS', to: 'CLOSED', outcome: 'AUTONOMY_REACHED' }],
    });
    const reopen = await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'IN_PROGRESS', expectedVersion: 2 } }, c.coordinator);
    expect(errorOf(reopen.body).message).toBe('A CLOSED case cannot change status any more (CLOSED -> IN_PROGRESS refused)');
  });

  it('goes back to ASSESSED to re-modulate a running plan', async () => {
    const c = await corner({ caseStatus: 'IN_PROGRESS' });
    const { body } = await subgraph.request(
      CHANGE,
      { id: c.person.id, input: { to: 'ASSESSED', note: 'New job offer changes the goals', expectedVersion: 1 } },
      c.coordinator,
    );
    expect(body.data.changeCaseStatus.caseStatus).toBe('ASSESSED');
  });

  it('is for the assigned tutor, the coordinator and administrators only', async () => {
    const c = await corner({ caseStatus: 'ENROLLED' });
    const input = { to: 'ASSESSED', expectedVersion: 1 };
    expect(errorOf((await subgraph.request(CHANGE, { id: c.person.id, input }, c.otherTutor)).body).extensions.code).toBe('FORBIDDEN');
    const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: c.person.id });
    expect(errorOf((await subgraph.request(CHANGE, { id: c.person.id, input }, self)).body).extensions.code).toBe('FORBIDDEN');
    expect(errorOf((await subgraph.request(CHANGE, { id: crypto.randomUUID(), input }, c.coordinator)).body).extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'beneficiaryId',
    });
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    expect((await subgraph.request(CHANGE, { id: c.person.id, input }, admin)).body.errors).toBeUndefined();
  });

  it('exports transitionCase for other modules, inside their transaction', async () => {
    const c = await corner({ caseStatus: 'ASSESSED' });
    await expect(
      subgraph.dataSource.transaction(async (manager) => {
        const updated = await transitionCase(manager, c.person, 'PLAN_AGREED', { userId: c.tutorId }, { note: 'PAI agreed' });
        expect(updated).toMatchObject({ caseStatus: 'PLAN_AGREED', version: 2 });
        throw new Error('the calling module failed afterwards');
      }),
    ).rejects.toThrow('the calling module failed afterwards');
    // Rolled back with the caller's transaction: status and history untouched.
    const row = await subgraph.dataSource.getRepository(BeneficiaryEntity).findOneByOrFail({ id: c.person.id });
    expect([row.caseStatus, row.version]).toEqual(['ASSESSED', 1]);
    await subgraph.dataSource.transaction((manager) => transitionCase(manager, c.person, 'PLAN_AGREED', { userId: c.tutorId }));
    // A caller holding the row as it was before that change (version 1) is refused.
    const stale = { ...c.person, caseStatus: 'PLAN_AGREED' as const };
    await expect(
      subgraph.dataSource.transaction((manager) => transitionCase(manager, stale, 'IN_PROGRESS', { userId: c.tutorId })),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  });
});

describe('enrolment', () => {
  it('enrols a referred, eligible person with their tutor', async () => {
    const c = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const tutorUserId = c.teammateId;
    const enrolledOn = addDays(today, -1);
    const { body } = await subgraph.request(ENROL, { id: c.person.id, input: { enrolledOn, tutorUserId } }, c.coordinator);
    expect(body.errors).toBeUndefined();
    expect(body.data.enrolBeneficiary).toMatchObject({
      caseStatus: 'ENROLLED',
      enrolledOn,
      tutorUserId,
      version: 2,
      statusHistory: [{ from: 'REFERRED', to: 'ENROLLED' }],
      tutorAssignments: [{ fromTutorUserId: null, toTutorUserId: tutorUserId, note: 'Assigned at enrolment' }],
    });
    const eligibility = await subgraph.request(
      `query($id: ID!) { beneficiary(id: $id) { eligibility { eligible evaluatedOn daysLeft } } }`,
      { id: c.person.id },
      c.coordinator,
    );
    expect(eligibility.body.data.beneficiary.eligibility).toEqual({ eligible: true, evaluatedOn: enrolledOn, daysLeft: null });
  });

  it('refuses a day outside the 18-month window, with the reason', async () => {
    const c = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null, receptionExitDate: '2023-01-15' });
    const { body } = await subgraph.request(
      ENROL,
      { id: c.person.id, input: { enrolledOn: today, tutorUserId: c.teammateId } },
      c.coordinator,
    );
    expect(errorOf(body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.enrolledOn' });
    expect(errorOf(body)!.message).toBe(
      `Not eligible on ${today}: Enrolled on ${today}, ${wholeMonthsBetween('2023-01-15', today)} months after leaving reception: after the 18-month window closed on 2024-07-15`,
    );
    // An enrolment recorded late, on a day inside the window, is fine.
    const late = await subgraph.request(
      ENROL,
      { id: c.person.id, input: { enrolledOn: '2024-07-14', tutorUserId: c.teammateId } },
      c.coordinator,
    );
    expect(late.body.data.enrolBeneficiary.caseStatus).toBe('ENROLLED');
  });

  it('lets a tutor of the corner enrol a person by taking the case, not by handing it to someone else', async () => {
    const c = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const tutorId = c.teammateId;
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [c.cornerId], userId: tutorId });
    const other = await subgraph.request(ENROL, { id: c.person.id, input: { enrolledOn: today, tutorUserId: c.tutorId } }, tutor);
    expect(errorOf(other.body).extensions.code).toBe('FORBIDDEN');
    const { body } = await subgraph.request(ENROL, { id: c.person.id, input: { enrolledOn: today, tutorUserId: tutorId } }, tutor);
    expect(body.errors).toBeUndefined();
    expect(body.data.enrolBeneficiary).toMatchObject({ caseStatus: 'ENROLLED', tutorUserId: tutorId, enrolledOn: today });
    const elsewhere = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const foreign = await subgraph.request(ENROL, { id: elsewhere.person.id, input: { enrolledOn: today, tutorUserId: tutorId } }, tutor);
    expect(errorOf(foreign.body).extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a future day, a case already enrolled, and a tutor of the corner not assigned to it', async () => {
    const c = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const input = { enrolledOn: addDays(today, 1), tutorUserId: c.tutorId };
    expect(errorOf((await subgraph.request(ENROL, { id: c.person.id, input }, c.coordinator)).body).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.enrolledOn',
    });
    expect(
      errorOf((await subgraph.request(ENROL, { id: c.person.id, input: { ...input, enrolledOn: today } }, c.otherTutor)).body).extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      errorOf(
        (await subgraph.request(ENROL, { id: c.person.id, input: { enrolledOn: today, tutorUserId: 'tutor.aurora' } }, c.coordinator)).body,
      ).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.tutorUserId',
    });
    const enrolled = await corner({ caseStatus: 'ENROLLED' });
    expect(
      errorOf(
        (
          await subgraph.request(
            ENROL,
            { id: enrolled.person.id, input: { enrolledOn: today, tutorUserId: c.tutorId } },
            enrolled.coordinator,
          )
        ).body,
      ).extensions,
    ).toEqual({
      code: 'CONFLICT',
      field: 'beneficiaryId',
    });
  });
});

describe('tutor hand-over', () => {
  it('lets the coordinator hand a case over, keeping who had it before', async () => {
    const c = await corner({ caseStatus: 'PLAN_AGREED' });
    const next = c.teammateId;
    const { body } = await subgraph.request(ASSIGN, { id: c.person.id, tutor: next, note: 'Parental leave' }, c.coordinator);
    expect(body.errors).toBeUndefined();
    expect(body.data.assignTutor).toMatchObject({
      tutorUserId: next,
      version: 2,
      tutorAssignments: [{ fromTutorUserId: c.tutorId, toTutorUserId: next, note: 'Parental leave' }],
    });
    // The former tutor lost the case: they may no longer change it.
    const change = await subgraph.request(CHANGE, { id: c.person.id, input: { to: 'IN_PROGRESS', expectedVersion: 2 } }, c.assignedTutor);
    expect(errorOf(change.body).extensions.code).toBe('FORBIDDEN');
  });

  it('is not for tutors, not to the same tutor, not for a closed case', async () => {
    const c = await corner({ caseStatus: 'ENROLLED' });
    const self = await subgraph.request(ASSIGN, { id: c.person.id, tutor: crypto.randomUUID() }, c.assignedTutor);
    expect(errorOf(self.body).extensions.code).toBe('FORBIDDEN');
    const same = await subgraph.request(ASSIGN, { id: c.person.id, tutor: c.tutorId }, c.coordinator);
    expect(errorOf(same.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tutorUserId' });
    const closed = await corner({ caseStatus: 'CLOSED' });
    const refused = await subgraph.request(ASSIGN, { id: closed.person.id, tutor: crypto.randomUUID() }, closed.coordinator);
    expect(errorOf(refused.body).extensions).toEqual({ code: 'CASE_CLOSED', field: 'beneficiaryId' });
  });
});

describe("only to a member of the corner's team", () => {
  it("refuses to enrol with, or hand a case to, a user id that is not on the team of the person's corner", async () => {
    const c = await corner({ caseStatus: 'REFERRED', enrolledOn: null, tutorUserId: null });
    const elsewhere = await corner({ caseStatus: 'ENROLLED' });
    for (const stranger of [crypto.randomUUID(), elsewhere.teammateId]) {
      const enrol = await subgraph.request(ENROL, { id: c.person.id, input: { enrolledOn: today, tutorUserId: stranger } }, c.coordinator);
      expect(errorOf(enrol.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.tutorUserId' });
      const handOver = await subgraph.request(ASSIGN, { id: elsewhere.person.id, tutor: c.teammateId }, elsewhere.coordinator);
      expect(errorOf(handOver.body).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tutorUserId' });
    }
    // Nothing was written: the case is still referred, with nobody, and the other still with its tutor.
    const read = `query($id: ID!) { beneficiary(id: $id) { caseStatus tutorUserId version tutorAssignments { toTutorUserId } } }`;
    expect((await subgraph.request(read, { id: c.person.id }, c.coordinator)).body.data.beneficiary).toEqual({
      caseStatus: 'REFERRED',
      tutorUserId: null,
      version: 1,
      tutorAssignments: [],
    });
    expect((await subgraph.request(read, { id: elsewhere.person.id }, elsewhere.coordinator)).body.data.beneficiary).toMatchObject({
      tutorUserId: elsewhere.tutorId,
      version: 1,
    });
    // Once the corner puts the person on its team, the same hand-over goes through.
    const newcomer = crypto.randomUUID();
    await people.cornerTeam(elsewhere.cornerId, [{ userId: elsewhere.tutorId }, { userId: newcomer, role: 'COORDINATOR' }]);
    const handOver = await subgraph.request(ASSIGN, { id: elsewhere.person.id, tutor: newcomer }, elsewhere.coordinator);
    expect(handOver.body.data.assignTutor.tutorUserId).toBe(newcomer);
  });
});

describe('reading case lifecycle data on a list', () => {
  it('costs the same statements for 3 or 30 beneficiaries with history, tutors, household and eligibility', async () => {
    const cornerId = crypto.randomUUID();
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] });
    for (let i = 0; i < 30; i += 1) {
      const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, caseStatus: 'ENROLLED' });
      await createCaseFacts(subgraph.dataSource, person.id);
      await subgraph.request(CHANGE, { id: person.id, input: { to: 'ASSESSED', expectedVersion: 1 } }, coordinator);
      await subgraph.request(ASSIGN, { id: person.id, tutor: crypto.randomUUID() }, coordinator);
    }
    const PAGE = `query($corner: ID!, $first: Int) { beneficiaries(filter: { integraCornerId: $corner }, first: $first) { edges { node {
      id version outcome statusHistory { to } tutorAssignments { toTutorUserId } household { givenName isMinor } eligibility { eligible reasons } } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(PAGE, { corner: cornerId, first }, coordinator);
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      expect(body.data.beneficiaries.edges[0].node.statusHistory).toEqual([{ to: 'ASSESSED' }]);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(30)).toBe(small);
    // The page, the histories, the assignments, the households; the audit append.
    expect(small).toBe(4 + AUDIT_APPEND_STATEMENTS);
  });
});
