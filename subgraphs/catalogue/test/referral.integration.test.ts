import { AUDIT_APPEND_STATEMENTS, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan } from '../../../demo/demo-plan.js';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { seedDemoData } from '../demo/seed.js';
import { ReferralEntity } from '../src/referral/referral.entity.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createReferral } from './referral-factory.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const LIST = `query Page($filter: ReferralFilter, $first: Int, $after: String) {
  referrals(filter: $filter, first: $first, after: $after) {
    edges { node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id beneficiary { id } } } }`;

const ids = (body: any): string[] => body.data.referrals.edges.map((edge: { node: { id: string } }) => edge.node.id);
const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
const references = (referrals: { id: string }[]) => referrals.map(({ id }) => ({ __typename: 'Referral', id }));

/** The READ entries the audit trail holds for one caller: beneficiary and fields, in any order. */
async function auditedReads(userId: string): Promise<{ beneficiaryId: string; fields: string[] }[]> {
  const rows: { beneficiary_id: string; fields: string[] }[] = await subgraph.dataSource.query(
    `SELECT beneficiary_id, fields FROM audit.entry WHERE actor_id = $1 AND operation = 'READ' AND subgraph = 'catalogue'`,
    [userId],
  );
  return rows.map((row) => ({ beneficiaryId: row.beneficiary_id, fields: row.fields }));
}

/**
 * Two corners sending to two partner organisations: A to X (twice), A to Y, B to X. Every referral of the
 * network is listed by filtering on this world's organisations, so other tests' rows never get in the way.
 */
async function world() {
  const x = await createOrganisation(subgraph.dataSource, { type: 'TRAINING_PROVIDER' });
  const y = await createOrganisation(subgraph.dataSource, { type: 'HOUSING_AGENCY' });
  const serviceX = await createService(subgraph.dataSource, { providerId: x.id });
  const serviceY = await createService(subgraph.dataSource, { providerId: y.id, area: 'HOUSING', type: 'RENT_GUARANTEE' });
  const cornerA = await createIntegraCorner(subgraph.dataSource);
  const cornerB = await createIntegraCorner(subgraph.dataSource);
  const referrals = {
    aToX: await createReferral(subgraph.dataSource, { serviceId: serviceX.id, fromCornerId: cornerA.id }),
    aToXAccepted: await createReferral(subgraph.dataSource, { serviceId: serviceX.id, fromCornerId: cornerA.id, status: 'ACCEPTED' }),
    aToY: await createReferral(subgraph.dataSource, { serviceId: serviceY.id, fromCornerId: cornerA.id }),
    bToX: await createReferral(subgraph.dataSource, { serviceId: serviceX.id, fromCornerId: cornerB.id }),
  };
  const callers: Record<string, TestPerson> = {
    'network-admin': { roles: ['network-admin'] },
    'tutor of A': { roles: ['tutor'], cornerIds: [cornerA.id] },
    'coordinator of A and B': { roles: ['corner-coordinator'], cornerIds: [cornerA.id, cornerB.id] },
    'partner operator of X': { roles: ['partner-operator'], organisationId: x.id },
    employer: { roles: ['employer'], organisationId: x.id },
    monitoring: { roles: ['monitoring'] },
    'a referred beneficiary': { roles: ['beneficiary'], beneficiaryId: referrals.aToX.beneficiaryId },
  };
  return { x, y, serviceX, cornerA, cornerB, referrals, callers };
}

type World = Awaited<ReturnType<typeof world>>;

/** Which of the world's referrals each caller sees; null: the list is FORBIDDEN to them. */
const MATRIX: Record<string, ((referrals: World['referrals']) => ReferralEntity[]) | null> = {
  'network-admin': (r) => [r.aToX, r.aToXAccepted, r.aToY, r.bToX],
  'tutor of A': (r) => [r.aToX, r.aToXAccepted, r.aToY],
  'coordinator of A and B': (r) => [r.aToX, r.aToXAccepted, r.aToY, r.bToX],
  'partner operator of X': (r) => [r.aToX, r.aToXAccepted, r.bToX],
  employer: null,
  monitoring: null,
  'a referred beneficiary': null,
};

