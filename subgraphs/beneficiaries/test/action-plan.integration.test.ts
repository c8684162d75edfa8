import { AUDIT_APPEND_STATEMENTS, AuditTrail, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
  people = await TestPeople.open();
  // The catalogue service the plans' actions use: the plan refuses a service the network does not hold.
  await people.inCatalogue({ services: [SERVICE_ID] });
  [{ providerId: SERVICE_PROVIDER_ID }] = await subgraph.dataSource.query(
    'SELECT provider_id::text AS "providerId" FROM catalogue.service_provider WHERE service_id = $1',
    [SERVICE_ID],
  );
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
const SERVICE_ID = '5a3c1e2f-0000-4000-8000-000000000001';
/** The organisation that provides SERVICE_ID: a plan action for the service that names no provider is given it. */
let SERVICE_PROVIDER_ID: string;

/** A corner with a person assigned to a tutor, and everyone who might touch their plan. */
async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId, caseStatus: 'ASSESSED' });
  return {
    cornerId,
    person,
    tutorId,
    assignedTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
    self: await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id }),
    partner: await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
  };
}

const PLAN_FIELDS = `id version current revision reason status cadenceDays
  goals { id area description targetDate actions { id description status plannedStart plannedEnd service { id } provider { id } beneficiary { id } } }
  agreement { agreedByBeneficiaryAt agreedByBeneficiaryBy agreedInPerson agreedByTutorAt agreedByTutorBy }`;
const DRAFT = `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { ${PLAN_FIELDS} } }`;
const REVISE = `mutation($id: ID!, $input: ReviseActionPlanInput!) { reviseActionPlan(planId: $id, input: $input) { ${PLAN_FIELDS} } }`;
const AGREE = `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { status revision agreement { agreedByBeneficiaryBy agreedInPerson agreedByTutorBy } } }`;
const STATUS = `mutation($id: ID!, $status: PlanActionStatus!, $rev: Int!) { updateActionStatus(actionId: $id, status: $status, expectedRevision: $rev) { id status } }`;
const READ = `query($id: ID!) { beneficiary(id: $id) {
  actionPlan { ${PLAN_FIELDS} }
  actionPlanHistory(first: 10) { edges { node { version current reason goals { description } } } pageInfo { hasNextPage } } } }`;

const firstDraft = {
  goals: [
    {
      area: 'WORK',
      description: 'Find a job in logistics',
      targetDate: '2026-12-31',
      actions: [{ serviceId: SERVICE_ID, description: 'Forklift traineeship', plannedStart: '2026-01-15', plannedEnd: '2026-04-15' }],
    },
    { area: 'LANGUAGE', description: 'Reach B1 in Italian', targetDate: '2026-09-30', actions: [] },
  ],
};

async function drafted(a: Awaited<ReturnType<typeof corner>>) {
  const { body } = await subgraph.request(DRAFT, { id: a.person.id, input: firstDraft }, a.assignedTutor);
  expect(body.errors).toBeUndefined();
  return body.data.draftActionPlan;
}

