/**
 * Housing intermediation on one subgraph with real people (beneficiaries' and catalogue's rows): places never
 * over-allocated and funds never overspent under concurrency, rankings in a constant number of statements, offers'
 * versions and bad input refused by field with nothing written.
 */
import { AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { housingSubgraph } from '../src/subgraph.js';
import { createHousingOffer } from './housing-offer-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;
const CORNER = crypto.randomUUID();
let tutor: string;
const saved = process.env.RENT_GUARANTEE_FUNDS_EUROS;

beforeAll(async () => {
  process.env.RENT_GUARANTEE_FUNDS_EUROS = 'PG=1000,TR=1000';
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(housingSubgraph, identity.config);
  people = await TestPeople.open();
  tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [CORNER] });
});
afterAll(async () => {
  if (saved === undefined) delete process.env.RENT_GUARANTEE_FUNDS_EUROS;
  else process.env.RENT_GUARANTEE_FUNDS_EUROS = saved;
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

type Body = { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
const query = async (text: string, variables: Record<string, unknown>, token = tutor): Promise<Body> =>
  (await subgraph.request(text, variables, token)).body as Body;
async function ok(text: string, variables: Record<string, unknown>, token = tutor) {
  const body = await query(text, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const OPEN = `mutation($input: OpenHousingRequestInput!) { openHousingRequest(input: $input) { id } }`;
const PROPOSE = `mutation($input: ProposeForHousingOfferInput!) { proposeForHousingOffer(input: $input) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptHousingProposal(id: $id) { status } }`;
const START = `mutation($id: ID!, $input: StartHousingPlacementInput!) { startHousingPlacement(id: $id, input: $input) { status } }`;
const ACTIVATE = `mutation($input: ActivateRentGuaranteeInput!) { activateRentGuarantee(input: $input) { id amountEuros } }`;

/** A provider with an operator's token. */
async function provider() {
  const id = crypto.randomUUID();
  return { id, token: await identity.tokenFor({ roles: ['partner-operator'], organisationId: id }) };
}

/** A person of CORNER who consents to housing support, with an open request in `province`, proposed for `offerId`. */
async function proposed(province: string, offerId: string): Promise<string> {
  const person = await people.person({ integraCornerId: CORNER, purposes: ['HOUSING_SUPPORT'] });
  const request = await ok(OPEN, { input: { beneficiaryId: person.id, province } });
  return (await ok(PROPOSE, { input: { requestId: request.openHousingRequest.id, offerId } })).proposeForHousingOffer.id;
}

const codes = (bodies: Body[]) => bodies.map((body) => (body.errors?.[0]?.extensions.code as string) ?? 'OK').sort();

describe('capacity', () => {
  it('never gives the last cohousing place twice, whoever accepts first', async () => {
    const agency = await provider();
    const offer = await createHousingOffer(subgraph.dataSource, { kind: 'COHOUSING', province: 'PG', providerId: agency.id, places: 1 });
    const proposals = [await proposed('PG', offer.id), await proposed('PG', offer.id)];
    const answers = await Promise.all(proposals.map((id) => query(ACCEPT, { id }, agency.token)));
    expect(codes(answers)).toEqual(['CONFLICT', 'OK']);
    expect(answers.find((body) => body.errors)!.errors![0]!.message).toMatch(/No places left/);
    const [row]: { places_taken: number }[] = await subgraph.dataSource.query(
      'SELECT places_taken FROM housing.housing_offer WHERE id = $1',
      [offer.id],
    );
    expect(row!.places_taken).toBe(1);
    const statuses: { status: string }[] = await subgraph.dataSource.query(
      'SELECT status FROM housing.housing_proposal WHERE id = ANY($1::uuid[]) ORDER BY status',
      [proposals],
    );
    expect(statuses.map((status) => status.status)).toEqual(['ACCEPTED', 'PROPOSED']);
    // A withdrawal of the accepted one gives the place back: the other may now be accepted.
    const accepted = proposals.find((_id, index) => !answers[index]!.errors)!;
    await ok(`mutation($id: ID!) { withdrawHousingProposal(id: $id, reason: "Ha trovato casa") { status } }`, { id: accepted });
    const other = proposals.find((id) => id !== accepted)!;
    expect((await ok(ACCEPT, { id: other }, agency.token)).acceptHousingProposal.status).toBe('ACCEPTED');
  });
});

describe('rent-guarantee funds', () => {
  /** A PLACED proposal in `province`. */
  async function placement(province: string) {
    const agency = await provider();
    const offer = await createHousingOffer(subgraph.dataSource, { province, providerId: agency.id, places: 1 });
    const id = await proposed(province, offer.id);
    await ok(ACCEPT, { id }, agency.token);
    await ok(START, { id, input: { contractType: 'FOUR_PLUS_FOUR', startsOn: todayInItaly(), monthlyRentEuros: 320 } }, agency.token);
    return { id, agency };
  }

  it('lets two activations racing for the last of a fund commit only what it holds', async () => {
    const placements = [await placement('PG'), await placement('PG')];
    const answers = await Promise.all(
      placements.map(({ id }) =>
        query(ACTIVATE, { input: { placementId: id, kind: 'GUARANTEE', amountEuros: 600, months: 6, startsOn: todayInItaly() } }),
      ),
    );
    expect(codes(answers)).toEqual(['CONFLICT', 'OK']);
    expect(answers.find((body) => body.errors)!.errors![0]!.extensions).toMatchObject({ reason: 'FUND_EXHAUSTED', remainingEuros: 400 });
    const [fund]: { committed_cents: string }[] = await subgraph.dataSource.query(
      `SELECT committed_cents FROM housing.rent_guarantee_fund WHERE province = 'PG'`,
    );
    expect(Number(fund!.committed_cents)).toBe(60_000);
    const guarantees: unknown[] = await subgraph.dataSource.query(
      'SELECT 1 FROM housing.rent_guarantee WHERE placement_id = ANY($1::uuid[])',
      [placements.map(({ id }) => id)],
    );
    expect(guarantees).toHaveLength(1);
  });

  it('draws claims on a guarantee up to its amount and returns what was not claimed at release', async () => {
    const { id, agency } = await placement('TR');
    const guarantee = (
      await ok(ACTIVATE, { input: { placementId: id, kind: 'INSURANCE', amountEuros: 800, months: 12, startsOn: todayInItaly() } })
    ).activateRentGuarantee;
    const CLAIM = `mutation($id: ID!, $input: ClaimRentGuaranteeInput!) {
      claimRentGuarantee(id: $id, input: $input) { claimedEuros remainingEuros claims { kind amountEuros } }
    }`;
    const claimed = await ok(
      CLAIM,
      { id: guarantee.id, input: { kind: 'UNPAID_RENT', amountEuros: 320, note: 'Affitto di marzo' } },
      agency.token,
    );
    expect(claimed.claimRentGuarantee).toEqual({
      claimedEuros: 320,
      remainingEuros: 480,
      claims: [{ kind: 'UNPAID_RENT', amountEuros: 320 }],
    });
    const tooMuch = await query(CLAIM, { id: guarantee.id, input: { kind: 'DAMAGE', amountEuros: 500 } });
    expect(tooMuch.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.amountEuros' });
    const released = await ok(`mutation($id: ID!) { releaseRentGuarantee(id: $id) { status releasedOn } }`, { id: guarantee.id });
    expect(released.releaseRentGuarantee).toEqual({ status: 'RELEASED', releasedOn: todayInItaly() });
    const [fund]: { committed_cents: string }[] = await subgraph.dataSource.query(
      `SELECT committed_cents FROM housing.rent_guarantee_fund WHERE province = 'TR'`,
    );
    expect(Number(fund!.committed_cents)).toBe(32_000);
    // The provider may claim, not release.
    const again = await query(`mutation($id: ID!) { releaseRentGuarantee(id: $id) { status } }`, { id: guarantee.id }, agency.token);
    expect(again.errors![0]!.extensions.code).toBe('FORBIDDEN');
  });
});

describe('offersFor', () => {
  it('ranks any page size in the same number of statements, and refuses a page size out of range by field', async () => {
    const person = await people.person({ integraCornerId: CORNER });
    await ok(`mutation($input: RecordHousingSituationInput!) { recordHousingSituation(input: $input) { status } }`, {
      input: { beneficiaryId: person.id, status: 'EMERGENCY_SHELTER', rentIncomeEuros: 900, areasWanted: ['Foggia'] },
    });
    const request = (await ok(OPEN, { input: { beneficiaryId: person.id, province: 'FG' } })).openHousingRequest;
    for (let i = 0; i < 30; i += 1) {
      await createHousingOffer(subgraph.dataSource, {
        province: 'FG',
        municipality: i % 2 ? 'Foggia' : 'Lucera',
        monthlyRentCents: 20_000 + i * 1_000,
      });
    }
    const RANK = `query($id: ID!, $first: Int) { offersFor(requestId: $id, first: $first) { score fits reasons whyNot offer { id title provider { id } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const data = await ok(RANK, { id: request.id, first });
      expect(data.offersFor).toHaveLength(first);
      return { statements: sqlStatements.count - before, ranked: data.offersFor };
    };
    const few = await statementsFor(3);
    const many = await statementsFor(30);
    // The request, the person's access facts, the ranking, and the audit of the read.
    expect(few.statements).toBe(3 + AUDIT_APPEND_STATEMENTS);
    expect(many.statements).toBe(few.statements);
    // Foggia (wanted) and affordable first: the cheapest of them leads.
    expect(many.ranked[0]).toMatchObject({ score: 100, fits: true });
    expect(many.ranked.map((entry: { score: number }) => entry.score)).toEqual(
      [...many.ranked.map((entry: { score: number }) => entry.score)].sort((a: number, b: number) => b - a),
    );
    const bad = await query(RANK, { id: request.id, first: 0 });
    expect(bad.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    // Someone else's corner does not learn the request exists.
    const elsewhere = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
    const refused = await query(RANK, { id: request.id, first: 3 }, elsewhere);
    expect(refused.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', field: 'requestId' });
  });
});

describe('offers and situations: versions and bad input', () => {
  it('refuses a stale version, another organisation and a capacity below the places taken, each by field', async () => {
    const agency = await provider();
    const published = (
      await ok(
        `mutation($input: PublishHousingOfferInput!) { publishHousingOffer(input: $input) { id version places } }`,
        {
          input: {
            title: 'Posto in coabitazione',
            kind: 'COHOUSING',
            province: 'PG',
            municipality: 'Perugia',
            bedrooms: 1,
            monthlyRentEuros: 250,
            places: 2,
            availableFrom: todayInItaly(),
          },
        },
        agency.token,
      )
    ).publishHousingOffer;
    expect(published).toMatchObject({ version: 1, places: 2 });
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateHousingOfferInput!) { updateHousingOffer(id: $id, expectedVersion: $v, input: $input) { version monthlyRentEuros places } }`;
    const updated = await ok(UPDATE, { id: published.id, v: 1, input: { monthlyRentEuros: 240 } }, agency.token);
    expect(updated.updateHousingOffer).toEqual({ version: 2, monthlyRentEuros: 240, places: 2 });
    const stale = await query(UPDATE, { id: published.id, v: 1, input: { monthlyRentEuros: 230 } }, agency.token);
    expect(stale.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    const other = await provider();
    const foreign = await query(UPDATE, { id: published.id, v: 2, input: { monthlyRentEuros: 1 } }, other.token);
    expect(foreign.errors![0]!.extensions.code).toBe('FORBIDDEN');
    // Both places taken: the capacity cannot go below 2.
    const id = await proposed('PG', published.id);
    await ok(ACCEPT, { id }, agency.token);
    await ok(ACCEPT, { id: await proposed('PG', published.id) }, agency.token);
    const tooSmall = await query(UPDATE, { id: published.id, v: 2, input: { places: 1 } }, agency.token);
    expect(tooSmall.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.places' });
    const negative = await query(UPDATE, { id: published.id, v: 2, input: { chargesEuros: -5 } }, agency.token);
    expect(negative.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.chargesEuros' });
    const [row]: { version: number; monthly_rent_cents: number }[] = await subgraph.dataSource.query(
      'SELECT version, monthly_rent_cents FROM housing.housing_offer WHERE id = $1',
      [published.id],
    );
    expect(row).toEqual({ version: 2, monthly_rent_cents: 24_000 });
    // A move the workflow does not allow names the allowed ones.
    const decline = await query(`mutation($id: ID!) { declineHousingProposal(id: $id, reason: "No") { status } }`, { id }, agency.token);
    expect(decline.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(decline.errors![0]!.message).toBe(
      'A housing proposal cannot go from ACCEPTED to DECLINED; from ACCEPTED it may go to PLACED, WITHDRAWN',
    );
  });

  it('records a situation only for the case team and writes nothing for a bad value', async () => {
    const person = await people.person({ integraCornerId: CORNER });
    const RECORD = `mutation($input: RecordHousingSituationInput!) { recordHousingSituation(input: $input) { status history { status } } }`;
    const future = await query(RECORD, { input: { beneficiaryId: person.id, status: 'SHARED_RENT', since: '2999-01-01' } });
    expect(future.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.since' });
    const income = await query(RECORD, { input: { beneficiaryId: person.id, status: 'SHARED_RENT', rentIncomeEuros: -1 } });
    expect(income.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.rentIncomeEuros' });
    const elsewhere = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
    const forbidden = await query(RECORD, { input: { beneficiaryId: person.id, status: 'SHARED_RENT' } }, elsewhere);
    expect(forbidden.errors![0]!.extensions.code).toBe('FORBIDDEN');
    const rows: unknown[] = await subgraph.dataSource.query('SELECT 1 FROM housing.housing_situation_history WHERE beneficiary_id = $1', [
      person.id,
    ]);
    expect(rows).toEqual([]);
    await ok(RECORD, { input: { beneficiaryId: person.id, status: 'HOSTED_BY_FRIENDS' } });
    const second = await ok(RECORD, { input: { beneficiaryId: person.id, status: 'SHARED_RENT', municipality: 'Perugia' } });
    expect(second.recordHousingSituation).toEqual({
      status: 'SHARED_RENT',
      history: [{ status: 'HOSTED_BY_FRIENDS' }, { status: 'SHARED_RENT' }],
    });
    const spells: { status: string; ended_on: string | null }[] = await subgraph.dataSource.query(
      'SELECT status, ended_on FROM housing.housing_spell WHERE beneficiary_id = $1 ORDER BY started_on, ended_on NULLS LAST',
      [person.id],
    );
    expect(spells.map((spell) => spell.status)).toEqual(['HOSTED_BY_FRIENDS', 'SHARED_RENT']);
    expect(spells[1]!.ended_on).toBeNull();
  });
});
