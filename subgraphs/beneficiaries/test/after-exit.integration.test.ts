import { addDays, addMonths, AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
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

const today = todayInItaly();
const DUE = `query($filter: AttentionFilter, $first: Int, $after: String) { afterExitFollowUpsDue(filter: $filter, first: $first, after: $after) {
  edges { node { beneficiary { id givenName } closedOn dueOn daysOverdue } } pageInfo { hasNextPage endCursor } } }`;
const RECORD = `mutation($id: ID!, $input: RecordAfterExitFollowUpInput!) { recordAfterExitFollowUp(beneficiaryId: $id, input: $input) {
  id closedOn contactedOn reached employmentStatus housingStatus note } }`;
const HISTORY = `query($id: ID!) { beneficiary(id: $id) { afterExitFollowUps { closedOn reached employmentStatus housingStatus } } }`;

/** A corner with its tutor, coordinator and people closed some days ago. */
async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  return {
    cornerId,
    tutorId,
    admin: await identity.tokenFor({ roles: ['network-admin'] }),
    tutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    coordinator: await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] }),
    monitoring: await identity.tokenFor({ roles: ['monitoring'] }),
    closed(daysAgo: number) {
      return createBeneficiary(subgraph.dataSource, {
        integraCornerId: cornerId,
        tutorUserId: tutorId,
        caseStatus: 'CLOSED',
        outcome: 'PARTIAL',
        closedOn: addDays(today, -daysAgo),
      });
    },
  };
}
const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;