describe('who sees which referrals', () => {
  let setting: World;
  beforeAll(async () => {
    setting = await world();
  });

  /** Every referral of the world the caller can list, across both organisations. */
  const listed = async (token: string) => {
    const seen: string[] = [];
    for (const organisation of [setting.x, setting.y]) {
      const { body } = await subgraph.request(LIST, { filter: { toOrganisationId: organisation.id }, first: 100 }, token);
      if (body.errors) return { code: codeOf(body), data: body.data, seen: null };
      seen.push(...ids(body));
    }
    return { code: null, data: null, seen };
  };

  it.each(Object.keys(MATRIX))('lists for %s exactly the referrals the rules give them', async (callerName) => {
    const userId = crypto.randomUUID();
    const token = await identity.tokenFor({ ...setting.callers[callerName]!, userId });
    const expected = MATRIX[callerName]!;
    const result = await listed(token);
    if (expected === null) {
      expect(result.code).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await auditedReads(userId)).toEqual([]);
      return;
    }
    const visible = expected(setting.referrals);
    expect(new Set(result.seen)).toEqual(new Set(visible.map((referral) => referral.id)));
    // Each referral read is a read of the person's data: one entry per person, naming the referral.
    const reads = await auditedReads(userId);
    expect(reads).toHaveLength(visible.length);
    expect(new Set(reads.map((read) => read.beneficiaryId))).toEqual(new Set(visible.map((referral) => referral.beneficiaryId)));
    expect(reads.every((read) => read.fields.join() === 'referral')).toBe(true);
  });

  it.each(Object.keys(MATRIX))('resolves references for %s to the same referrals, and null for the rest', async (callerName) => {
    const userId = crypto.randomUUID();
    const token = await identity.tokenFor({ ...setting.callers[callerName]!, userId });
    const all = Object.values(setting.referrals);
    const visible = new Set((MATRIX[callerName]?.(setting.referrals) ?? []).map((referral) => referral.id));
    const { body } = await subgraph.request(ENTITIES, { r: references(all) }, token);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual(
      all.map((referral) => (visible.has(referral.id) ? { id: referral.id, beneficiary: { id: referral.beneficiaryId } } : null)),
    );
    expect(await auditedReads(userId)).toHaveLength(visible.size);
  });

  it('narrows a partner inbox by the sending corner and by status', async () => {
    const token = await identity.tokenFor(setting.callers['partner operator of X']!);
    const { cornerA, cornerB, referrals } = setting;
    const fromA = await subgraph.request(LIST, { filter: { integraCornerId: cornerA.id } }, token);
    expect(new Set(ids(fromA.body))).toEqual(new Set([referrals.aToX.id, referrals.aToXAccepted.id]));
    const accepted = await subgraph.request(LIST, { filter: { integraCornerId: cornerA.id, status: 'ACCEPTED' } }, token);
    expect(ids(accepted.body)).toEqual([referrals.aToXAccepted.id]);
    const fromB = await subgraph.request(LIST, { filter: { integraCornerId: cornerB.id, toOrganisationId: setting.y.id } }, token);
    expect(ids(fromB.body)).toEqual([]);
  });

  it("gives a tutor without corners and a partner without an organisation nothing, not someone else's", async () => {
    for (const person of [{ roles: ['tutor'] }, { roles: ['partner-operator'] }] as TestPerson[]) {
      const token = await identity.tokenFor(person);
      const { body } = await subgraph.request(LIST, { filter: { toOrganisationId: setting.x.id } }, token);
      expect(body.errors).toBeUndefined();
      expect(ids(body)).toEqual([]);
    }
  });
});

