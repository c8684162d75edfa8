import { addDays, AUDIT_APPEND_STATEMENTS, AuditTrail, sqlStatements, todayInItaly } from '@shubh/platform';
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

const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { id revision goals { id } } }`;
const RECORD = `mutation($id: ID!, $input: RecordFollowUpInput!) { recordFollowUp(beneficiaryId: $id, input: $input) {
  id heldOn planVersion goalProgress { goalId progress note goal { description } } criticalIssues { id severity description actionTaken raisedOn resolvedAt } } }`;
const RESOLVE = `mutation($id: ID!, $resolution: String!) { resolveCriticalIssue(issueId: $id, resolution: $resolution) { id resolvedAt resolution } }`;
const READ = `query($id: ID!, $first: Int, $after: String) { beneficiary(id: $id) { nextFollowUpDue
  followUps(first: $first, after: $after) { edges { node { heldOn criticalIssues { severity } } } pageInfo { hasNextPage endCursor } } } }`;

/** A person with a plan of two goals, drafted `daysAgo` days ago, and the people around them. */
async function personWithPlan(options: { daysAgo?: number; cadenceDays?: number } = {}) {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(subgraph.dataSource, {
    integraCornerId: cornerId,
    tutorUserId: tutorId,
    caseStatus: 'IN_PROGRESS',
  });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId });
  const { body } = await subgraph.request(
    DRAFT,
    {
      id: person.id,
      input: {
        cadenceDays: options.cadenceDays,
        goals: [
          { area: 'WORK', description: 'Find a job', targetDate: '2027-06-30', actions: [] },
          { area: 'HOUSING', description: 'Find a flat', targetDate: '2027-06-30', actions: [] },
        ],
      },
    },
    tutor,
  );
  expect(body.errors).toBeUndefined();
  const plan = body.data.draftActionPlan;
  if (options.daysAgo) {
    await subgraph.dataSource.query('UPDATE beneficiaries.action_plan SET created_on = created_on - $2::int WHERE id = $1', [
      plan.id,
      options.daysAgo,
    ]);
  }
  return {
    cornerId,
    person,
    plan,
    tutor,
    tutorId,
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    self: await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id }),
  };
}

describe('follow-ups', () => {
  it('records goal progress and critical issues, and moves the next follow-up on by the cadence', async () => {
    const p = await personWithPlan({ daysAgo: 40, cadenceDays: 30 });
    const before = await subgraph.request(READ, { id: p.person.id }, p.tutor);
    expect(before.body.data.beneficiary.nextFollowUpDue).toBe(addDays(today, -10));

    const [work, housing] = p.plan.goals;
    const { body } = await subgraph.request(
      RECORD,
      {
        id: p.person.id,
        input: {
          heldOn: addDays(today, -1),
          goalProgress: [
            { goalId: work.id, progress: 'ON_TRACK', note: 'Two interviews this month' },
            { goalId: housing.id, progress: 'AT_RISK' },
          ],
          criticalIssues: [
            { severity: 'HIGH', description: 'Eviction notice from the landlord', actionTaken: 'Called the housing agency' },
          ],
        },
      },
      p.tutor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.recordFollowUp).toMatchObject({
      heldOn: addDays(today, -1),
      planVersion: 1,
      goalProgress: [
        { goalId: work.id, progress: 'ON_TRACK', note: 'Two interviews this month', goal: { description: 'Find a job' } },
        { goalId: housing.id, progress: 'AT_RISK', note: null, goal: { description: 'Find a flat' } },
      ],
      criticalIssues: [{ severity: 'HIGH', raisedOn: addDays(today, -1), resolvedAt: null }],
    });
    const after = await subgraph.request(READ, { id: p.person.id }, p.self);
    expect(after.body.data.beneficiary.nextFollowUpDue).toBe(addDays(today, 29));
    expect(after.body.data.beneficiary.followUps.edges).toHaveLength(1);

    // A follow-up recorded late, for an earlier day, does not move the cadence back.
    await subgraph.request(RECORD, { id: p.person.id, input: { heldOn: addDays(today, -20), goalProgress: [] } }, p.tutor);
    expect((await subgraph.request(READ, { id: p.person.id }, p.tutor)).body.data.beneficiary.nextFollowUpDue).toBe(addDays(today, 29));

    const issueId = body.data.recordFollowUp.criticalIssues[0].id;
    expect(codeOf((await subgraph.request(RESOLVE, { id: issueId, resolution: 'Rent guarantee granted' }, p.otherTutor)).body)).toBe(
      'FORBIDDEN',
    );
    const resolved = await subgraph.request(RESOLVE, { id: issueId, resolution: 'Rent guarantee granted' }, p.tutor);
    expect(resolved.body.data.resolveCriticalIssue).toMatchObject({
      id: issueId,
      resolution: 'Rent guarantee granted',
      resolvedAt: expect.any(String),
    });
    const again = await subgraph.request(RESOLVE, { id: issueId, resolution: 'Again' }, p.tutor);
    expect(again.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'issueId' });

    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(p.person.id, { first: 50 });
    expect(entries.map((entry) => entry.operation)).toEqual(expect.arrayContaining(['recordFollowUp', 'resolveCriticalIssue']));
  });

  it('pages follow-ups newest first', async () => {
    const p = await personWithPlan({ daysAgo: 100 });
    for (const daysAgo of [90, 60, 30]) {
      await subgraph.request(RECORD, { id: p.person.id, input: { heldOn: addDays(today, -daysAgo), goalProgress: [] } }, p.tutor);
    }
    const first = await subgraph.request(READ, { id: p.person.id, first: 2 }, p.tutor);
    const page = first.body.data.beneficiary.followUps;
    expect(page.edges.map((edge: any) => edge.node.heldOn)).toEqual([addDays(today, -30), addDays(today, -60)]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.request(READ, { id: p.person.id, first: 2, after: page.pageInfo.endCursor }, p.tutor);
    expect(second.body.data.beneficiary.followUps.edges.map((edge: any) => edge.node.heldOn)).toEqual([addDays(today, -90)]);
    expect(second.body.data.beneficiary.followUps.pageInfo.hasNextPage).toBe(false);
    const bad = await subgraph.request(READ, { id: p.person.id, first: 2, after: 'nonsense' }, p.tutor);
    expect(bad.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it.each<[string, (goals: any[]) => Record<string, unknown>]>([
    ['input.heldOn', (_goals: any[]) => ({ heldOn: addDays(today, 1), goalProgress: [] })],
    ['input.heldOn', (_goals: any[]) => ({ heldOn: '2000-01-01', goalProgress: [] })],
    [
      'input.goalProgress.0.goalId',
      (_goals: any[]) => ({ heldOn: today, goalProgress: [{ goalId: crypto.randomUUID(), progress: 'ON_TRACK' }] }),
    ],
    [
      'input.goalProgress.1.goalId',
      (goals: any[]) => ({
        heldOn: today,
        goalProgress: [
          { goalId: goals[0].id, progress: 'ON_TRACK' },
          { goalId: goals[0].id, progress: 'AT_RISK' },
        ],
      }),
    ],
    [
      'input.criticalIssues.0.description',
      (_goals: any[]) => ({ heldOn: today, goalProgress: [], criticalIssues: [{ severity: 'LOW', description: ' ' }] }),
    ],
  ])('refuses bad input on %s and writes nothing', async (field, input) => {
    const p = await personWithPlan();
    const { body } = await subgraph.request(RECORD, { id: p.person.id, input: input(p.plan.goals) }, p.tutor);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await subgraph.request(READ, { id: p.person.id }, p.tutor)).body.data.beneficiary.followUps.edges).toEqual([]);
  });

  it('needs a plan, and the case team', async () => {
    const cornerId = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId });
    const noPlan = await subgraph.request(RECORD, { id: person.id, input: { heldOn: today, goalProgress: [] } }, tutor);
    expect(noPlan.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
    expect((await subgraph.request(READ, { id: person.id }, tutor)).body.data.beneficiary.nextFollowUpDue).toBeNull();

    const p = await personWithPlan();
    for (const token of [p.otherTutor, p.self]) {
      expect(codeOf((await subgraph.request(RECORD, { id: p.person.id, input: { heldOn: today, goalProgress: [] } }, token)).body)).toBe(
        'FORBIDDEN',
      );
    }
  });

  it('costs the same statements for 3 or 10 people with follow-ups', async () => {
    const cornerId = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId });
    for (let i = 0; i < 10; i += 1) {
      const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
      const { body } = await subgraph.request(
        DRAFT,
        { id: person.id, input: { goals: [{ area: 'WORK', description: 'Work', targetDate: '2027-01-01', actions: [] }] } },
        tutor,
      );
      const goalId = body.data.draftActionPlan.goals[0].id;
      for (let n = 0; n < 2; n += 1) {
        await subgraph.request(
          RECORD,
          {
            id: person.id,
            input: {
              heldOn: today,
              goalProgress: [{ goalId, progress: 'ON_TRACK' }],
              criticalIssues: [{ severity: 'LOW', description: 'Late' }],
            },
          },
          tutor,
        );
      }
    }
    const PAGE = `query($corner: ID!, $first: Int!) { beneficiaries(filter: { integraCornerId: $corner }, first: $first) { edges { node {
      nextFollowUpDue followUps(first: 5) { edges { node { heldOn goalProgress { progress goal { area } } criticalIssues { severity } } } } } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(PAGE, { corner: cornerId, first }, tutor);
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(10)).toBe(small);
    // page, plans, follow-ups, goal progress, critical issues, goals in force; the audit of reads.
    expect(small).toBe(6 + AUDIT_APPEND_STATEMENTS);
  });
});
