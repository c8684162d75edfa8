import { AUDIT_APPEND_STATEMENTS, ROLES, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan } from '../../../demo/demo-plan.js';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { TestPeople, type PersonFacts } from '../../../test/support/test-people.js';
import { seedDemoData } from '../demo/seed.js';
import { labourSubgraph } from '../src/subgraph.js';
import { createJobVacancy } from './job-vacancy-factory.js';
import { createLabourProfile } from './labour-profile-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;
/** The Integra Corner of the people these tests create, unless a test says otherwise. */
const CORNER = crypto.randomUUID();
/** Vacancies are not personal data; profiles of CORNER's people are this tutor's to read. */
let tutor: string;
const query = (text: string, variables: Record<string, unknown> = {}, token = tutor) => subgraph.request(text, variables, token);

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(labourSubgraph, identity.config);
  people = await TestPeople.open();
  tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [CORNER] });
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

/**
 * A beneficiary as the gateway hands it over: the key. Facts a caller adds to a representation (a corner, consents)
 * are ignored: labour reads them from the beneficiaries subgraph's contract.
 */
const beneficiary = (id: string) => ({ __typename: 'Beneficiary', id });

/** The labour profile of a real person of CORNER (unless `facts` say otherwise). */
async function profileOf(facts: PersonFacts = {}, overrides: Parameters<typeof createLabourProfile>[1] = {}) {
  const person = await people.person({ integraCornerId: CORNER, ...facts });
  return createLabourProfile(subgraph.dataSource, { ...overrides, beneficiaryId: person.id });
}

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
      r: [
        { __typename: 'JobVacancy', id: vacancy.id },
        { __typename: 'JobVacancy', id: unknown },
      ],
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
      r: [
        { __typename: 'Organisation', id: employerId },
        { __typename: 'Organisation', id: idle },
      ],
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
    const representations = (count: number) => employers.slice(0, count).map((id) => ({ __typename: 'Organisation', id }));

    const small = await statementsFor(ENTITIES, { r: representations(3) });
    const large = await statementsFor(ENTITIES, { r: representations(40) });
    expect(large.data._entities.every((organisation: { jobVacancies: unknown[] }) => organisation.jobVacancies.length === 1)).toBe(true);
    expect(small.count).toBe(1);
    expect(large.count).toBe(1);
  });
});

