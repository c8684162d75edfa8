import { addDays, AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
const today = todayInItaly();

const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { id } }`;
const RECORD = `mutation($id: ID!, $input: RecordFollowUpInput!) { recordFollowUp(beneficiaryId: $id, input: $input) { id } }`;
const PROCEDURE = `mutation($id: ID!, $input: RecordAdministrativeProcedureInput!) { recordAdministrativeProcedure(beneficiaryId: $id, input: $input) { id } }`;
const OVERDUE = `query($filter: AttentionFilter, $first: Int, $after: String) { overdueFollowUps(filter: $filter, first: $first, after: $after) {
  edges { node { beneficiary { id givenName } dueOn daysOverdue lastFollowUpOn } } pageInfo { hasNextPage endCursor } } }`;
const ISSUES = `query($filter: AttentionFilter, $severities: [CriticalIssueSeverity!], $first: Int, $after: String) {
  openCriticalIssues(filter: $filter, severities: $severities, first: $first, after: $after) {
  edges { node { severity description raisedOn beneficiary { id givenName } } } pageInfo { hasNextPage endCursor } } }`;
const PERMITS = `query($within: Int, $filter: AttentionFilter, $first: Int) { permitsExpiring(withinDays: $within, filter: $filter, first: $first) {
  edges { node { permitExpiresOn beneficiary { id givenName } } } pageInfo { hasNextPage } } }`;

/** A corner with two tutors; people are added to it with a plan drafted some days ago. */
async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorA = crypto.randomUUID();
  const tutorB = crypto.randomUUID();
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  return {
    cornerId,
    tutorA,
    tutorB,
    admin,
    tokenA: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorA }),
    tokenB: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorB }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
    async person(tutorUserId: string, planDaysAgo: number | null, caseStatus: 'IN_PROGRESS' | 'CLOSED' = 'IN_PROGRESS') {
      // Created open: a closed case takes no plan any more, so it is closed after its plan is drafted.
      const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId, caseStatus: 'IN_PROGRESS' });
      if (planDaysAgo !== null) {
        const { body } = await subgraph.request(
          DRAFT,
          { id: person.id, input: { goals: [{ area: 'WORK', description: 'Work', targetDate: '2027-01-01', actions: [] }] } },
          admin,
        );
        await subgraph.dataSource.query('UPDATE beneficiaries.action_plan SET created_on = created_on - $2::int WHERE id = $1', [
          body.data.draftActionPlan.id,
          planDaysAgo,
        ]);
      }
      if (caseStatus !== 'IN_PROGRESS') {
        await subgraph.dataSource.query('UPDATE beneficiaries.beneficiary SET case_status = $2 WHERE id = $1', [person.id, caseStatus]);
        person.caseStatus = caseStatus;
      }
      return person;
    },
  };
}

const ids = (connection: any): string[] => connection.edges.map((edge: any) => edge.node.beneficiary.id);

describe('overdue follow-ups', () => {
  it("lists a tutor's own overdue cases by default, longest overdue first; coordinators the whole corner", async () => {
    const c = await corner();
    const late = await c.person(c.tutorA, 50); // due 20 days ago
    const later = await c.person(c.tutorA, 70); // due 40 days ago
    const onTime = await c.person(c.tutorA, 10);
    const followedUp = await c.person(c.tutorA, 60);
    await subgraph.request(RECORD, { id: followedUp.id, input: { heldOn: addDays(today, -3), goalProgress: [] } }, c.admin);
    const closed = await c.person(c.tutorA, 90, 'CLOSED');
    const colleagues = await c.person(c.tutorB, 45);

    const mine = await subgraph.request(OVERDUE, {}, c.tokenA);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data.overdueFollowUps.edges.map((edge: any) => edge.node)).toEqual([
      { beneficiary: { id: later.id, givenName: later.givenName }, dueOn: addDays(today, -40), daysOverdue: 40, lastFollowUpOn: null },
      { beneficiary: { id: late.id, givenName: late.givenName }, dueOn: addDays(today, -20), daysOverdue: 20, lastFollowUpOn: null },
    ]);
    const all = await subgraph.request(OVERDUE, { filter: { allTutors: true, integraCornerId: c.cornerId } }, c.tokenA);
    expect(ids(all.body.data.overdueFollowUps)).toEqual([later.id, late.id, colleagues.id]);
    const coordinator = await subgraph.request(OVERDUE, { filter: { integraCornerId: c.cornerId } }, c.coordinator);
    expect(ids(coordinator.body.data.overdueFollowUps)).toEqual([later.id, late.id, colleagues.id]);
    const theirs = await subgraph.request(OVERDUE, { filter: { tutorUserId: c.tutorB } }, c.coordinator);
    expect(ids(theirs.body.data.overdueFollowUps)).toEqual([colleagues.id]);
    // None of them: on time, followed up since, closed (each one checked, not only the three together).
    for (const absent of [onTime.id, followedUp.id, closed.id]) expect(ids(all.body.data.overdueFollowUps)).not.toContain(absent);

    const page = await subgraph.request(OVERDUE, { filter: { integraCornerId: c.cornerId, allTutors: true }, first: 2 }, c.tokenA);
    expect(page.body.data.overdueFollowUps.pageInfo.hasNextPage).toBe(true);
    const next = await subgraph.request(
      OVERDUE,
      { filter: { integraCornerId: c.cornerId, allTutors: true }, first: 2, after: page.body.data.overdueFollowUps.pageInfo.endCursor },
      c.tokenA,
    );
    expect(ids(next.body.data.overdueFollowUps)).toEqual([colleagues.id]);
  });

  it('is for the case team only, and shows nobody from another corner', async () => {
    const c = await corner();
    const elsewhere = await corner();
    await elsewhere.person(elsewhere.tutorA, 60);
    const other = await subgraph.request(OVERDUE, { filter: { integraCornerId: elsewhere.cornerId } }, c.coordinator);
    expect(other.body.data.overdueFollowUps.edges).toEqual([]);
    for (const roles of [['beneficiary'], ['partner-operator'], ['monitoring'], ['employer']] as const) {
      const token = await identity.tokenFor({ roles: [...roles], organisationId: crypto.randomUUID() });
      expect(codeOf((await subgraph.request(OVERDUE, {}, token)).body)).toBe('FORBIDDEN');
    }
    const both = await subgraph.request(OVERDUE, { filter: { tutorUserId: c.tutorA, allTutors: true } }, c.coordinator);
    expect(both.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.allTutors' });
    const badTutor = await subgraph.request(OVERDUE, { filter: { tutorUserId: 'tutor-a' } }, c.coordinator);
    expect(badTutor.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.tutorUserId' });
  });
});

describe('open critical issues', () => {
  it('lists the most severe first, then the oldest, without the resolved ones', async () => {
    const c = await corner();
    const a = await c.person(c.tutorA, 30);
    const b = await c.person(c.tutorA, 30);
    const raise = (id: string, daysAgo: number, issues: { severity: string; description: string }[]) =>
      subgraph.request(RECORD, { id, input: { heldOn: addDays(today, -daysAgo), goalProgress: [], criticalIssues: issues } }, c.admin);
    await raise(a.id, 10, [
      { severity: 'MEDIUM', description: 'Missed two lessons' },
      { severity: 'CRITICAL', description: 'Eviction next week' },
    ]);
    await raise(b.id, 20, [
      { severity: 'CRITICAL', description: 'Lost the job' },
      { severity: 'LOW', description: 'Late once' },
    ]);
    const { body } = await subgraph.request(ISSUES, { filter: { integraCornerId: c.cornerId } }, c.tokenA);
    expect(body.errors).toBeUndefined();
    expect(body.data.openCriticalIssues.edges.map((edge: any) => [edge.node.severity, edge.node.description])).toEqual([
      ['CRITICAL', 'Lost the job'],
      ['CRITICAL', 'Eviction next week'],
      ['MEDIUM', 'Missed two lessons'],
      ['LOW', 'Late once'],
    ]);
    const severe = await subgraph.request(
      ISSUES,
      { filter: { integraCornerId: c.cornerId }, severities: ['CRITICAL', 'HIGH'], first: 1 },
      c.tokenA,
    );
    const after = severe.body.data.openCriticalIssues.pageInfo.endCursor;
    const second = await subgraph.request(
      ISSUES,
      { filter: { integraCornerId: c.cornerId }, severities: ['CRITICAL', 'HIGH'], first: 1, after },
      c.tokenA,
    );
    expect(second.body.data.openCriticalIssues.edges.map((edge: any) => edge.node.description)).toEqual(['Eviction next week']);
    expect(second.body.data.openCriticalIssues.pageInfo.hasNextPage).toBe(false);
    const none = await subgraph.request(ISSUES, { severities: [] }, c.tokenA);
    expect(none.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'severities' });
  });
});

describe('permits expiring', () => {
  it('lists open permit renewals expiring within the window (or expired), soonest first', async () => {
    const c = await corner();
    const soon = await c.person(c.tutorA, null);
    const expired = await c.person(c.tutorA, null);
    const far = await c.person(c.tutorA, null);
    const renewed = await c.person(c.tutorA, null);
    const permit = (id: string, expiresIn: number, status = 'IN_PROGRESS') =>
      subgraph.request(PROCEDURE, { id, input: { kind: 'PERMIT_RENEWAL', status, permitExpiresOn: addDays(today, expiresIn) } }, c.admin);
    await permit(soon.id, 20);
    await permit(expired.id, -3);
    await permit(far.id, 200);
    await permit(renewed.id, 5, 'DONE');
    const { body } = await subgraph.request(PERMITS, { within: 30 }, c.tokenA);
    expect(body.errors).toBeUndefined();
    expect(body.data.permitsExpiring.edges.map((edge: any) => [edge.node.beneficiary.id, edge.node.permitExpiresOn])).toEqual([
      [expired.id, addDays(today, -3)],
      [soon.id, addDays(today, 20)],
    ]);
    const wide = await subgraph.request(PERMITS, { within: 365 }, c.tokenA);
    expect(ids(wide.body.data.permitsExpiring)).toEqual([expired.id, soon.id, far.id]);
    const bad = await subgraph.request(PERMITS, { within: 0 }, c.tokenA);
    expect(bad.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'withinDays' });
  });
});

describe('statement counts', () => {
  it('are the same for a page of 3 or 20 items, in every attention list', async () => {
    const c = await corner();
    for (let i = 0; i < 20; i += 1) {
      const person = await c.person(c.tutorA, 45);
      await subgraph.request(
        RECORD,
        {
          id: person.id,
          input: { heldOn: addDays(today, -40), goalProgress: [], criticalIssues: [{ severity: 'HIGH', description: 'Needs help' }] },
        },
        c.admin,
      );
      await subgraph.request(PROCEDURE, { id: person.id, input: { kind: 'PERMIT_RENEWAL', permitExpiresOn: addDays(today, 10) } }, c.admin);
    }
    const statementsFor = async (query: string, field: string, first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(query, { filter: { integraCornerId: c.cornerId }, first }, c.tokenA);
      expect(body.errors).toBeUndefined();
      expect(body.data[field].edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    for (const [query, field] of [
      [OVERDUE, 'overdueFollowUps'],
      [ISSUES, 'openCriticalIssues'],
      [PERMITS, 'permitsExpiring'],
    ] as const) {
      const small = await statementsFor(query, field, 3);
      expect(await statementsFor(query, field, 20)).toBe(small);
      // The list, the beneficiaries of its page; then the audit of reads.
      expect(small).toBe(2 + AUDIT_APPEND_STATEMENTS);
    }
  });
});