describe('the follow-up contact six months after closure', () => {
  it('lists the closed cases whose contact is due, records the result once, and takes them off the list', async () => {
    const c = await corner();
    const longAgo = await c.closed(400);
    const sixMonths = await createBeneficiary(subgraph.dataSource, {
      integraCornerId: c.cornerId,
      tutorUserId: c.tutorId,
      caseStatus: 'CLOSED',
      outcome: 'AUTONOMY_REACHED',
      closedOn: addMonths(today, -6),
    });
    const recent = await c.closed(150);
    const open = await createBeneficiary(subgraph.dataSource, {
      integraCornerId: c.cornerId,
      tutorUserId: c.tutorId,
      caseStatus: 'IN_PROGRESS',
    });

    const { body } = await subgraph.request(DUE, {}, c.tutor);
    expect(body.errors).toBeUndefined();
    const due = body.data.afterExitFollowUpsDue.edges.map((edge: any) => edge.node);
    // The longest due first; the one closed five months ago and the open case are not due.
    expect(due.map((node: any) => node.beneficiary.id)).toEqual([longAgo.id, sixMonths.id]);
    expect(due[0]).toMatchObject({ closedOn: addDays(today, -400), dueOn: addMonths(addDays(today, -400), 6) });
    expect(due[1]).toMatchObject({ dueOn: today, daysOverdue: 0 });
    // Another tutor of the corner sees them with allTutors; the coordinator sees them; monitoring may not.
    expect((await subgraph.request(DUE, {}, c.otherTutor)).body.data.afterExitFollowUpsDue.edges).toEqual([]);
    expect((await subgraph.request(DUE, { filter: { allTutors: true } }, c.otherTutor)).body.data.afterExitFollowUpsDue.edges).toHaveLength(
      2,
    );
    expect(
      (await subgraph.request(DUE, { filter: { integraCornerId: c.cornerId } }, c.coordinator)).body.data.afterExitFollowUpsDue.edges,
    ).toHaveLength(2);
    expect(codeOf((await subgraph.request(DUE, {}, c.monitoring)).body)).toBe('FORBIDDEN');

    // Recorded: reached, in work, sharing a flat.
    const recorded = await subgraph.request(
      RECORD,
      {
        id: longAgo.id,
        input: {
          contactedOn: addDays(today, -1),
          reached: true,
          employmentStatus: 'EMPLOYED',
          housingStatus: 'SHARED_RENT',
          note: 'By phone',
        },
      },
      c.tutor,
    );
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data.recordAfterExitFollowUp).toMatchObject({
      closedOn: addDays(today, -400),
      reached: true,
      employmentStatus: 'EMPLOYED',
      housingStatus: 'SHARED_RENT',
      note: 'By phone',
    });
    // In the audit trail, with what was said.
    const [entry] = await subgraph.dataSource.query(
      `SELECT actor_id, fields, details FROM audit.entry WHERE operation = 'recordAfterExitFollowUp' AND beneficiary_id = $1`,
      [longAgo.id],
    );
    expect(entry).toMatchObject({
      actor_id: c.tutorId,
      fields: ['afterExitFollowUps'],
      details: { reached: true, employmentStatus: 'EMPLOYED' },
    });
    // Off the list; a second record of the same closure is a CONFLICT.
    const after = await subgraph.request(DUE, {}, c.tutor);
    expect(after.body.data.afterExitFollowUpsDue.edges.map((edge: any) => edge.node.beneficiary.id)).toEqual([sixMonths.id]);
    const twice = await subgraph.request(RECORD, { id: longAgo.id, input: { contactedOn: today, reached: false } }, c.tutor);
    expect(twice.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'beneficiaryId' });
    // In the person's case file.
    const history = await subgraph.request(HISTORY, { id: longAgo.id }, c.coordinator);
    expect(history.body.data.beneficiary.afterExitFollowUps).toEqual([
      { closedOn: addDays(today, -400), reached: true, employmentStatus: 'EMPLOYED', housingStatus: 'SHARED_RENT' },
    ]);

    // Not reached: nothing else said. The coordinator records it.
    const notReached = await subgraph.request(RECORD, { id: sixMonths.id, input: { contactedOn: today, reached: false } }, c.coordinator);
    expect(notReached.body.data.recordAfterExitFollowUp).toMatchObject({ reached: false, employmentStatus: null, housingStatus: null });

    // Refusals, each with its field: too early, in the future, answers missing or given without reaching the person,
    // an open case, another tutor's case.
    const refusal = async (id: string, input: Record<string, unknown>, token = c.tutor) =>
      (await subgraph.request(RECORD, { id, input }, token)).body.errors![0]!.extensions;
    expect(await refusal(recent.id, { contactedOn: today, reached: false })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contactedOn',
    });
    expect(await refusal(recent.id, { contactedOn: addDays(today, 1), reached: false })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.contactedOn',
    });
    expect(await refusal(recent.id, { contactedOn: today, reached: true, housingStatus: 'OWN_RENT' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.employmentStatus',
    });
    expect(await refusal(recent.id, { contactedOn: today, reached: false, housingStatus: 'OWN_RENT' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.housingStatus',
    });
    expect(await refusal(open.id, { contactedOn: today, reached: false })).toMatchObject({ code: 'CONFLICT', field: 'beneficiaryId' });
    expect(await refusal(recent.id, { contactedOn: today, reached: false }, c.otherTutor)).toMatchObject({ code: 'FORBIDDEN' });
    const rows = await subgraph.dataSource.query(
      'SELECT count(*)::int AS n FROM beneficiaries.after_exit_follow_up WHERE beneficiary_id = ANY($1)',
      [[recent.id, open.id]],
    );
    expect(rows[0].n).toBe(0);
  });

  it('leaves out and refuses the people who withdrew their consent to case management', async () => {
    const c = await corner();
    const person = await c.closed(200);
    await subgraph.dataSource.query(
      `INSERT INTO beneficiaries.consent (beneficiary_id, purpose, granted_at, granted_by, withdrawn_at, withdrawn_by)
       VALUES ($1, 'CASE_MANAGEMENT', now() - interval '300 days', 'test', now() - interval '10 days', 'test')`,
      [person.id],
    );
    expect((await subgraph.request(DUE, {}, c.tutor)).body.data.afterExitFollowUpsDue.edges).toEqual([]);
    const refused = await subgraph.request(RECORD, { id: person.id, input: { contactedOn: today, reached: false } }, c.tutor);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE_MANAGEMENT_CONSENT_WITHDRAWN' });
  });

  it('answers the due list in the same statements whatever its length', async () => {
    const c = await corner();
    for (let index = 0; index < 22; index++) await c.closed(200 + index);
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(DUE, { first }, c.tutor);
      expect(body.errors).toBeUndefined();
      expect(body.data.afterExitFollowUpsDue.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(20)).toBe(small);
    // The list, the beneficiaries of its page; then the audit of reads.
    expect(small).toBe(2 + AUDIT_APPEND_STATEMENTS);
  });
});