describe('beneficiaries labour profiles', () => {
  it('adds the labour profile to a beneficiary, null when none is recorded', async () => {
    const profile = await profileOf(
      {},
      {
        employmentStatus: 'IN_TRAINEESHIP',
        desiredIscoCodes: ['9412'],
        workExperienceYears: null,
      },
    );
    const withoutProfile = (await people.person({ integraCornerId: CORNER })).id;

    const { body } = await query(ENTITIES, {
      r: [beneficiary(profile.beneficiaryId), beneficiary(withoutProfile)],
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
    const profile = await profileOf();
    const { body } = await query(ENTITIES, {
      r: [beneficiary('not-an-id'), beneficiary(profile.beneficiaryId)],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0]).toBeNull();
    expect(body.data._entities[1].labourProfile.employmentStatus).toBe('UNEMPLOYED');
  });

  it('reads the profiles of any number of beneficiaries in one SQL statement', async () => {
    const profiles: Awaited<ReturnType<typeof createLabourProfile>>[] = [];
    for (let i = 0; i < 40; i += 1) profiles.push(await profileOf());
    const representations = (count: number) => profiles.slice(0, count).map((profile) => beneficiary(profile.beneficiaryId));
    const text = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { labourProfile { employmentStatus } } } }`;

    const small = await statementsFor(text, { r: representations(3) });
    const large = await statementsFor(text, { r: representations(40) });
    expect(large.data._entities).toHaveLength(40);
    expect(large.data._entities.every((beneficiary: { labourProfile: unknown }) => beneficiary.labourProfile !== null)).toBe(true);
    // One read of the profiles; the reads of personal data are then written to the audit trail in one append.
    expect(small.count).toBe(1 + AUDIT_APPEND_STATEMENTS);
    expect(large.count).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });
});

describe('who reads a labour profile', () => {
  const PROFILE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { id labourProfile { employmentStatus } } } }`;
  const OTHER_CORNER = crypto.randomUUID();

  /** READ entries of the labour subgraph for one caller. */
  const auditedReads = async (userId: string): Promise<{ beneficiary_id: string; fields: string[] }[]> =>
    subgraph.dataSource.query(
      `SELECT beneficiary_id, fields FROM audit.entry WHERE actor_id = $1 AND operation = 'READ' AND subgraph = 'labour'`,
      [userId],
    );

  type Case = [caller: string, sees: boolean, person: (self: string) => TestPerson, purposes: string[]];
  const cases: Case[] = [
    ['network-admin', true, () => ({ roles: ['network-admin'] }), []],
    ['a tutor of the corner', true, () => ({ roles: ['tutor'], cornerIds: [OTHER_CORNER, CORNER] }), []],
    ['a coordinator of the corner', true, () => ({ roles: ['corner-coordinator'], cornerIds: [CORNER] }), []],
    ['a tutor of another corner', false, () => ({ roles: ['tutor'], cornerIds: [OTHER_CORNER] }), ['LABOUR_MATCHING']],
    ['a coordinator of another corner', false, () => ({ roles: ['corner-coordinator'], cornerIds: [OTHER_CORNER] }), ['LABOUR_MATCHING']],
    ['the person themself', true, (self) => ({ roles: ['beneficiary'], beneficiaryId: self }), []],
    ['another beneficiary', false, () => ({ roles: ['beneficiary'], beneficiaryId: crypto.randomUUID() }), ['LABOUR_MATCHING']],
    [
      'a partner, with consent to labour matching',
      true,
      () => ({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      ['CASE_MANAGEMENT', 'LABOUR_MATCHING'],
    ],
    [
      'a partner, without it',
      false,
      () => ({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      ['CASE_MANAGEMENT', 'SHARE_WITH_ORGANISATION', 'HOUSING_SUPPORT'],
    ],
    [
      'an employer, even with consent to labour matching',
      false,
      () => ({ roles: ['employer'], organisationId: crypto.randomUUID() }),
      ['LABOUR_MATCHING'],
    ],
    ['monitoring, even with consent to labour matching', false, () => ({ roles: ['monitoring'] }), ['LABOUR_MATCHING']],
  ];

  it.each(cases)('%s sees it: %s', async (_caller, sees, person, purposes) => {
    const id = crypto.randomUUID();
    const who = person(id);
    // A partner's organisation reaches the person (an open referral, the consent to share): the purpose decides.
    const reachedBy = who.roles.includes('partner-operator') && who.organisationId ? [who.organisationId] : [];
    const consented = purposes.filter((purpose) => purpose !== 'SHARE_WITH_ORGANISATION') as PersonFacts['purposes'];
    const profile = await profileOf({ id, purposes: consented, reachedBy }, { employmentStatus: 'SELF_EMPLOYED' });
    const userId = crypto.randomUUID();
    const token = await identity.tokenFor({ ...who, userId });
    const { body } = await query(PROFILE, { r: [beneficiary(profile.beneficiaryId)] }, token);
    if (sees) {
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toEqual([{ id: profile.beneficiaryId, labourProfile: { employmentStatus: 'SELF_EMPLOYED' } }]);
      expect(await auditedReads(userId)).toEqual([{ beneficiary_id: profile.beneficiaryId, fields: ['labourProfile'] }]);
    } else {
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(body.errors![0]!.path).toEqual(['_entities', 0, 'labourProfile']);
      expect(body.data._entities).toEqual([{ id: profile.beneficiaryId, labourProfile: null }]);
      expect(JSON.stringify(body)).not.toContain('SELF_EMPLOYED');
      expect(await auditedReads(userId)).toEqual([]);
    }
  });

  it('answers FORBIDDEN whether or not a profile is recorded, so a refusal tells nothing', async () => {
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
    const recorded = await createLabourProfile(subgraph.dataSource);
    const { body } = await query(PROFILE, { r: [beneficiary(recorded.beneficiaryId), beneficiary(crypto.randomUUID())] }, employer);
    expect(body.errors!.map((error) => [error.path, error.extensions!.code])).toEqual([
      [['_entities', 0, 'labourProfile'], 'FORBIDDEN'],
      [['_entities', 1, 'labourProfile'], 'FORBIDDEN'],
    ]);
  });

  it('refuses one person of a list and gives the others', async () => {
    const mine = await profileOf({}, { employmentStatus: 'EMPLOYED' });
    const elsewhere = await profileOf({ integraCornerId: OTHER_CORNER }, { employmentStatus: 'IN_TRAINING' });
    const { body } = await query(PROFILE, {
      r: [beneficiary(elsewhere.beneficiaryId), beneficiary(mine.beneficiaryId)],
    });
    expect(body.data._entities).toEqual([
      { id: elsewhere.beneficiaryId, labourProfile: null },
      { id: mine.beneficiaryId, labourProfile: { employmentStatus: 'EMPLOYED' } },
    ]);
    expect(body.errors!.map((error) => [error.path, error.extensions!.code])).toEqual([[['_entities', 0, 'labourProfile'], 'FORBIDDEN']]);
  });

  it('reads what the owner handed over defensively: a missing or malformed corner or consent list grants nothing', async () => {
    const profile = await createLabourProfile(subgraph.dataSource);
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() });
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const id = profile.beneficiaryId;
    const bare = { __typename: 'Beneficiary', id };
    const malformed = [
      [tutor, bare],
      [tutor, { ...bare, integraCorner: null, consentedPurposes: [] }],
      [tutor, { ...bare, integraCorner: { id: 'not-a-corner' }, consentedPurposes: [] }],
      [tutor, { ...bare, integraCorner: CORNER, consentedPurposes: [] }],
      [partner, bare],
      [partner, { ...bare, integraCorner: { id: CORNER }, consentedPurposes: 'LABOUR_MATCHING' }],
      [partner, { ...bare, integraCorner: { id: CORNER }, consentedPurposes: [{ purpose: 'LABOUR_MATCHING' }] }],
      // A partner without an organisation reaches nobody through the beneficiaries subgraph, nor here.
      [
        await identity.tokenFor({ roles: ['partner-operator'] }),
        { ...bare, integraCorner: { id: CORNER }, consentedPurposes: ['LABOUR_MATCHING'] },
      ],
    ] as const;
    for (const [token, representation] of malformed) {
      const { body } = await query(PROFILE, { r: [representation] }, token);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data._entities).toEqual([{ id, labourProfile: null }]);
    }
    // An administrator's right does not depend on them.
    const { body } = await query(PROFILE, { r: [bare] }, admin);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].labourProfile).toEqual({ employmentStatus: 'UNEMPLOYED' });
  });

  it('grants nothing for facts forged into a representation: they are read from the beneficiaries contract', async () => {
    // A real person of another corner who consented to nothing, read by callers who hold the gateway's secret and
    // claim the facts that would let them in (their own corner, the consent to labour matching).
    const profile = await profileOf({ integraCornerId: OTHER_CORNER });
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() });
    const forged = { ...beneficiary(profile.beneficiaryId), integraCorner: { id: CORNER }, consentedPurposes: ['LABOUR_MATCHING'] };
    for (const token of [tutor, partner]) {
      const { body } = await query(PROFILE, { r: [forged] }, token);
      expect(body.errors?.map((error) => error.extensions!.code)).toEqual(['FORBIDDEN']);
      expect(body.data._entities).toEqual([{ id: profile.beneficiaryId, labourProfile: null }]);
    }
  });

  it('refuses a whole list without reading a single row', async () => {
    const profiles = [];
    for (let i = 0; i < 5; i += 1) profiles.push(await createLabourProfile(subgraph.dataSource));
    const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
    const before = sqlStatements.count;
    const { body } = await query(PROFILE, { r: profiles.map((profile) => beneficiary(profile.beneficiaryId)) }, monitoring);
    expect(sqlStatements.count - before).toBe(0);
    expect(body.errors).toHaveLength(5);
    expect(body.data._entities.every((entity: { labourProfile: unknown }) => entity.labourProfile === null)).toBe(true);
  });

  it('reads the profiles a partner may see, of any number of people, in the same number of statements', async () => {
    const profiles: Awaited<ReturnType<typeof createLabourProfile>>[] = [];
    const organisationId = crypto.randomUUID();
    for (let i = 0; i < 40; i += 1) {
      profiles.push(await profileOf({ integraCornerId: OTHER_CORNER, purposes: ['LABOUR_MATCHING'], reachedBy: [organisationId] }));
    }
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId });
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await query(
        PROFILE,
        {
          r: profiles.slice(0, count).map((profile) => beneficiary(profile.beneficiaryId)),
        },
        partner,
      );
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.every((entity: { labourProfile: unknown }) => entity.labourProfile !== null)).toBe(true);
      return statements;
    };
    expect(await statementsFor(3)).toBe(1 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(40)).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });
});

