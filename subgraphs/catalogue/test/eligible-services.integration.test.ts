import { addDays, addMonths, AUDIT_APPEND_STATEMENTS, todayInItaly, sqlStatements, type Role } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
  people = await TestPeople.open();
});
afterAll(async () => {
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const ELIGIBLE = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) {
  ... on Beneficiary { id eligibleServices(first: $first) { score reasons service { id name remainingPlaces provider { id } programme { id } } } }
} }`;

/** Today in the subgraph's terms, and a day so many months before it. */
const today = () => todayInItaly();
const monthsAgo = (months: number, extraDays = 0) => addDays(addMonths(today(), -months), -extraDays);

/**
 * A real person of `corner`, as the beneficiaries subgraph hands them over through `@requires`: the facts the
 * ranking reads. Who may read the ranking is decided from the person's row, through the beneficiaries contract.
 */
const representation = async (corner: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Beneficiary',
  id: (await people.person({ integraCornerId: corner })).id,
  protectionStatus: 'REFUGEE',
  receptionExitDate: monthsAgo(7, 10),
  birthDate: monthsAgo(12 * 29 + 2),
  // A province of its own per test world, so other tests' published services never rank in between.
  province: 'AO',
  italianLevel: 'A2',
  ...overrides,
});

/** A province with services other tests do not touch: each test deletes nothing, so it filters by its provider. */
async function world() {
  const corner = await createIntegraCorner(subgraph.dataSource, { province: 'AO' });
  const provider = await createOrganisation(subgraph.dataSource, { provinces: ['AO'] });
  const create = (name: string, overrides: Parameters<typeof createService>[1] = {}) =>
    createService(subgraph.dataSource, {
      name: `${name} ${crypto.randomUUID().slice(0, 6)}`,
      providerId: provider.id,
      provinces: ['AO'],
      ...overrides,
    });
  const services = {
    targeted: await create('Tirocinio mirato', {
      capacity: 10,
      placesTaken: 0,
      maxMonthsSinceReceptionExit: 18,
      minItalianLevel: 'A2',
      minAge: 18,
    }),
    roomy: await create('Laboratorio ampio', { capacity: 10, placesTaken: 1 }),
    nearlyFull: await create('Corso quasi pieno', { capacity: 10, placesTaken: 9 }),
    full: await create('Corso pieno', { capacity: 4, placesTaken: 4 }),
    tooLate: await create('Solo primi sei mesi', { maxMonthsSinceReceptionExit: 6 }),
    subsidiaryOnly: await create('Solo protezione sussidiaria', { eligibleProtectionStatuses: ['SUBSIDIARY_PROTECTION'] }),
    tooYoung: await create('Giovani 18-25', { minAge: 18, maxAge: 25 }),
    moreItalian: await create('Italiano avanzato', { minItalianLevel: 'B2' }),
    draft: await create('Bozza', { publicationStatus: 'DRAFT' }),
    withdrawn: await create('Ritirato', { publicationStatus: 'WITHDRAWN' }),
    elsewhere: await create('Altra provincia', { provinces: ['TO'] }),
  };
  return { corner, provider, services };
}

const mine = (entries: { service: { provider: { id: string } } }[], providerId: string) =>
  entries.filter((entry) => entry.service.provider.id === providerId);

describe('Beneficiary.eligibleServices', () => {
  it("ranks the published services of the person's province they are eligible for, with the reasons", async () => {
    const { corner, provider, services } = await world();
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const person = await representation(corner.id);
    const { body } = await subgraph.request(ELIGIBLE, { r: [person], first: 100 }, tutor);
    expect(body.errors).toBeUndefined();
    const [beneficiary] = body.data._entities;
    expect(beneficiary.id).toBe(person.id);
    const ranked = mine(beneficiary.eligibleServices, provider.id);
    expect(ranked.map((entry: any) => entry.service.id)).toEqual([services.targeted.id, services.roomy.id, services.nearlyFull.id]);
    const [targeted] = ranked as any[];
    expect(targeted.score).toBeGreaterThan((ranked[1] as any).score);
    expect(targeted.reasons).toEqual([
      "Offered in the person's province (AO).",
      'Open to every form of international protection.',
      'Left reception 7 months ago, within the limit of 18 months.',
      "Aged 29, within the service's age range (18 or older).",
      'Italian at level A2, at least the A2 the service asks for.',
      '10 places free out of 10.',
    ]);
    expect(targeted.service).toMatchObject({ remainingPlaces: 10, programme: { id: services.targeted.programmeId } });

    // The same services are out for a person the rules leave out.
    const late = await representation(corner.id, { receptionExitDate: monthsAgo(20) });
    const lateBody = (await subgraph.request(ELIGIBLE, { r: [late], first: 100 }, tutor)).body;
    expect(mine(lateBody.data._entities[0].eligibleServices, provider.id).map((entry: any) => entry.service.id)).toEqual([
      services.roomy.id,
      services.nearlyFull.id,
    ]);
    const subsidiary = await representation(corner.id, { protectionStatus: 'SUBSIDIARY_PROTECTION', italianLevel: 'C1' });
    const subsidiaryBody = (await subgraph.request(ELIGIBLE, { r: [subsidiary], first: 100 }, tutor)).body;
    expect(mine(subsidiaryBody.data._entities[0].eligibleServices, provider.id).map((entry: any) => entry.service.id)).toEqual(
      expect.arrayContaining([services.subsidiaryOnly.id, services.moreItalian.id]),
    );
  });

  it('notes the read in the audit trail', async () => {
    const { corner } = await world();
    const userId = crypto.randomUUID();
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id], userId });
    const person = await representation(corner.id);
    const { body } = await subgraph.request(ELIGIBLE, { r: [person], first: 5 }, coordinator);
    expect(body.errors).toBeUndefined();
    const rows = await subgraph.dataSource.query(
      `SELECT beneficiary_id, fields FROM audit.entry WHERE actor_id = $1 AND operation = 'READ'`,
      [userId],
    );
    expect(rows).toEqual([{ beneficiary_id: person.id, fields: ['eligibleServices'] }]);
  });

  it.each<
    [
      string,
      (corner: string, person: string) => { roles: Role[]; cornerIds?: string[]; beneficiaryId?: string; organisationId?: string },
      boolean,
    ]
  >([
    ['an administrator', () => ({ roles: ['network-admin'] }), true],
    ['a tutor of the corner', (corner) => ({ roles: ['tutor'], cornerIds: [corner] }), true],
    ['the person themself', (_corner, person) => ({ roles: ['beneficiary'], beneficiaryId: person }), true],
    ['a tutor of another corner', () => ({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] }), false],
    ['another beneficiary', () => ({ roles: ['beneficiary'], beneficiaryId: crypto.randomUUID() }), false],
    [
      'a partner operator, even with consents in force',
      () => ({ roles: ['partner-operator'], organisationId: crypto.randomUUID() }),
      false,
    ],
    ['an employer', () => ({ roles: ['employer'], organisationId: crypto.randomUUID() }), false],
    ['monitoring', () => ({ roles: ['monitoring'] }), false],
  ])('answers %s accordingly', async (_who, personFor, allowed) => {
    const { corner } = await world();
    const person = await representation(corner.id, { consentedPurposes: ['CASE_MANAGEMENT', 'LABOUR_MATCHING', 'HOUSING_SUPPORT'] });
    const token = await identity.tokenFor(personFor(corner.id, person.id));
    const { body } = await subgraph.request(ELIGIBLE, { r: [person], first: 3 }, token);
    if (allowed) {
      expect(body.errors).toBeUndefined();
      expect(body.data._entities[0].eligibleServices.length).toBeGreaterThan(0);
    } else {
      expect(codeOf(body)).toBe('FORBIDDEN');
    }
  });

  it('grants nothing on a malformed representation, and refuses a page too large', async () => {
    const { corner } = await world();
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const malformed = await subgraph.request(ELIGIBLE, { r: [{ __typename: 'Beneficiary', id: 'x; DROP TABLE y' }] }, admin);
    expect(malformed.body.data._entities).toEqual([null]);
    const tooMany = await subgraph.request(ELIGIBLE, { r: [await representation(corner.id)], first: 101 }, admin);
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('costs the same statements for 2 people or 30, across provinces', async () => {
    const { corner } = await world();
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const statementsFor = async (count: number) => {
      const persons = await Promise.all(
        Array.from({ length: count }, (_, index) => representation(corner.id, { province: ['AO', 'TO', 'BA'][index % 3] })),
      );
      const before = sqlStatements.count;
      const { body } = await subgraph.request(ELIGIBLE, { r: persons, first: 100 }, admin);
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities).toHaveLength(count);
      return statements;
    };
    const small = await statementsFor(2);
    expect(small).toBe(await statementsFor(30));
    // Candidate services of every province at once, their providers, their programmes; then the audit of reads.
    expect(small).toBe(3 + AUDIT_APPEND_STATEMENTS);
  });
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
