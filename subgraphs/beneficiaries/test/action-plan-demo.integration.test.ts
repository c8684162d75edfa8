import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan, demoId } from '../../../demo/demo-plan.js';
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

describe('the demo case files', () => {
  it('give assessments from ASSESSED on, plans (some revised) to agreed and running cases, and follow-ups', async () => {
    // The same day as the other demo tests: they share the database, and the demo rows are keyed by name.
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan); // a second run changes nothing
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(
      `query($corner: ID!) { beneficiaries(filter: { integraCornerId: $corner }, first: 100) { edges { node {
        id caseStatus italianLevel skills { label } education { recognition { status } } administrativeProcedures { kind permitExpiresOn }
        employability { band factors { kind points } }
        actionPlan { version status goals { area actions { service { id } provider { id } } } }
        actionPlanHistory(first: 5) { edges { node { version reason } } }
        followUps(first: 10) { edges { node { heldOn goalProgress { progress } criticalIssues { severity resolvedAt } } } }
        nextFollowUpDue } } } }`,
      { corner: plan.corners[0]!.id },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const demo = new Map(plan.beneficiaries.map((person) => [person.id, person]));
    const people = body.data.beneficiaries.edges.map((edge: any) => edge.node).filter((node: any) => demo.has(node.id));
    const serviceIds = new Set(
      [
        'Coaching individuale per il lavoro',
        'Tirocini in logistica e magazzino',
        'Italiano L2 per il lavoro (A2-B1)',
        'Orientamento all’intermediazione abitativa',
      ].map((name) => demoId('service', name)),
    );
    for (const person of people) {
      const status = demo.get(person.id)!.caseStatus;
      const assessed = ['ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED'].includes(status);
      expect(person.italianLevel !== null).toBe(assessed);
      expect(person.employability.factors).toHaveLength(5);
      const planned = ['PLAN_AGREED', 'IN_PROGRESS'].includes(status);
      expect(person.actionPlan !== null).toBe(planned);
      if (planned) {
        expect(person.actionPlan.status).toBe('AGREED');
        for (const goal of person.actionPlan.goals) for (const action of goal.actions) expect(serviceIds.has(action.service.id)).toBe(true);
        expect(person.actionPlanHistory.edges).toHaveLength(person.actionPlan.version);
      }
    }
    expect(people.some((person: any) => person.actionPlanHistory.edges.length === 2 && person.actionPlanHistory.edges[0].node.reason)).toBe(
      true,
    );
    expect(people.some((person: any) => person.followUps.edges.some((edge: any) => edge.node.criticalIssues.length > 0))).toBe(true);
    expect(
      people.some((person: any) => person.administrativeProcedures.some((procedure: any) => procedure.kind === 'PERMIT_RENEWAL')),
    ).toBe(true);
  });
});