describe('drafting a plan', () => {
  it('writes the first version, DRAFT, with goals, actions, the catalogue service they use and its provider', async () => {
    const a = await corner();
    const plan = await drafted(a);
    expect(plan).toMatchObject({ version: 1, current: true, revision: 1, reason: null, status: 'DRAFT', cadenceDays: 30 });
    expect(plan.goals.map((goal: any) => goal.area)).toEqual(['WORK', 'LANGUAGE']);
    expect(plan.goals[0].actions).toEqual([
      expect.objectContaining({
        description: 'Forklift traineeship',
        status: 'PLANNED',
        service: { id: SERVICE_ID },
        provider: { id: SERVICE_PROVIDER_ID },
        beneficiary: { id: a.person.id },
      }),
    ]);
    const again = await subgraph.request(DRAFT, { id: a.person.id, input: firstDraft }, a.coordinator);
    expect(again.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'beneficiaryId' });
  });

  it('is for the assigned tutor, the coordinator and administrators only', async () => {
    const a = await corner();
    for (const token of [a.otherTutor, a.self, a.partner]) {
      expect(codeOf((await subgraph.request(DRAFT, { id: a.person.id, input: firstDraft }, token)).body)).toBe('FORBIDDEN');
    }
    expect((await subgraph.request(DRAFT, { id: a.person.id, input: firstDraft }, a.coordinator)).body.errors).toBeUndefined();
  });

  it.each([
    [{ goals: [] }, 'input.goals'],
    [{ goals: [{ ...firstDraft.goals[1], description: '  ' }] }, 'input.goals.0.description'],
    [{ cadenceDays: 3, goals: firstDraft.goals }, 'input.cadenceDays'],
    [{ goals: [{ ...firstDraft.goals[1], id: crypto.randomUUID() }] }, 'input.goals.0.id'],
    [
      { goals: [{ ...firstDraft.goals[0], actions: [{ ...firstDraft.goals[0]!.actions[0], plannedEnd: '2026-01-01' }] }] },
      'input.goals.0.actions.0.plannedEnd',
    ],
    [
      { goals: [{ ...firstDraft.goals[0], actions: [{ ...firstDraft.goals[0]!.actions[0], serviceId: 'svc-1' }] }] },
      'input.goals.0.actions.0.serviceId',
    ],
  ])('refuses %j naming the field %s, and writes nothing', async (input, field) => {
    const a = await corner();
    const { body } = await subgraph.request(DRAFT, { id: a.person.id, input }, a.assignedTutor);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect((await subgraph.request(READ, { id: a.person.id }, a.assignedTutor)).body.data.beneficiary.actionPlan).toBeNull();
  });
});