describe('referrals', () => {
  it('returns a referral with its service, corner, organisation and the person as a reference', async () => {
    const referral = await createReferral(subgraph.dataSource, { status: 'ACCEPTED', responseDueOn: '2026-03-31' });
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(
      `query($organisation: ID!) { referrals(filter: { toOrganisationId: $organisation }) { edges { node {
        id beneficiary { id } service { id name } fromCorner { id name } toOrganisation { id name } status sentAt responseDueOn
      } } } }`,
      { organisation: referral.toOrganisationId },
      token,
    );
    expect(body.errors).toBeUndefined();
    const service = await subgraph.dataSource.query('SELECT name FROM catalogue.service WHERE id = $1', [referral.serviceId]);
    const corner = await subgraph.dataSource.query('SELECT name FROM catalogue.integra_corner WHERE id = $1', [referral.fromCornerId]);
    const organisation = await subgraph.dataSource.query('SELECT name FROM catalogue.organisation WHERE id = $1', [
      referral.toOrganisationId,
    ]);
    expect(body.data.referrals.edges).toEqual([
      {
        node: {
          id: referral.id,
          beneficiary: { id: referral.beneficiaryId },
          service: { id: referral.serviceId, name: service[0].name },
          fromCorner: { id: referral.fromCornerId, name: corner[0].name },
          toOrganisation: { id: referral.toOrganisationId, name: organisation[0].name },
          status: 'ACCEPTED',
          sentAt: referral.sentAt.toISOString(),
          responseDueOn: '2026-03-31',
        },
      },
    ]);
  });

  it('pages newest first, ties by id, without gaps or repeats, even a microsecond apart', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource);
    const service = await createService(subgraph.dataSource);
    const instants = [
      '2026-01-10 10:00:00.000001+00',
      '2026-01-10 10:00:00.000002+00', // same millisecond as the one before: a cursor in milliseconds would fail
      '2026-01-10 10:00:00.000002+00', // a tie, broken by id
      '2026-01-12 08:00:00+00',
      '2026-01-09 18:30:00+00',
    ];
    const mine: string[] = [];
    for (const instant of instants) {
      const referral = await createReferral(subgraph.dataSource, { serviceId: service.id, fromCornerId: corner.id });
      await subgraph.dataSource.query('UPDATE catalogue.referral SET sent_at = $2 WHERE id = $1', [referral.id, instant]);
      mine.push(referral.id);
    }
    const expected: { id: string }[] = await subgraph.dataSource.query(
      'SELECT id FROM catalogue.referral WHERE from_corner_id = $1 ORDER BY sent_at DESC, id',
      [corner.id],
    );
    const token = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: any } = await subgraph.request(LIST, { filter: { integraCornerId: corner.id }, first: 2, after }, token);
      expect(body.errors).toBeUndefined();
      seen.push(...ids(body));
      after = body.data.referrals.pageInfo.hasNextPage ? body.data.referrals.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(expected.map((row) => row.id));
    expect(new Set(seen)).toEqual(new Set(mine));
    expect(pages).toBe(3);
  });

  it('reads a page with each service and organisation in the same number of SQL statements whatever its size', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource);
    // Every referral has its own service and organisation: a per-row query would show at once.
    for (let i = 0; i < 30; i += 1) await createReferral(subgraph.dataSource, { fromCornerId: corner.id });
    const token = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(
        `query($corner: ID!, $first: Int) { referrals(filter: { integraCornerId: $corner }, first: $first) {
          edges { node { id service { name } toOrganisation { name } } }
        } }`,
        { corner: corner.id, first },
        token,
      );
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data.referrals.edges).toHaveLength(first);
      const organisations = new Set(body.data.referrals.edges.map((edge: any) => edge.node.toOrganisation.name));
      expect(organisations.size).toBe(first);
      return statements;
    };
    // The page, one batch of services, one of organisations; then the audit trail's one append of every read.
    expect(await statementsFor(3)).toBe(3 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(30)).toBe(3 + AUDIT_APPEND_STATEMENTS);
  });

  it.each([
    ['a malformed corner id', { filter: { integraCornerId: 'corner-1' } }, 'filter.integraCornerId'],
    ['a malformed organisation id', { filter: { toOrganisationId: "1' OR '1'='1" } }, 'filter.toOrganisationId'],
    ['a page too large', { first: 1000 }, 'first'],
    ['a forged cursor', { after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [
      'a cursor of the right shape with a bad instant',
      { after: Buffer.from(JSON.stringify(['2026-02-30T10:00:00.000000Z', crypto.randomUUID()])).toString('base64url') },
      'after',
    ],
    [
      'a cursor of the right shape with text for an instant',
      { after: Buffer.from(JSON.stringify(["now'; --", crypto.randomUUID()])).toString('base64url') },
      'after',
    ],
  ])('answers %s with a clear error naming the field', async (_case, variables, field) => {
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(LIST, variables, token);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(body.errors![0]!.message).not.toMatch(/SELECT .* FROM|\bstack\b|\.ts:\d+/);
  });

  it('rejects an unknown status before running anything', async () => {
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(LIST, { filter: { status: 'LOST' } }, token);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('ReferralStatus');
  });
});