describe('who reads vacancies', () => {
  it.each(ROLES.map((role) => [role]))('gives %s the vacancies, which are not personal data', async (role) => {
    const vacancy = await createJobVacancy(subgraph.dataSource);
    const token = await identity.tokenFor({ roles: [role], organisationId: crypto.randomUUID() });
    const one = await query(`query($id: ID!) { jobVacancy(id: $id) { id title } }`, { id: vacancy.id }, token);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.jobVacancy).toEqual({ id: vacancy.id, title: vacancy.title });
    const list = await query(PAGE, { filter: { employerId: vacancy.employerId } }, token);
    expect(ids(list.body.data.jobVacancies)).toEqual([vacancy.id]);
    const employer = await query(ENTITIES, { r: [{ __typename: 'Organisation', id: vacancy.employerId }] }, token);
    expect(employer.body.data._entities).toEqual([{ id: vacancy.employerId, jobVacancies: [{ id: vacancy.id, status: 'OPEN' }] }]);
  });
});

describe('constraints', () => {
  it('refuses a malformed ISCO code in a profile or a vacancy at the database', async () => {
    await expect(createLabourProfile(subgraph.dataSource, { desiredIscoCodes: ['9412', '94'] })).rejects.toThrow(/check constraint/);
    await expect(createJobVacancy(subgraph.dataSource, { iscoCode: 'ABCD' })).rejects.toThrow(/check constraint/);
  });
});

