import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan } from '../../../demo/demo-plan.js';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { seedDemoData } from '../demo/seed.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';

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

describe('the demo data set', () => {
  it('shows intake, histories consistent with each case status, outcomes of closed cases, tutors and households', async () => {
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan); // a second run changes nothing
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const corner = plan.corners[0]!.id;
    const { body } = await subgraph.request(
      `query($corner: ID!) {
        beneficiaries(filter: { integraCornerId: $corner }, first: 100) { edges { node {
          id caseStatus outcome closedOn statusHistory { from to } tutorAssignments { fromTutorUserId } household { isMinor schoolEnrolled } } } }
        intakeReferrals(filter: { integraCornerId: $corner }, first: 100) { edges { node { status contactAttempts { outcome } convertedBeneficiary { id } } } }
      }`,
      { corner },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const people = body.data.beneficiaries.edges
      .map((edge: any) => edge.node)
      .filter((node: any) => plan.beneficiaries.some((b) => b.id === node.id));
    expect(people.length).toBeGreaterThan(10);
    for (const person of people) {
      expect(person.statusHistory[0].from).toBeNull();
      expect(person.statusHistory.at(-1).to).toBe(person.caseStatus);
      for (const [index, change] of person.statusHistory.entries()) {
        if (index > 0) expect(change.from).toBe(person.statusHistory[index - 1].to);
      }
      expect(person.outcome !== null).toBe(person.caseStatus === 'CLOSED');
      expect(person.closedOn !== null).toBe(person.caseStatus === 'CLOSED');
    }
    expect(people.some((person: any) => person.statusHistory.filter((change: any) => change.to === 'ASSESSED').length > 1)).toBe(true);
    expect(people.some((person: any) => person.tutorAssignments.length === 2)).toBe(true);
    expect(people.some((person: any) => person.household.some((member: any) => member.isMinor && member.schoolEnrolled === false))).toBe(
      true,
    );

    const referrals = body.data.intakeReferrals.edges.map((edge: any) => edge.node);
    expect(new Set(referrals.map((referral: any) => referral.status))).toEqual(new Set(['OPEN', 'CONVERTED', 'DECLINED', 'UNREACHABLE']));
    expect(referrals.some((referral: any) => referral.status === 'OPEN' && referral.contactAttempts.length > 0)).toBe(true);
    expect(
      referrals.filter((referral: any) => referral.status === 'CONVERTED').every((referral: any) => referral.convertedBeneficiary !== null),
    ).toBe(true);
  });

  it('closes cases early enough for after-exit follow-ups: some recorded, some still due, none held before they were due', async () => {
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(
      `{ afterExitFollowUpsDue(filter: { allTutors: true }, first: 100) { edges { node { beneficiary { id } closedOn } } } }`,
      {},
      admin,
    );
    expect(body.errors).toBeUndefined();
    const ids = new Set(plan.beneficiaries.map((person) => person.id));
    const due = body.data.afterExitFollowUpsDue.edges.filter((edge: any) => ids.has(edge.node.beneficiary.id));
    expect(due.length).toBeGreaterThan(0);
    const [recorded] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE f.reached AND f.employment_status = 'EMPLOYED')::int AS employed,
              count(*) FILTER (WHERE f.contacted_on < (f.closed_on + interval '6 months')::date OR f.closed_on <> b.closed_on)::int AS wrong
         FROM beneficiaries.after_exit_follow_up f JOIN beneficiaries.beneficiary b ON b.id = f.beneficiary_id
        WHERE f.beneficiary_id = ANY($1)`,
      [[...ids]],
    );
    expect(recorded).toEqual({ n: expect.any(Number), employed: expect.any(Number), wrong: 0 });
    expect(recorded.n).toBeGreaterThan(0);
    expect(recorded.employed).toBeGreaterThan(0);
    // The plan is no longer followed up once the case is closed.
    const [late] = await subgraph.dataSource.query(
      `SELECT count(*)::int AS n FROM beneficiaries.follow_up f JOIN beneficiaries.beneficiary b ON b.id = f.beneficiary_id
        WHERE b.case_status = 'CLOSED' AND f.held_on >= b.closed_on AND b.id = ANY($1)`,
      [[...ids]],
    );
    expect(late.n).toBe(0);
  });
});