describe('the published view referral_addressee', () => {
  it('holds the person and the organisation of every open (SENT or ACCEPTED) referral, and nothing else', async () => {
    const statuses = ['SENT', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'EXPIRED'] as const;
    const made = [];
    for (const status of statuses) made.push(await createReferral(subgraph.dataSource, { status }));
    const rows: { beneficiary_id: string; organisation_id: string }[] = await subgraph.dataSource.query(
      'SELECT beneficiary_id, organisation_id FROM catalogue.referral_addressee WHERE beneficiary_id = ANY($1::uuid[])',
      [made.map((referral) => referral.beneficiaryId)],
    );
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((row) => `${row.beneficiary_id} ${row.organisation_id}`))).toEqual(
      new Set(made.slice(0, 2).map((referral) => `${referral.beneficiaryId} ${referral.toOrganisationId}`)),
    );
  });

  it('refuses an unknown status, a service or corner that does not exist, at the database', async () => {
    await expect(createReferral(subgraph.dataSource, { status: 'LOST' as never })).rejects.toThrow(/check constraint/);
    const service = await createService(subgraph.dataSource);
    await expect(
      subgraph.dataSource.getRepository(ReferralEntity).insert({
        beneficiaryId: crypto.randomUUID(),
        serviceId: service.id,
        fromCornerId: crypto.randomUUID(),
        toOrganisationId: service.providerId,
        status: 'SENT',
        sentBy: 'someone',
        responseDueOn: '2026-02-01',
      }),
    ).rejects.toThrow(/foreign key/);
  });
});

