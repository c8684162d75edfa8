import { AUDIT_APPEND_STATEMENTS, ROLES, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { TestPeople, type PersonFacts } from '../../../test/support/test-people.js';
import { housingSubgraph } from '../src/subgraph.js';
import { createHousingOffer } from './housing-offer-factory.js';
import { createHousingSituation } from './housing-situation-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;
/** The Integra Corner of the people these tests create, unless a test says otherwise. */
const CORNER = crypto.randomUUID();
/** Offers are not personal data; housing situations of CORNER's people are this tutor's to read. */
let tutor: string;
const query = (text: string, variables: Record<string, unknown> = {}, token = tutor) => subgraph.request(text, variables, token);

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(housingSubgraph, identity.config);
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
 * are ignored: housing reads them from the beneficiaries subgraph's contract.
 */
const beneficiary = (id: string) => ({ __typename: 'Beneficiary', id });

/** The housing situation of a real person of CORNER (unless `facts` say otherwise). */
async function situationOf(facts: PersonFacts = {}, overrides: Parameters<typeof createHousingSituation>[1] = {}) {
  const person = await people.person({ integraCornerId: CORNER, ...facts });
  return createHousingSituation(subgraph.dataSource, { ...overrides, beneficiaryId: person.id });
}

const PAGE = `query Page($filter: HousingOfferFilter, $first: Int, $after: String) {
  housingOffers(filter: $filter, first: $first, after: $after) {
    edges { node { id title monthlyRentEuros availableFrom provider { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ORGANISATION_OFFERS = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Organisation { id housingOffers { id title } } }
}`;

const BENEFICIARY_HOUSING = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Beneficiary { id housingSituation { status municipality since rentGuaranteeActive } } }
}`;

const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);
const representations = (typename: string, keys: string[]) => keys.map((id) => ({ __typename: typename, id }));

/** Each test lists offers in a province no other test uses, so it sees only its own rows. */
describe('housing subgraph', () => {
  it('returns one offer with its rent in euros and its provider as a reference', async () => {
    const offer = await createHousingOffer(subgraph.dataSource, { monthlyRentCents: 32_550, availableFrom: '2026-04-01' });
    const { body } = await query(
      `query($id: ID!) { housingOffer(id: $id) { id title kind province bedrooms monthlyRentEuros availableFrom status provider { id } } }`,
      { id: offer.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.housingOffer).toEqual({
      id: offer.id,
      title: offer.title,
      kind: 'ROOM',
      province: 'TO',
      bedrooms: 1,
      monthlyRentEuros: 325.5,
      availableFrom: '2026-04-01',
      status: 'AVAILABLE',
      provider: { id: offer.providerId },
    });
  });

  it('resolves offer references in one statement, with null for an unknown or malformed id', async () => {
    const offer = await createHousingOffer(subgraph.dataSource);
    const before = sqlStatements.count;
    const { body } = await query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on HousingOffer { id title } } }`, {
      r: representations('HousingOffer', [offer.id, crypto.randomUUID(), 'nope']),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([{ id: offer.id, title: offer.title }, null, null]);
    expect(sqlStatements.count - before).toBe(1);
  });

  it('pages through offers by availability day then id, without gaps or repeats', async () => {
    const days = ['2026-05-20', '2026-03-01', '2026-03-01', '2026-04-10', '2026-03-15'];
    const offers = [];
    for (const availableFrom of days) offers.push(await createHousingOffer(subgraph.dataSource, { province: 'AO', availableFrom }));
    const expected = [...offers]
      .sort((a, b) => a.availableFrom.localeCompare(b.availableFrom) || a.id.localeCompare(b.id))
      .map((offer) => offer.id);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { body } = await query(PAGE, { filter: { province: 'ao' }, first: 2, after });
      expect(body.errors).toBeUndefined();
      seen.push(...ids(body.data.housingOffers));
      after = body.data.housingOffers.pageInfo.hasNextPage ? body.data.housingOffers.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(seen).toEqual(expected);
    expect(pages).toBe(3);
  });

  it('filters by kind, status and a rent ceiling that includes the ceiling itself', async () => {
    const atCeiling = await createHousingOffer(subgraph.dataSource, { province: 'BZ', monthlyRentCents: 40_000 });
    const cheaper = await createHousingOffer(subgraph.dataSource, {
      province: 'BZ',
      monthlyRentCents: 25_000,
      availableFrom: '2026-06-01',
    });
    await createHousingOffer(subgraph.dataSource, { province: 'BZ', monthlyRentCents: 40_001 });
    await createHousingOffer(subgraph.dataSource, { province: 'BZ', monthlyRentCents: 30_000, status: 'TAKEN' });
    await createHousingOffer(subgraph.dataSource, { province: 'BZ', monthlyRentCents: 30_000, kind: 'APARTMENT', bedrooms: 2 });

    const { body } = await query(PAGE, { filter: { province: 'BZ', kind: 'ROOM', status: 'AVAILABLE', maxMonthlyRentEuros: 400 } });
    expect(body.errors).toBeUndefined();
    expect(ids(body.data.housingOffers)).toEqual([atCeiling.id, cheaper.id]);

    const free = await query(PAGE, { filter: { province: 'BZ', maxMonthlyRentEuros: 0 } });
    expect(ids(free.body.data.housingOffers)).toEqual([]);
  });

  it('reads an offer page in one SQL statement whatever its size', async () => {
    for (let i = 0; i < 30; i += 1) await createHousingOffer(subgraph.dataSource, { province: 'CB' });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await query(PAGE, { filter: { province: 'CB' }, first });
      expect(body.data.housingOffers.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    expect(await statementsFor(3)).toBe(1);
    expect(await statementsFor(30)).toBe(1);
  });

  it("lists an organisation's available offers only, soonest first, and none for an organisation without offers", async () => {
    const agency = crypto.randomUUID();
    const later = await createHousingOffer(subgraph.dataSource, { providerId: agency, availableFrom: '2026-07-01' });
    const sooner = await createHousingOffer(subgraph.dataSource, { providerId: agency, availableFrom: '2026-02-01' });
    await createHousingOffer(subgraph.dataSource, { providerId: agency, status: 'RESERVED' });
    await createHousingOffer(subgraph.dataSource, { providerId: agency, status: 'WITHDRAWN' });
    const other = await createHousingOffer(subgraph.dataSource);
    const noOffers = crypto.randomUUID();

    const { body } = await query(ORGANISATION_OFFERS, {
      r: representations('Organisation', [agency, noOffers, other.providerId, 'not-a-uuid']),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        id: agency,
        housingOffers: [
          { id: sooner.id, title: sooner.title },
          { id: later.id, title: later.title },
        ],
      },
      { id: noOffers, housingOffers: [] },
      { id: other.providerId, housingOffers: [{ id: other.id, title: other.title }] },
      null,
    ]);
  });

  it('reads the offers of many organisations in one SQL statement', async () => {
    const providers = Array.from({ length: 40 }, () => crypto.randomUUID());
    for (const providerId of providers.slice(0, 5)) await createHousingOffer(subgraph.dataSource, { providerId });
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await query(ORGANISATION_OFFERS, { r: representations('Organisation', providers.slice(0, count)) });
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(count);
      expect(body.data._entities[0].housingOffers).toHaveLength(1);
      return sqlStatements.count - before;
    };
    expect(await statementsFor(3)).toBe(1);
    expect(await statementsFor(40)).toBe(1);
  });

  it("gives a beneficiary's recorded housing situation, and null when none is recorded", async () => {
    const hosted = await situationOf(
      {},
      {
        status: 'HOSTED_BY_FRIENDS',
        municipality: 'Bitonto',
        since: '2025-09-30',
      },
    );
    const guaranteed = await situationOf({}, { status: 'OWN_RENT', rentGuaranteeActive: true });
    const unknown = (await people.person({ integraCornerId: CORNER })).id;

    const { body } = await query(BENEFICIARY_HOUSING, {
      r: [hosted.beneficiaryId, unknown, guaranteed.beneficiaryId, 'x'].map((id) => beneficiary(id)),
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        id: hosted.beneficiaryId,
        housingSituation: { status: 'HOSTED_BY_FRIENDS', municipality: 'Bitonto', since: '2025-09-30', rentGuaranteeActive: false },
      },
      { id: unknown, housingSituation: null },
      {
        id: guaranteed.beneficiaryId,
        housingSituation: { status: 'OWN_RENT', municipality: 'Torino', since: '2025-11-15', rentGuaranteeActive: true },
      },
      null,
    ]);
  });

  it('reads the housing situations of many beneficiaries in one SQL statement', async () => {
    const situations = [];
    for (let i = 0; i < 3; i += 1) situations.push(await situationOf());
    const withoutSituation: string[] = [];
    for (let i = 0; i < 37; i += 1) withoutSituation.push((await people.person({ integraCornerId: CORNER })).id);
    const beneficiaries = [...situations.map((situation) => situation.beneficiaryId), ...withoutSituation];
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { housingSituation { status } } } }`,
        { r: beneficiaries.slice(0, count).map((id) => beneficiary(id)) },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(count);
      expect(body.data._entities[2]).toEqual({ housingSituation: { status: 'SHARED_RENT' } });
      return sqlStatements.count - before;
    };
    // One read of the situations; the reads of personal data are then written to the audit trail in one append.
    expect(await statementsFor(3)).toBe(1 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(40)).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });

  it.each([
    ['an unknown id', `{ housingOffer(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed id', `{ housingOffer(id: "42; DROP TABLE x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown province', PAGE, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['a negative rent ceiling', PAGE, { filter: { maxMonthlyRentEuros: -1 } }, 'BAD_USER_INPUT', 'filter.maxMonthlyRentEuros'],
    ['a page too large', PAGE, { first: 1000 }, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', PAGE, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'after'],
    [
      'a cursor of the right shape with bad values',
      PAGE,
      { after: Buffer.from('["soon","x"]').toString('base64url') },
      'BAD_USER_INPUT',
      'after',
    ],
  ])('answers %s with a clear error naming the field', async (_case, text, variables, code, field) => {
    const { body } = await query(text, variables);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code, field });
    expect(body.errors![0]!.message).not.toMatch(/SELECT .* FROM|\bstack\b|\.ts:\d+/);
  });

  it('rejects an out-of-range enum before running anything', async () => {
    const { body } = await query(PAGE, { filter: { kind: 'CASTLE' } });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('HousingKind');
  });
});

