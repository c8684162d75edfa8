import { AUDIT_APPEND_STATEMENTS, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let adminToken: string;
/** As an administrator, who sees every beneficiary: these tests are about reading, not about who may. */
const query = (text: string, variables: Record<string, unknown> = {}) => subgraph.request(text, variables, adminToken);

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
  adminToken = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const PAGE = `query Page($filter: BeneficiaryFilter, $first: Int, $after: String) {
  beneficiaries(filter: $filter, first: $first, after: $after) {
    edges { node { id givenName familyName } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('beneficiaries subgraph', () => {
  it('returns one beneficiary with its fields as stored', async () => {
    const amina = await createBeneficiary(subgraph.dataSource, { birthDate: '1990-02-28', codiceFiscale: null });
    const { body } = await query(
      `query($id: ID!) { beneficiary(id: $id) { id givenName birthDate codiceFiscale protectionStatus caseStatus integraCorner { id } } }`,
      { id: amina.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.beneficiary).toEqual({
      id: amina.id,
      givenName: amina.givenName,
      birthDate: '1990-02-28',
      codiceFiscale: null,
      protectionStatus: 'REFUGEE',
      caseStatus: 'ENROLLED',
      integraCorner: { id: amina.integraCornerId },
    });
  });

  it('pages through a corner by name with cursors, without gaps or repeats', async () => {
    const cornerId = crypto.randomUUID();
    const names = ['Zaher', 'Abebe', 'Mariam', 'Hassan', 'Olena'];
    for (const familyName of names) await createBeneficiary(subgraph.dataSource, { familyName, integraCornerId: cornerId });

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body } = await query(PAGE, { filter: { integraCornerId: cornerId }, first: 2, after });
      expect(body.errors).toBeUndefined();
      const connection = body.data.beneficiaries;
      seen.push(...connection.edges.map((edge: { node: { familyName: string } }) => edge.node.familyName));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual([...names].sort());
    expect(pages).toBe(3);
  });

  it('filters by status and reception exit window', async () => {
    const cornerId = crypto.randomUUID();
    const early = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, receptionExitDate: '2025-01-10' });
    await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, receptionExitDate: '2025-08-10' });
    await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, receptionExitDate: '2025-01-12', caseStatus: 'CLOSED' });

    const { body } = await query(PAGE, {
      filter: { integraCornerId: cornerId, caseStatuses: ['ENROLLED'], receptionExitTo: '2025-03-01' },
    });
    expect(body.data.beneficiaries.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([early.id]);
  });

  it("gives a tutor's own caseload: the cases assigned to them", async () => {
    const cornerId = crypto.randomUUID();
    const tutorUserId = crypto.randomUUID();
    const mine = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId });
    await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: crypto.randomUUID() });
    const { body } = await query(PAGE, { filter: { integraCornerId: cornerId, tutorUserId } });
    expect(body.data.beneficiaries.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([mine.id]);
    const malformed = await query(PAGE, { filter: { tutorUserId: 'tutor.aurora' } });
    expect(malformed.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.tutorUserId' });
  });

  it('reads a list page in the same SQL statements whatever its size (one query, one audit append)', async () => {
    const cornerId = crypto.randomUUID();
    for (let i = 0; i < 30; i += 1) await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await query(PAGE, { filter: { integraCornerId: cornerId }, first });
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(30)).toBe(small);
    // The page itself, then the audit of the reads.
    expect(small).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });

  it.each([
    ['an unknown id', `{ beneficiary(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed id', `{ beneficiary(id: "42; DROP TABLE x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown province', PAGE, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['a page too large', PAGE, { first: 1000 }, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', PAGE, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'after'],
    [
      'a well-formed cursor with a bad id',
      PAGE,
      { after: Buffer.from('["A","B","1 OR 1=1"]').toString('base64url') },
      'BAD_USER_INPUT',
      'after',
    ],
    [
      'an inverted window',
      PAGE,
      { filter: { receptionExitFrom: '2025-05-01', receptionExitTo: '2025-01-01' } },
      'BAD_USER_INPUT',
      'filter.receptionExitFrom',
    ],
  ])('answers %s with a clear error naming the field', async (_case, text, variables, code, field) => {
    const { body } = await query(text, variables);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code, field });
    expect(body.errors![0]!.message).not.toMatch(/SELECT .* FROM|\bstack\b|\.ts:\d+/);
  });

  it('rejects a malformed date or an out-of-range enum before running anything', async () => {
    const date = await query(PAGE, { filter: { receptionExitFrom: '2025-02-30' } });
    expect(date.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(date.body.errors![0]!.message).toContain('filter.receptionExitFrom');

    const status = await query(PAGE, { filter: { caseStatuses: ['ON_HOLD'] } });
    expect(status.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(status.body.errors![0]!.message).toContain('CaseStatus');
  });
});