describe('revising a plan', () => {
  it('makes a new version and keeps every earlier one readable, goals and actions keeping their ids', async () => {
    const a = await corner();
    const plan = await drafted(a);
    const [work, language] = plan.goals;
    const { body } = await subgraph.request(
      REVISE,
      {
        id: plan.id,
        input: {
          expectedRevision: 1,
          reason: 'The traineeship moved to March',
          cadenceDays: 14,
          goals: [
            {
              id: work.id,
              area: 'WORK',
              description: work.description,
              targetDate: '2027-01-31',
              actions: [{ id: work.actions[0].id, serviceId: SERVICE_ID, description: 'Forklift traineeship', plannedStart: '2026-03-01' }],
            },
            { area: 'HOUSING', description: 'Move to a cohousing flat', targetDate: '2026-10-31', actions: [] },
          ],
        },
      },
      a.assignedTutor,
    );
    expect(body.errors).toBeUndefined();
    const revised = body.data.reviseActionPlan;
    expect(revised).toMatchObject({
      id: plan.id,
      version: 2,
      revision: 2,
      reason: 'The traineeship moved to March',
      cadenceDays: 14,
      status: 'DRAFT',
    });
    expect(revised.goals[0].id).toBe(work.id);
    expect(revised.goals[0].actions[0].id).toBe(work.actions[0].id);
    expect(revised.goals.map((goal: any) => goal.id)).not.toContain(language.id);

    const read = await subgraph.request(READ, { id: a.person.id }, a.self);
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.beneficiary.actionPlan.version).toBe(2);
    expect(read.body.data.beneficiary.actionPlanHistory.edges.map((edge: any) => edge.node)).toEqual([
      {
        version: 2,
        current: true,
        reason: 'The traineeship moved to March',
        goals: [{ description: 'Find a job in logistics' }, { description: 'Move to a cohousing flat' }],
      },
      {
        version: 1,
        current: false,
        reason: null,
        goals: [{ description: 'Find a job in logistics' }, { description: 'Reach B1 in Italian' }],
      },
    ]);
  });

  it('lets exactly one of two concurrent revisions from the same revision win; the loser learns the current revision', async () => {
    const a = await corner();
    const plan = await drafted(a);
    const revision = (reason: string) => ({
      id: plan.id,
      input: { expectedRevision: 1, reason, goals: [{ area: 'SOCIAL', description: reason, targetDate: '2026-12-31', actions: [] }] },
    });
    const results = await Promise.all([
      subgraph.request(REVISE, revision('First tutor rewrites the plan'), a.assignedTutor),
      subgraph.request(REVISE, revision('Coordinator rewrites the plan'), a.coordinator),
    ]);
    const winners = results.filter((result) => !result.body.errors);
    const losers = results.filter((result) => result.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedRevision', currentRevision: 2 });

    const read = await subgraph.request(READ, { id: a.person.id }, a.assignedTutor);
    const versions = read.body.data.beneficiary.actionPlanHistory.edges.map((edge: any) => edge.node);
    expect(versions.map((version: any) => version.version)).toEqual([2, 1]);
    expect(versions[0].reason).toBe(winners[0]!.body.data.reviseActionPlan.reason);

    // The loser resends from the revision its error named, and nothing it sent is lost.
    const resent = await subgraph.request(
      REVISE,
      { ...revision('Coordinator rewrites the plan'), input: { ...revision('Coordinator rewrites the plan').input, expectedRevision: 2 } },
      a.coordinator,
    );
    expect(resent.body.data.reviseActionPlan).toMatchObject({ version: 3, revision: 3 });
  });

  it('refuses a stale revision, and a revision without a reason', async () => {
    const a = await corner();
    const plan = await drafted(a);
    const input = { expectedRevision: 7, reason: 'Because things changed', goals: firstDraft.goals };
    const stale = await subgraph.request(REVISE, { id: plan.id, input }, a.assignedTutor);
    expect(stale.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedRevision', currentRevision: 1 });
    const short = await subgraph.request(REVISE, { id: plan.id, input: { ...input, expectedRevision: 1, reason: 'meh' } }, a.assignedTutor);
    expect(short.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const missing = await subgraph.request(REVISE, { id: crypto.randomUUID(), input }, a.assignedTutor);
    expect(missing.body.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', field: 'planId' });
  });
});

describe('agreeing a plan', () => {
  it('needs both the beneficiary (own token) and the assigned tutor before it is AGREED', async () => {
    const a = await corner();
    const plan = await drafted(a);
    expect(codeOf((await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 1 } }, a.coordinator)).body)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 1 } }, a.otherTutor)).body)).toBe('FORBIDDEN');

    const person = await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 1 } }, a.self);
    expect(person.body.data.agreeActionPlan).toEqual({
      status: 'DRAFT',
      revision: 2,
      agreement: { agreedByBeneficiaryBy: expect.any(String), agreedInPerson: false, agreedByTutorBy: null },
    });
    const twice = await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 2 } }, a.self);
    expect(codeOf(twice.body)).toBe('CONFLICT');

    const tutor = await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 2 } }, a.assignedTutor);
    expect(tutor.body.data.agreeActionPlan).toMatchObject({ status: 'AGREED', revision: 3, agreement: { agreedByTutorBy: a.tutorId } });
  });

  it('lets the tutor record the agreement given in person, and a revision asks for agreement again', async () => {
    const a = await corner();
    const plan = await drafted(a);
    const agreed = await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 1, agreedInPerson: true } }, a.assignedTutor);
    expect(agreed.body.data.agreeActionPlan).toEqual({
      status: 'AGREED',
      revision: 2,
      agreement: { agreedByBeneficiaryBy: a.tutorId, agreedInPerson: true, agreedByTutorBy: a.tutorId },
    });
    const selfInPerson = await subgraph.request(AGREE, { id: plan.id, input: { expectedRevision: 2, agreedInPerson: true } }, a.self);
    expect(selfInPerson.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.agreedInPerson' });

    const revised = await subgraph.request(
      REVISE,
      { id: plan.id, input: { expectedRevision: 2, reason: 'New housing goal agreed today', goals: firstDraft.goals } },
      a.assignedTutor,
    );
    expect(revised.body.data.reviseActionPlan).toMatchObject({ version: 2, status: 'DRAFT', agreement: { agreedByTutorAt: null } });
    const history = await subgraph.request(READ, { id: a.person.id }, a.assignedTutor);
    expect(history.body.data.beneficiary.actionPlanHistory.edges).toHaveLength(2);
  });
});