describe('demo referrals', () => {
  it("seeds the plan's referrals into the demo partners' inboxes, each to a service they offer, and can run twice", async () => {
    // The demo plan's ids are fixed: every test that seeds it uses the same day, so whichever runs first writes the same rows.
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);
    const people = new Map(plan.beneficiaries.map((person) => [person.id, person]));

    const inbox = async (organisationId: string) => {
      const token = await identity.tokenFor({ roles: ['partner-operator'], organisationId });
      const { body } = await subgraph.request(
        `query($organisation: ID!) { referrals(filter: { toOrganisationId: $organisation }, first: 100) {
          edges { node { id beneficiary { id } status sentAt fromCorner { id } service { provider { id } } } }
        } }`,
        { organisation: organisationId },
        token,
      );
      expect(body.errors).toBeUndefined();
      return body.data.referrals.edges.map((edge: any) => edge.node).filter((node: any) => people.has(node.beneficiary.id));
    };
    const partners = [
      ['1c395644-33be-5beb-b9af-bfb85a0fee33', 'TO'], // Enaip Piemonte
      ['828bc725-59e7-55d5-abea-978ad9c27719', 'TO'], // Agenzia Sociale per la Locazione Torino
      ['9b9f82cd-b2ed-5eb4-a34e-1fb0729d7d4d', 'BA'], // Centro per l'Impiego di Bari
    ] as const;
    const seen: string[] = [];
    for (const [organisationId, province] of partners) {
      const nodes = await inbox(organisationId);
      const planned = plan.referrals.filter((referral) => referral.toOrganisationId === organisationId);
      expect(planned.length).toBeGreaterThanOrEqual(2);
      expect(nodes.map((node: any) => node.id)).toEqual(
        [...planned].sort((a, b) => b.sentOn.localeCompare(a.sentOn) || a.id.localeCompare(b.id)).map((referral) => referral.id),
      );
      for (const node of nodes) {
        const referral = planned.find((candidate) => candidate.id === node.id)!;
        expect(node).toEqual({
          id: referral.id,
          beneficiary: { id: referral.beneficiaryId },
          status: referral.status,
          sentAt: `${referral.sentOn}T09:30:00.000Z`,
          fromCorner: { id: people.get(referral.beneficiaryId)!.integraCornerId },
          service: { provider: { id: organisationId } },
        });
        expect(people.get(referral.beneficiaryId)!.province).toBe(province);
      }
      expect(nodes.some((node: any) => node.status === 'SENT' || node.status === 'ACCEPTED')).toBe(true);
      seen.push(...nodes.map((node: any) => node.id));
    }
    expect(new Set(seen)).toEqual(new Set(plan.referrals.map((referral) => referral.id)));
  });
});

describe('demo referral workflow', () => {
  it('gives every demo referral the history of its status, a completed one its enrolment, and people past services', async () => {
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id status history { from to } } } }`,
      { r: references(plan.referrals) },
      token,
    );
    expect(body.errors).toBeUndefined();
    const paths: Record<string, string[]> = {
      SENT: ['SENT'],
      ACCEPTED: ['SENT', 'RECEIVED', 'ACCEPTED'],
      COMPLETED: ['SENT', 'RECEIVED', 'ACCEPTED', 'COMPLETED'],
    };
    for (const referral of body.data._entities) {
      expect(referral.history.map((transition: { to: string }) => transition.to)).toEqual(paths[referral.status]);
      expect(referral.history[0].from).toBeNull();
    }

    const completed = plan.referrals.filter((referral) => referral.status === 'COMPLETED');
    expect(completed.length).toBeGreaterThan(0);
    const enrolments = await subgraph.dataSource.query(
      `SELECT referral_id FROM catalogue.service_enrollment WHERE referral_id = ANY($1::uuid[]) AND status = 'COMPLETED'`,
      [completed.map((referral) => referral.id)],
    );
    expect(enrolments).toHaveLength(completed.length);

    // Someone in Torino received Italian L2 from Piani Lingua at the CPIA: the overlap check says so.
    const person = plan.beneficiaries.find((candidate) => candidate.province === 'TO' && candidate.caseStatus !== 'REFERRED')!;
    const italian = await subgraph.dataSource.query(
      `SELECT s.id FROM catalogue.service s JOIN catalogue.programme p ON p.id = s.programme_id
       WHERE s.type = 'ITALIAN_L2' AND p.code = 'PIANI_LINGUA' AND 'TO' = ANY(s.provinces)`,
    );
    const check = await subgraph.request(
      `query($b: ID!, $s: ID!) { overlapCheck(beneficiaryId: $b, serviceId: $s) { hasOverlap message } }`,
      { b: person.id, s: italian[0].id },
      token,
    );
    expect(check.body.data.overlapCheck).toEqual({
      hasOverlap: true,
      message: expect.stringMatching(/^Already received ITALIAN_L2 from PIANI_LINGUA at CPIA 1 Torino, completed \d{4}-\d{2}-\d{2}/),
    });
  });
});