describe('who reads a housing situation', () => {
  const SITUATION = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { id housingSituation { status } } } }`;
  const OTHER_CORNER = crypto.randomUUID();

  /** READ entries of the housing subgraph for one caller. */
  const auditedReads = async (userId: string): Promise<{ beneficiary_id: string; fields: string[] }[]> =>
    subgraph.dataSource.query(
      `SELECT beneficiary_id, fields FROM audit.entry WHERE actor_id = $1 AND operation = 'READ' AND subgraph = 'housing'`,
      [userId],
    );

  type Case = [caller: string, sees: boolean, person: (self: string) => TestPerson, purposes: string[]];
  const cases: Case[] = [
    ['network-admin', true, () => ({ roles: ['network-admin'] }), []],
    ['a tutor of the corner', true, () => ({ roles: ['tutor'], cornerIds: [OTHER_CORNER, CORNER] }), []],
    ['a coordinator of the corner', true, () => ({ roles: ['corner-coordinator'], cornerIds: [CORNER] }), []],
    ['a tutor of another corner', false, () => ({ roles: ['tutor'], cornerIds: [OTHER_CORNER] }), ['HOUSING_SUPPORT']],
    ['a coordinator of another corner', false, () => ({ roles: ['corner-coordinator'], cornerIds: [OTHER_CORNER] }), ['HOUSING_SUPPORT']],
    ['the person themself', true, (self) => ({ roles: ['beneficiary'], beneficiaryId: self }), []],
    ['another beneficiary', false, () => ({ roles: ['beneficiary'], beneficiaryId: crypto.randomUUID() }), ['HOUSING_SUPPORT']],
    [
      'a partner, with consent to housing support',
      true,
      () => ({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      ['CASE_MANAGEMENT', 'HOUSING_SUPPORT'],
    ],
    [
      'a partner, without it',
      false,
      () => ({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      ['CASE_MANAGEMENT', 'SHARE_WITH_ORGANISATION', 'LABOUR_MATCHING'],
    ],
    [
      'an employer, even with consent to housing support',
      false,
      () => ({ roles: ['employer'], organisationId: crypto.randomUUID() }),
      ['HOUSING_SUPPORT'],
    ],
    ['monitoring, even with consent to housing support', false, () => ({ roles: ['monitoring'] }), ['HOUSING_SUPPORT']],
  ];

  it.each(cases)('%s sees it: %s', async (_caller, sees, person, purposes) => {
    const id = crypto.randomUUID();
    const who = person(id);
    // A partner's organisation reaches the person (an open referral, the consent to share): the purpose decides.
    const reachedBy = who.roles.includes('partner-operator') && who.organisationId ? [who.organisationId] : [];
    const consented = purposes.filter((purpose) => purpose !== 'SHARE_WITH_ORGANISATION') as PersonFacts['purposes'];
    const situation = await situationOf({ id, purposes: consented, reachedBy }, { status: 'COHOUSING' });
    const userId = crypto.randomUUID();
    const token = await identity.tokenFor({ ...who, userId });
    const { body } = await query(SITUATION, { r: [beneficiary(situation.beneficiaryId)] }, token);
    if (sees) {
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toEqual([{ id: situation.beneficiaryId, housingSituation: { status: 'COHOUSING' } }]);
      expect(await auditedReads(userId)).toEqual([{ beneficiary_id: situation.beneficiaryId, fields: ['housingSituation'] }]);
    } else {
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN' });
      expect(body.errors![0]!.path).toEqual(['_entities', 0, 'housingSituation']);
      expect(body.data._entities).toEqual([{ id: situation.beneficiaryId, housingSituation: null }]);
      expect(JSON.stringify(body)).not.toContain('COHOUSING');
      expect(await auditedReads(userId)).toEqual([]);
    }
  });

  it('answers FORBIDDEN whether or not a situation is recorded, so a refusal tells nothing', async () => {
    const employer = await identity.tokenFor({ roles: ['employer'], organisationId: crypto.randomUUID() });
    const recorded = await createHousingSituation(subgraph.dataSource);
    const { body } = await query(SITUATION, { r: [beneficiary(recorded.beneficiaryId), beneficiary(crypto.randomUUID())] }, employer);
    expect(body.errors!.map((error) => [error.path, error.extensions!.code])).toEqual([
      [['_entities', 0, 'housingSituation'], 'FORBIDDEN'],
      [['_entities', 1, 'housingSituation'], 'FORBIDDEN'],
    ]);
  });

  it('refuses one person of a list and gives the others', async () => {
    const mine = await situationOf({}, { status: 'OWN_RENT' });
    const elsewhere = await situationOf({ integraCornerId: OTHER_CORNER }, { status: 'HOMELESS', municipality: null });
    const { body } = await query(SITUATION, {
      r: [beneficiary(elsewhere.beneficiaryId), beneficiary(mine.beneficiaryId)],
    });
    expect(body.data._entities).toEqual([
      { id: elsewhere.beneficiaryId, housingSituation: null },
      { id: mine.beneficiaryId, housingSituation: { status: 'OWN_RENT' } },
    ]);
    expect(body.errors!.map((error) => [error.path, error.extensions!.code])).toEqual([
      [['_entities', 0, 'housingSituation'], 'FORBIDDEN'],
    ]);
  });

  it('reads what the owner handed over defensively: a missing or malformed corner or consent list grants nothing', async () => {
    const situation = await createHousingSituation(subgraph.dataSource);
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() });
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const id = situation.beneficiaryId;
    const bare = { __typename: 'Beneficiary', id };
    const malformed = [
      [tutor, bare],
      [tutor, { ...bare, integraCorner: null, consentedPurposes: [] }],
      [tutor, { ...bare, integraCorner: { id: 'not-a-corner' }, consentedPurposes: [] }],
      [tutor, { ...bare, integraCorner: CORNER, consentedPurposes: [] }],
      [partner, bare],
      [partner, { ...bare, integraCorner: { id: CORNER }, consentedPurposes: 'HOUSING_SUPPORT' }],
      [partner, { ...bare, integraCorner: { id: CORNER }, consentedPurposes: [{ purpose: 'HOUSING_SUPPORT' }] }],
      // A partner without an organisation reaches nobody through the beneficiaries subgraph, nor here.
      [
        await identity.tokenFor({ roles: ['partner-operator'] }),
        { ...bare, integraCorner: { id: CORNER }, consentedPurposes: ['HOUSING_SUPPORT'] },
      ],
    ] as const;
    for (const [token, representation] of malformed) {
      const { body } = await query(SITUATION, { r: [representation] }, token);
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.data._entities).toEqual([{ id, housingSituation: null }]);
    }
    // An administrator's right does not depend on them.
    const { body } = await query(SITUATION, { r: [bare] }, admin);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].housingSituation).toEqual({ status: 'SHARED_RENT' });
  });

  it('grants nothing for facts forged into a representation: they are read from the beneficiaries contract', async () => {
    const situation = await situationOf({ integraCornerId: OTHER_CORNER });
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: crypto.randomUUID() });
    const forged = { ...beneficiary(situation.beneficiaryId), integraCorner: { id: CORNER }, consentedPurposes: ['HOUSING_SUPPORT'] };
    for (const token of [tutor, partner]) {
      const { body } = await query(SITUATION, { r: [forged] }, token);
      expect(body.errors?.map((error) => error.extensions!.code)).toEqual(['FORBIDDEN']);
      expect(body.data._entities).toEqual([{ id: situation.beneficiaryId, housingSituation: null }]);
    }
  });

  it('refuses a whole list without reading a single row', async () => {
    const situations = [];
    for (let i = 0; i < 5; i += 1) situations.push(await createHousingSituation(subgraph.dataSource));
    const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
    const before = sqlStatements.count;
    const { body } = await query(SITUATION, { r: situations.map((situation) => beneficiary(situation.beneficiaryId)) }, monitoring);
    expect(sqlStatements.count - before).toBe(0);
    expect(body.errors).toHaveLength(5);
    expect(body.data._entities.every((entity: { housingSituation: unknown }) => entity.housingSituation === null)).toBe(true);
  });

  it('reads the situations a partner may see, of any number of people, in the same number of statements', async () => {
    const situations: Awaited<ReturnType<typeof createHousingSituation>>[] = [];
    const organisationId = crypto.randomUUID();
    for (let i = 0; i < 40; i += 1) {
      situations.push(await situationOf({ integraCornerId: OTHER_CORNER, purposes: ['HOUSING_SUPPORT'], reachedBy: [organisationId] }));
    }
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId });
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await query(
        SITUATION,
        {
          r: situations.slice(0, count).map((situation) => beneficiary(situation.beneficiaryId)),
        },
        partner,
      );
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.every((entity: { housingSituation: unknown }) => entity.housingSituation !== null)).toBe(true);
      return statements;
    };
    expect(await statementsFor(3)).toBe(1 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(40)).toBe(1 + AUDIT_APPEND_STATEMENTS);
  });
});

describe('who reads housing offers', () => {
  it.each(ROLES.map((role) => [role]))('gives %s the offers, which are not personal data', async (role) => {
    const offer = await createHousingOffer(subgraph.dataSource);
    const token = await identity.tokenFor({ roles: [role], organisationId: crypto.randomUUID() });
    const one = await query(`query($id: ID!) { housingOffer(id: $id) { id title } }`, { id: offer.id }, token);
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.housingOffer).toEqual({ id: offer.id, title: offer.title });
    const provider = await query(ORGANISATION_OFFERS, { r: representations('Organisation', [offer.providerId]) }, token);
    expect(provider.body.data._entities).toEqual([{ id: offer.providerId, housingOffers: [{ id: offer.id, title: offer.title }] }]);
    const list = await query(PAGE, { filter: { province: 'TO' }, first: 1 }, token);
    expect(list.body.errors).toBeUndefined();
  });
});