describe('action status', () => {
  it('moves an action on with the plan revision, refusing illegal steps and stale revisions', async () => {
    const a = await corner();
    const plan = await drafted(a);
    const actionId = plan.goals[0].actions[0].id;
    const started = await subgraph.request(STATUS, { id: actionId, status: 'IN_PROGRESS', rev: 1 }, a.assignedTutor);
    expect(started.body.data.updateActionStatus).toEqual({ id: actionId, status: 'IN_PROGRESS' });
    const stale = await subgraph.request(STATUS, { id: actionId, status: 'DONE', rev: 1 }, a.assignedTutor);
    expect(stale.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedRevision', currentRevision: 2 });
    const back = await subgraph.request(STATUS, { id: actionId, status: 'PLANNED', rev: 2 }, a.assignedTutor);
    expect(back.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(codeOf((await subgraph.request(STATUS, { id: actionId, status: 'DONE', rev: 2 }, a.self)).body)).toBe('FORBIDDEN');
    const missing = await subgraph.request(STATUS, { id: crypto.randomUUID(), status: 'DONE', rev: 2 }, a.assignedTutor);
    expect(missing.body.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', field: 'actionId' });
  });
});

describe('reading plans', () => {
  it('gives the plan to the corner and the person, not to a partner or another corner', async () => {
    const a = await corner();
    const b = await corner();
    await drafted(a);
    expect((await subgraph.request(READ, { id: a.person.id }, a.otherTutor)).body.errors).toBeUndefined();
    expect((await subgraph.request(READ, { id: a.person.id }, a.self)).body.errors).toBeUndefined();
    expect(codeOf((await subgraph.request(READ, { id: a.person.id }, b.assignedTutor)).body)).toBe('FORBIDDEN');
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    expect((await subgraph.request(READ, { id: a.person.id }, admin)).body.data.beneficiary.actionPlan.version).toBe(1);
  });

  it('resolves a PlanAction reference only for who may see the plan', async () => {
    const a = await corner();
    const b = await corner();
    const plan = await drafted(a);
    const actionId = plan.goals[0].actions[0].id;
    const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PlanAction { id beneficiary { id } service { id } } } }`;
    const reps = [{ __typename: 'PlanAction', id: actionId }];
    const mine = await subgraph.request(ENTITIES, { reps }, a.otherTutor);
    expect(mine.body.data._entities).toEqual([{ id: actionId, beneficiary: { id: a.person.id }, service: { id: SERVICE_ID } }]);
    expect((await subgraph.request(ENTITIES, { reps }, b.assignedTutor)).body.data._entities).toEqual([null]);
  });

  it('costs the same statements for a page of 3 or 12 people with plans and history', async () => {
    const cornerId = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId });
    for (let i = 0; i < 12; i += 1) {
      const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
      const { body } = await subgraph.request(DRAFT, { id: person.id, input: firstDraft }, tutor);
      await subgraph.request(
        REVISE,
        {
          id: body.data.draftActionPlan.id,
          input: { expectedRevision: 1, reason: 'A second version for the test', goals: firstDraft.goals },
        },
        tutor,
      );
    }
    const PAGE = `query($corner: ID!, $first: Int!) { beneficiaries(filter: { integraCornerId: $corner }, first: $first) { edges { node {
      actionPlan { version status goals { area actions { status service { id } } } }
      actionPlanHistory(first: 5) { edges { node { version goals { description } } } } } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(PAGE, { corner: cornerId, first }, tutor);
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(12)).toBe(small);
    // page, plans, current versions, history, goals in force, past goals, actions; the audit of reads.
    expect(small).toBe(7 + AUDIT_APPEND_STATEMENTS);
  });

  it('audits every change in its transaction', async () => {
    const a = await corner();
    await drafted(a);
    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(a.person.id, { first: 50 });
    expect(entries.find((entry) => entry.operation === 'draftActionPlan')).toEqual(expect.objectContaining({ fields: ['actionPlan'] }));
  });
});
