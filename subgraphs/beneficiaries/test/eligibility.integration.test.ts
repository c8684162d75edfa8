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
/** The reception exit day whose window closes `days` from today. */
const exitClosingIn = (days: number) => addMonths(addDays(today, days), -18);
const CLOSING = `query($within: Int!, $filter: EligibilityWindowFilter, $first: Int, $after: String) {
  eligibilityWindowsClosing(withinDays: $within, filter: $filter, first: $first, after: $after) {
    edges { node { id eligibility { eligible windowClosesOn daysLeft } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const errorOf = (body: any) => body.errors?.[0];
const ids = (body: any): string[] => body.data.eligibilityWindowsClosing.edges.map((edge: any) => edge.node.id);

describe('eligibility', () => {
  it('is computed for a referred person from today, with sentences', async () => {
    const exit = addMonths(today, -7);
    const person = await createBeneficiary(subgraph.dataSource, { caseStatus: 'REFERRED', enrolledOn: null, receptionExitDate: exit });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [person.integraCornerId] });
    const { body } = await subgraph.request(
      `query($id: ID!) { beneficiary(id: $id) { eligibility { eligible protectionEligible evaluatedOn monthsSinceReceptionExit windowClosesOn reasons } } }`,
      { id: person.id },
      coordinator,
    );
    expect(body.data.beneficiary.eligibility).toEqual({
      eligible: true,
      protectionEligible: true,
      evaluatedOn: today,
      monthsSinceReceptionExit: 7,
      windowClosesOn: addMonths(exit, 18),
      reasons: ['Refugee status: eligible', `Left reception 7 months ago; the 18-month window closes on ${addMonths(exit, 18)}`],
    });
  });
});

describe('windows closing soon', () => {
  it('lists the referred people whose window closes within the days asked, the soonest first', async () => {
    const cornerId = crypto.randomUUID();
    const at = (days: number, caseStatus: 'REFERRED' | 'ENROLLED' = 'REFERRED') =>
      createBeneficiary(subgraph.dataSource, {
        integraCornerId: cornerId,
        caseStatus,
        enrolledOn: null,
        receptionExitDate: exitClosingIn(days),
      });
    const in40 = await at(40);
    const in10 = await at(10);
    await at(0); // closes today: already closed
    await at(-5); // closed
    await at(10, 'ENROLLED'); // enrolled: not for outreach
    const elsewhere = await createBeneficiary(subgraph.dataSource, {
      caseStatus: 'REFERRED',
      enrolledOn: null,
      receptionExitDate: exitClosingIn(10),
    });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [cornerId] });

    const month = await subgraph.request(CLOSING, { within: 30, filter: { integraCornerId: cornerId } }, coordinator);
    expect(month.body.errors).toBeUndefined();
    expect(ids(month.body)).toEqual([in10.id]);
    expect(month.body.data.eligibilityWindowsClosing.edges[0].node.eligibility).toEqual({
      eligible: true,
      windowClosesOn: addDays(today, 10),
      daysLeft: 10,
    });

    const first = await subgraph.request(CLOSING, { within: 60, filter: { integraCornerId: cornerId }, first: 1 }, coordinator);
    expect(ids(first.body)).toEqual([in10.id]);
    const next = await subgraph.request(
      CLOSING,
      { within: 60, filter: { integraCornerId: cornerId }, first: 1, after: first.body.data.eligibilityWindowsClosing.pageInfo.endCursor },
      coordinator,
    );
    expect(ids(next.body)).toEqual([in40.id]);
    expect(next.body.data.eligibilityWindowsClosing.pageInfo.hasNextPage).toBe(false);

    // Only the people the caller may see: the coordinator's corner, whatever the filter.
    const all = await subgraph.request(CLOSING, { within: 60, first: 100 }, coordinator);
    expect(ids(all.body)).not.toContain(elsewhere.id);
    const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
    expect(errorOf((await subgraph.request(CLOSING, { within: 30 }, monitoring)).body).extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    [0, {}, 'withinDays'],
    [600, {}, 'withinDays'],
    [30, { province: 'XX' }, 'filter.province'],
    [30, { integraCornerId: 'aurora' }, 'filter.integraCornerId'],
  ])('refuses withinDays %i / filter %j naming the field', async (within, filter, field) => {
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(CLOSING, { within, filter }, admin);
    expect(errorOf(body).extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('costs the same statements whatever the page size', async () => {
    const cornerId = crypto.randomUUID();
    for (let i = 0; i < 30; i += 1) {
      await createBeneficiary(subgraph.dataSource, {
        integraCornerId: cornerId,
        caseStatus: 'REFERRED',
        enrolledOn: null,
        receptionExitDate: exitClosingIn(5 + i),
      });
    }
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(CLOSING, { within: 90, filter: { integraCornerId: cornerId, province: 'TO' }, first }, tutor);
      expect(ids(body)).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(30)).toBe(small);
    // The page; then the audit append.
    expect(small).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });
});
