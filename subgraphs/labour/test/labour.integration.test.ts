import { sqlStatements, type RunningSubgraph } from '@shubh/platform';
import { graphqlRequest, startTestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan } from '../../../demo/demo-plan.js';
import { seedDemoData } from '../src/demo-data.js';
import { labourSubgraph } from '../src/subgraph.js';
import { createJobVacancy } from './job-vacancy-factory.js';
import { createLabourProfile } from './labour-profile-factory.js';

let subgraph: RunningSubgraph;
const query = (text: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(subgraph.service.graphqlUrl, text, variables);

beforeAll(async () => {
  subgraph = await startTestSubgraph(labourSubgraph);
});
afterAll(() => subgraph.stop());

const PAGE = `query Page($filter: JobVacancyFilter, $first: Int, $after: String) {
  jobVacancies(filter: $filter, first: $first, after: $after) {
    edges { node { id title publishedOn employer { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Beneficiary { id labourProfile { employmentStatus registeredWithEmploymentCentreOn desiredIscoCodes workExperienceYears } }
    ... on Organisation { id jobVacancies { id status } }
    ... on JobVacancy { id title }
  }
}`;

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

/** SQL statements sent while answering one request. */
async function statementsFor(text: string, variables: Record<string, unknown>): Promise<{ count: number; data: any }> {
  const before = sqlStatements.count;
  const { body } = await query(text, variables);
  expect(body.errors).toBeUndefined();
  return { count: sqlStatements.count - before, data: body.data };
}

describe('job vacancies', () => {
  it('returns one vacancy with its fields as stored and its employer as a reference', async () => {
    const vacancy = await createJobVacancy(subgraph.dataSource, { italianLevelRequired: null, closesOn: null });
    const { body } = await query(
      `query($id: ID!) { jobVacancy(id: $id) {
        id title employer { id } province municipality iscoCode contractType openings italianLevelRequired status
        publishedOn closesOn createdAt } }`,
      { id: vacancy.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.jobVacancy).toEqual({
      id: vacancy.id,
      title: vacancy.title,
      employer: { id: vacancy.employerId },
      province: 'TO',
      municipality: 'Orbassano',
      iscoCode: '9333',
      contractType: 'FIXED_TERM',
      openings: 2,
      italianLevelRequired: null,
      status: 'OPEN',
      publishedOn: '2026-01-15',
      closesOn: null,
      createdAt: vacancy.createdAt.toISOString(),
    });
  });

  it('pages through an employer newest first, ties by id, without gaps or repeats', async () => {
    const employerId = crypto.randomUUID();
    const days = ['2026-01-10', '2026-01-12', '2026-01-12', '2026-01-12', '2026-01-05'];
    const created = [];
    for (const publishedOn of days) created.push(await createJobVacancy(subgraph.dataSource, { employerId, publishedOn, closesOn: null }));
    const expected = [...created]
      .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || a.id.localeCompare(b.id))
      .map((vacancy) => vacancy.id);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body } = await query(PAGE, { filter: { employerId }, first: 2, after });
      expect(body.errors).toBeUndefined();
      seen.push(...ids(body.data.jobVacancies));
      after = body.data.jobVacancies.pageInfo.hasNextPage ? body.data.jobVacancies.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });

  it('filters by province, status and ISCO-08 unit group', async () => {
    const employerId = crypto.randomUUID();
    const wanted = await createJobVacancy(subgraph.dataSource, { employerId, province: 'BA', municipality: 'Bari', iscoCode: '9313' });
    await createJobVacancy(subgraph.dataSource, { employerId, province: 'TO', iscoCode: '9313' });
    await createJobVacancy(subgraph.dataSource, { employerId, province: 'BA', municipality: 'Bari', iscoCode: '9211' });
    await createJobVacancy(subgraph.dataSource, { employerId, province: 'BA', municipality: 'Bari', iscoCode: '9313', status: 'FILLED' });

    const { body } = await query(PAGE, { filter: { employerId, province: 'ba', status: 'OPEN', iscoCode: '9313' } });
    expect(body.errors).toBeUndefined();
    expect(ids(body.data.jobVacancies)).toEqual([wanted.id]);
  });

  it('reads a list page in one SQL statement whatever its size', async () => {
    const employerId = crypto.randomUUID();
    for (let i = 0; i < 30; i += 1) await createJobVacancy(subgraph.dataSource, { employerId });
    const small = await statementsFor(PAGE, { filter: { employerId }, first: 3 });
    const large = await statementsFor(PAGE, { filter: { employerId }, first: 30 });
    expect(small.data.jobVacancies.edges).toHaveLength(3);
    expect(large.data.jobVacancies.edges).toHaveLength(30);
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
  });

  it('resolves vacancy references, null for an unknown id', async () => {
    const vacancy = await createJobVacancy(subgraph.dataSource);
    const unknown = crypto.randomUUID();
    const { body } = await query(ENTITIES, {
      r: [{ __typename: 'JobVacancy', id: vacancy.id }, { __typename: 'JobVacancy', id: unknown }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: vacancy.id, title: vacancy.title }, null]);
  });

  it.each([
    ['an unknown id', `{ jobVacancy(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed id', `{ jobVacancy(id: "42; DROP TABLE x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown province', PAGE, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['a malformed employer id', PAGE, { filter: { employerId: 'acme' } }, 'BAD_USER_INPUT', 'filter.employerId'],
    ['a three-digit ISCO code', PAGE, { filter: { iscoCode: '933' } }, 'BAD_USER_INPUT', 'filter.iscoCode'],
    ['an ISCO code with letters', PAGE, { filter: { iscoCode: '93a3' } }, 'BAD_USER_INPUT', 'filter.iscoCode'],
    ['a page too large', PAGE, { first: 1000 }, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', PAGE, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'after'],
  ])('answers %s with a clear error naming the field', async (_case, text, variables, code, field) => {
    const { body } = await query(text, variables);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code, field });
    expect(body.errors![0]!.message).not.toMatch(/SELECT .* FROM|\bstack\b|\.ts:\d+/);
  });
});

describe('organisations as employers', () => {
  it("lists an organisation's open vacancies only, newest first", async () => {
    const employerId = crypto.randomUUID();
    const older = await createJobVacancy(subgraph.dataSource, { employerId, publishedOn: '2026-01-02' });
    const newer = await createJobVacancy(subgraph.dataSource, { employerId, publishedOn: '2026-01-20', closesOn: null });
    await createJobVacancy(subgraph.dataSource, { employerId, status: 'FILLED' });
    await createJobVacancy(subgraph.dataSource, { employerId, status: 'CLOSED' });
    const idle = crypto.randomUUID();

    const { body } = await query(ENTITIES, {
      r: [{ __typename: 'Organisation', id: employerId }, { __typename: 'Organisation', id: idle }],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        id: employerId,
        jobVacancies: [
          { id: newer.id, status: 'OPEN' },
          { id: older.id, status: 'OPEN' },
        ],
      },
      { id: idle, jobVacancies: [] },
    ]);
  });

  it('reads the vacancies of any number of organisations in one SQL statement', async () => {
    const employers = Array.from({ length: 40 }, () => crypto.randomUUID());
    for (const employerId of employers) await createJobVacancy(subgraph.dataSource, { employerId });
    const representations = (count: number) =>
      employers.slice(0, count).map((id) => ({ __typename: 'Organisation', id }));

    const small = await statementsFor(ENTITIES, { r: representations(3) });
    const large = await statementsFor(ENTITIES, { r: representations(40) });
    expect(large.data._entities.every((organisation: { jobVacancies: unknown[] }) => organisation.jobVacancies.length === 1)).toBe(true);
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
  });
});

describe('beneficiaries labour profiles', () => {
  it('adds the labour profile to a beneficiary, null when none is recorded', async () => {
    const profile = await createLabourProfile(subgraph.dataSource, {
      employmentStatus: 'IN_TRAINEESHIP',
      desiredIscoCodes: ['9412'],
      workExperienceYears: null,
    });
    const withoutProfile = crypto.randomUUID();

    const { body } = await query(ENTITIES, {
      r: [
        { __typename: 'Beneficiary', id: profile.beneficiaryId },
        { __typename: 'Beneficiary', id: withoutProfile },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        id: profile.beneficiaryId,
        labourProfile: {
          employmentStatus: 'IN_TRAINEESHIP',
          registeredWithEmploymentCentreOn: '2025-11-20',
          desiredIscoCodes: ['9412'],
          workExperienceYears: null,
        },
      },
      { id: withoutProfile, labourProfile: null },
    ]);
  });

  it('answers a malformed beneficiary reference with null instead of failing the list', async () => {
    const profile = await createLabourProfile(subgraph.dataSource);
    const { body } = await query(ENTITIES, {
      r: [
        { __typename: 'Beneficiary', id: 'not-an-id' },
        { __typename: 'Beneficiary', id: profile.beneficiaryId },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0]).toBeNull();
    expect(body.data._entities[1].labourProfile.employmentStatus).toBe('UNEMPLOYED');
  });

  it('reads the profiles of any number of beneficiaries in one SQL statement', async () => {
    const profiles: Awaited<ReturnType<typeof createLabourProfile>>[] = [];
    for (let i = 0; i < 40; i += 1) profiles.push(await createLabourProfile(subgraph.dataSource));
    const representations = (count: number) =>
      profiles.slice(0, count).map((profile) => ({ __typename: 'Beneficiary', id: profile.beneficiaryId }));
    const text = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { labourProfile { employmentStatus } } } }`;

    const small = await statementsFor(text, { r: representations(3) });
    const large = await statementsFor(text, { r: representations(40) });
    expect(large.data._entities).toHaveLength(40);
    expect(large.data._entities.every((beneficiary: { labourProfile: unknown }) => beneficiary.labourProfile !== null)).toBe(true);
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
  });
});

describe('constraints', () => {
  it('refuses a malformed ISCO code in a profile or a vacancy at the database', async () => {
    await expect(createLabourProfile(subgraph.dataSource, { desiredIscoCodes: ['9412', '94'] })).rejects.toThrow(/check constraint/);
    await expect(createJobVacancy(subgraph.dataSource, { iscoCode: 'ABCD' })).rejects.toThrow(/check constraint/);
  });
});

describe('demo data', () => {
  it('seeds vacancies of the plan employers and most beneficiaries profiles, and can run twice', async () => {
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);

    const employers = plan.organisations.filter((organisation) => organisation.type === 'EMPLOYER');
    const { body } = await query(ENTITIES, { r: employers.map(({ id }) => ({ __typename: 'Organisation', id })) });
    expect(body.errors).toBeUndefined();
    for (const organisation of body.data._entities) expect(organisation.jobVacancies.length).toBeGreaterThan(0);

    const profiles = await query(ENTITIES, { r: plan.beneficiaries.map(({ id }) => ({ __typename: 'Beneficiary', id })) });
    const recorded = profiles.body.data._entities.filter((beneficiary: { labourProfile: unknown }) => beneficiary.labourProfile);
    expect(recorded.length).toBeGreaterThan(plan.beneficiaries.length / 2);
    expect(recorded.length).toBeLessThan(plan.beneficiaries.length);
  });
});