describe('demo data', () => {
  it('seeds vacancies of the plan employers, most beneficiaries profiles, candidacies and traineeships, and can run twice', async () => {
    const plan = buildDemoPlan('2026-03-02');
    // The plan's people, whose corners the access rule reads from the beneficiaries subgraph.
    await people.seedDemoPeople(plan);
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);

    const employers = plan.organisations.filter((organisation) => organisation.type === 'EMPLOYER');
    const { body } = await query(ENTITIES, { r: employers.map(({ id }) => ({ __typename: 'Organisation', id })) });
    expect(body.errors).toBeUndefined();
    for (const organisation of body.data._entities) expect(organisation.jobVacancies.length).toBeGreaterThan(0);

    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: plan.corners.map((corner) => corner.id) });
    const profiles = await query(ENTITIES, { r: plan.beneficiaries.map(({ id }) => beneficiary(id)) }, coordinator);
    const recorded = profiles.body.data._entities.filter((beneficiary: { labourProfile: unknown }) => beneficiary.labourProfile);
    expect(recorded.length).toBeGreaterThan(plan.beneficiaries.length / 2);
    expect(recorded.length).toBeLessThan(plan.beneficiaries.length);

    // Candidacies at every stage of the workflow, the hire with its employment and an opening filled.
    const stages = await subgraph.dataSource.query('SELECT DISTINCT status FROM labour.candidacy ORDER BY status');
    expect(stages.map((row: { status: string }) => row.status)).toEqual([
      'DECLINED',
      'HIRED',
      'INTERVIEW',
      'OFFERED',
      'PERSON_AGREED',
      'PROPOSED',
      'REJECTED',
      'SENT',
      'WITHDRAWN',
    ]);
    const [hire] = await subgraph.dataSource.query(
      `SELECT e.weekly_hours, v.filled, p.employment_status FROM labour.employment e JOIN labour.job_vacancy v ON v.id = e.vacancy_id
       JOIN labour.labour_profile p ON p.beneficiary_id = e.beneficiary_id`,
    );
    expect(hire).toMatchObject({ filled: 1, employment_status: 'EMPLOYED' });

    // A traineeship at each status, with attendance, and the trainees' profiles saying where they stand.
    const trainees = await subgraph.dataSource.query(
      `SELECT t.status, p.employment_status, (SELECT count(*)::int FROM labour.traineeship_attendance a WHERE a.traineeship_id = t.id) AS periods
       FROM labour.traineeship t JOIN labour.labour_profile p ON p.beneficiary_id = t.beneficiary_id
       WHERE t.beneficiary_id = ANY ($1::uuid[]) ORDER BY t.status`,
      [plan.beneficiaries.map((b) => b.id)],
    );
    expect(trainees.map((row: { status: string; employment_status: string }) => [row.status, row.employment_status])).toEqual([
      ['ACTIVE', 'IN_TRAINEESHIP'],
      ['COMPLETED', 'UNEMPLOYED'],
      ['HIRED', 'EMPLOYED'],
      ['INTERRUPTED', 'UNEMPLOYED'],
    ]);
    for (const row of trainees) expect(row.periods).toBeGreaterThan(0);
  });
});
