import { sqlStatements, type RunningSubgraph } from '@shubh/platform';
import { graphqlRequest, startTestSubgraph } from '@shubh/platform/testing';
import { housingSubgraph } from '../src/subgraph.js';
import { createHousingOffer } from './housing-offer-factory.js';
import { createHousingSituation } from './housing-situation-factory.js';

let subgraph: RunningSubgraph;
const query = (text: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(subgraph.service.graphqlUrl, text, variables);

beforeAll(async () => {
  subgraph = await startTestSubgraph(housingSubgraph);
});
afterAll(() => subgraph.stop());

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
    const cheaper = await createHousingOffer(subgraph.dataSource, { province: 'BZ', monthlyRentCents: 25_000, availableFrom: '2026-06-01' });
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
      { id: agency, housingOffers: [{ id: sooner.id, title: sooner.title }, { id: later.id, title: later.title }] },
      { id: noOffers, housingOffers: [] },
      { id: other.providerId, housingOffers: [{ id: other.id, title: other.title }] },
      null,
    ]);
  });

  it("reads the offers of many organisations in one SQL statement", async () => {
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
    const hosted = await createHousingSituation(subgraph.dataSource, { status: 'HOSTED_BY_FRIENDS', municipality: 'Bitonto', since: '2025-09-30' });
    const guaranteed = await createHousingSituation(subgraph.dataSource, { status: 'OWN_RENT', rentGuaranteeActive: true });
    const unknown = crypto.randomUUID();

    const { body } = await query(BENEFICIARY_HOUSING, {
      r: representations('Beneficiary', [hosted.beneficiaryId, unknown, guaranteed.beneficiaryId, 'x']),
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
    for (let i = 0; i < 3; i += 1) situations.push(await createHousingSituation(subgraph.dataSource));
    const beneficiaries = [
      ...situations.map((situation) => situation.beneficiaryId),
      ...Array.from({ length: 37 }, () => crypto.randomUUID()),
    ];
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary { housingSituation { status } } } }`,
        { r: representations('Beneficiary', beneficiaries.slice(0, count)) },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(count);
      expect(body.data._entities[2]).toEqual({ housingSituation: { status: 'SHARED_RENT' } });
      return sqlStatements.count - before;
    };
    expect(await statementsFor(3)).toBe(1);
    expect(await statementsFor(40)).toBe(1);
  });

  it.each([
    ['an unknown id', `{ housingOffer(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed id', `{ housingOffer(id: "42; DROP TABLE x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown province', PAGE, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['a negative rent ceiling', PAGE, { filter: { maxMonthlyRentEuros: -1 } }, 'BAD_USER_INPUT', 'filter.maxMonthlyRentEuros'],
    ['a page too large', PAGE, { first: 1000 }, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', PAGE, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'after'],
    ['a cursor of the right shape with bad values', PAGE, { after: Buffer.from('["soon","x"]').toString('base64url') }, 'BAD_USER_INPUT', 'after'],
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
