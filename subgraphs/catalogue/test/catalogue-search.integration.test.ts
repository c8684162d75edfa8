import { sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { ServiceEntity } from '../src/service/service.entity.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createOrganisation } from './organisation-factory.js';
import { createProgramme } from './programme-factory.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let admin: string;
let tutor: string;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
  admin = await identity.tokenFor({ roles: ['network-admin'] });
  tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
const fieldOf = (body: any): unknown => body.errors?.[0]?.extensions?.field;

const SERVICE_FIELDS = `id name description publicationStatus publishedAt version capacity remainingPlaces
  provinces languages provider { id } programme { id }
  schedule { description startsOn endsOn }
  eligibility { protectionStatuses maxMonthsSinceReceptionExit minAge maxAge minItalianLevel }`;

const CREATE = `mutation($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateServiceInput!, $v: Int!) { updateService(id: $id, input: $input, expectedVersion: $v) { ${SERVICE_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishService(id: $id) { id publicationStatus publishedAt version } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawService(id: $id) { id publicationStatus version } }`;
const ONE = `query($id: ID!) { service(id: $id) { id publicationStatus } }`;
const SEARCH = `query($filter: ServiceFilter, $first: Int, $after: String) {
  services(filter: $filter, first: $first, after: $after) { edges { node { id name } } pageInfo { hasNextPage endCursor } }
}`;

/** A partner organisation with an operator, and a programme to file its services under. */
async function partner(provinces = ['TO', 'AT']) {
  const organisation = await createOrganisation(subgraph.dataSource, { type: 'TRAINING_PROVIDER', provinces });
  const programme = await createProgramme(subgraph.dataSource);
  const token = await identity.tokenFor({ roles: ['partner-operator'], organisationId: organisation.id });
  return { organisation, programme, token };
}

const draftInput = (programmeId: string, overrides: Record<string, unknown> = {}) => ({
  name: 'Corso di sicurezza sul lavoro',
  description: 'Formazione generale e specifica sulla sicurezza, rischio medio, con attestato.',
  programmeId,
  area: 'WORK',
  type: 'SOFT_SKILLS_LAB',
  provinces: ['to'],
  languages: ['IT', 'en', 'it'],
  capacity: 15,
  schedule: { description: 'Sabato 9:00-13:00', startsOn: '2026-04-04', endsOn: '2026-05-30' },
  eligibility: { protectionStatuses: ['REFUGEE'], maxMonthsSinceReceptionExit: 18, minAge: 18, maxAge: 45, minItalianLevel: 'A2' },
  ...overrides,
});

async function auditedChanges(serviceId: string): Promise<string[]> {
  const rows: { operation: string }[] = await subgraph.dataSource.query(
    `SELECT operation FROM audit.entry WHERE subgraph = 'catalogue' AND details->>'serviceId' = $1 ORDER BY id`,
    [serviceId],
  );
  return rows.map((row) => row.operation);
}

describe("a partner operator manages their own organisation's services", () => {
  it('creates a draft, changes it, publishes and withdraws it, each change audited', async () => {
    const { organisation, programme, token } = await partner();
    const created = await subgraph.request(CREATE, { input: draftInput(programme.id) }, token);
    expect(created.body.errors).toBeUndefined();
    const draft = created.body.data.createService;
    expect(draft).toEqual({
      id: expect.any(String),
      name: 'Corso di sicurezza sul lavoro',
      description: 'Formazione generale e specifica sulla sicurezza, rischio medio, con attestato.',
      publicationStatus: 'DRAFT',
      publishedAt: null,
      version: 1,
      capacity: 15,
      remainingPlaces: 15,
      provinces: ['TO'],
      languages: ['it', 'en'],
      provider: { id: organisation.id },
      programme: { id: programme.id },
      schedule: { description: 'Sabato 9:00-13:00', startsOn: '2026-04-04', endsOn: '2026-05-30' },
      eligibility: { protectionStatuses: ['REFUGEE'], maxMonthsSinceReceptionExit: 18, minAge: 18, maxAge: 45, minItalianLevel: 'A2' },
    });

    const updated = await subgraph.request(
      UPDATE,
      {
        id: draft.id,
        v: 1,
        input: { name: 'Corso sicurezza (rischio medio)', capacity: null, schedule: null, eligibility: { minItalianLevel: 'A1' } },
      },
      token,
    );
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateService).toMatchObject({
      name: 'Corso sicurezza (rischio medio)',
      description: draft.description,
      version: 2,
      capacity: null,
      remainingPlaces: null,
      schedule: null,
      eligibility: { protectionStatuses: [], maxMonthsSinceReceptionExit: null, minAge: null, maxAge: null, minItalianLevel: 'A1' },
    });

    const published = await subgraph.request(PUBLISH, { id: draft.id }, token);
    expect(published.body.errors).toBeUndefined();
    expect(published.body.data.publishService).toEqual({
      id: draft.id,
      publicationStatus: 'PUBLISHED',
      publishedAt: expect.any(String),
      version: 3,
    });
    const again = await subgraph.request(PUBLISH, { id: draft.id }, token);
    expect(codeOf(again.body)).toBe('CONFLICT');

    const withdrawn = await subgraph.request(WITHDRAW, { id: draft.id }, token);
    expect(withdrawn.body.data.withdrawService).toEqual({ id: draft.id, publicationStatus: 'WITHDRAWN', version: 4 });
    expect(codeOf((await subgraph.request(WITHDRAW, { id: draft.id }, token)).body)).toBe('CONFLICT');

    expect(await auditedChanges(draft.id)).toEqual(['createService', 'updateService', 'publishService', 'withdrawService']);
  });

  it("refuses another organisation's service (FORBIDDEN) and changes nothing", async () => {
    const mine = await partner();
    const theirs = await partner();
    const service = await createService(subgraph.dataSource, { providerId: theirs.organisation.id });
    for (const [text, variables] of [
      [UPDATE, { id: service.id, v: service.version, input: { name: 'Preso in prestito' } }],
      [PUBLISH, { id: service.id }],
      [WITHDRAW, { id: service.id }],
    ] as const) {
      const { body } = await subgraph.request(text, variables, mine.token);
      expect(codeOf(body)).toBe('FORBIDDEN');
    }
    const unchanged = await subgraph.dataSource.getRepository(ServiceEntity).findOneByOrFail({ id: service.id });
    expect(unchanged).toMatchObject({ name: service.name, version: 1, publicationStatus: 'PUBLISHED' });

    const naming = await subgraph.request(
      CREATE,
      { input: { ...draftInput(mine.programme.id), providerId: theirs.organisation.id } },
      mine.token,
    );
    expect(codeOf(naming.body)).toBe('FORBIDDEN');
  });

  it.each([
    ['tutor', { roles: ['tutor'] as const }],
    ['corner coordinator', { roles: ['corner-coordinator'] as const }],
    ['employer of the provider', { roles: ['employer'] as const }],
    ['monitoring', { roles: ['monitoring'] as const }],
  ])('refuses a %s (FORBIDDEN)', async (_who, person) => {
    const { organisation, programme } = await partner();
    const service = await createService(subgraph.dataSource, { providerId: organisation.id });
    const token = await identity.tokenFor({ roles: [...person.roles], organisationId: organisation.id, cornerIds: [crypto.randomUUID()] });
    expect(codeOf((await subgraph.request(CREATE, { input: draftInput(programme.id) }, token)).body)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.request(WITHDRAW, { id: service.id }, token)).body)).toBe('FORBIDDEN');
  });

  it('lets an administrator create for a named provider, and requires one', async () => {
    const { organisation, programme } = await partner();
    const missing = await subgraph.request(CREATE, { input: draftInput(programme.id) }, admin);
    expect([codeOf(missing.body), fieldOf(missing.body)]).toEqual(['BAD_USER_INPUT', 'input.providerId']);
    const created = await subgraph.request(CREATE, { input: { ...draftInput(programme.id), providerId: organisation.id } }, admin);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createService.provider).toEqual({ id: organisation.id });
  });

  it('answers a stale expectedVersion with CONFLICT and keeps the newer change', async () => {
    const { organisation, token } = await partner();
    const service = await createService(subgraph.dataSource, { providerId: organisation.id });
    const first = await subgraph.request(
      UPDATE,
      { id: service.id, v: 1, input: { description: 'Prima modifica della descrizione.' } },
      token,
    );
    expect(first.body.errors).toBeUndefined();
    const stale = await subgraph.request(
      UPDATE,
      { id: service.id, v: 1, input: { description: 'Modifica basata su una lettura vecchia.' } },
      token,
    );
    expect([codeOf(stale.body), fieldOf(stale.body)]).toEqual(['CONFLICT', 'expectedVersion']);
    const stored = await subgraph.dataSource.getRepository(ServiceEntity).findOneByOrFail({ id: service.id });
    expect(stored).toMatchObject({ description: 'Prima modifica della descrizione.', version: 2 });
    expect(await auditedChanges(service.id)).toEqual(['updateService']);
  });

  it.each([
    ['a blank name', CREATE, (p: string) => ({ input: draftInput(p, { name: '  ' }) }), 'BAD_USER_INPUT', 'input.name'],
    [
      'a province the provider does not work in',
      CREATE,
      (p: string) => ({ input: draftInput(p, { provinces: ['BA'] }) }),
      'BAD_USER_INPUT',
      'input.provinces',
    ],
    [
      'an unknown province',
      CREATE,
      (p: string) => ({ input: draftInput(p, { provinces: ['TO', 'XX'] }) }),
      'BAD_USER_INPUT',
      'input.provinces[1]',
    ],
    [
      'a malformed language',
      CREATE,
      (p: string) => ({ input: draftInput(p, { languages: ['ita'] }) }),
      'BAD_USER_INPUT',
      'input.languages[0]',
    ],
    ['a zero capacity', CREATE, (p: string) => ({ input: draftInput(p, { capacity: 0 }) }), 'BAD_USER_INPUT', 'input.capacity'],
    [
      'an edition ending before it starts',
      CREATE,
      (p: string) => ({ input: draftInput(p, { schedule: { startsOn: '2026-05-01', endsOn: '2026-04-01' } }) }),
      'BAD_USER_INPUT',
      'input.schedule.endsOn',
    ],
    [
      'an age range upside down',
      CREATE,
      (p: string) => ({ input: draftInput(p, { eligibility: { minAge: 40, maxAge: 30 } }) }),
      'BAD_USER_INPUT',
      'input.eligibility.maxAge',
    ],
    [
      'an unknown programme',
      CREATE,
      () => ({ input: draftInput('00000000-0000-4000-8000-000000000000') }),
      'NOT_FOUND',
      'input.programmeId',
    ],
  ])('refuses %s, naming the field, and writes nothing', async (_case, text, variables, code, field) => {
    const { organisation, programme, token } = await partner();
    const { body } = await subgraph.request(text, variables(programme.id), token);
    expect(body.errors?.[0]?.extensions).toEqual({ code, field });
    expect(await subgraph.dataSource.getRepository(ServiceEntity).countBy({ providerId: organisation.id })).toBe(0);
  });

  it('refuses a capacity below the places already taken; the database refuses more places than capacity', async () => {
    const { organisation, token } = await partner();
    const service = await createService(subgraph.dataSource, { providerId: organisation.id, capacity: 5, placesTaken: 4 });
    const { body } = await subgraph.request(UPDATE, { id: service.id, v: 1, input: { capacity: 3 } }, token);
    expect([codeOf(body), fieldOf(body)]).toEqual(['BAD_USER_INPUT', 'input.capacity']);
    const read = await subgraph.request(`query($id: ID!) { service(id: $id) { capacity remainingPlaces } }`, { id: service.id }, tutor);
    expect(read.body.data.service).toEqual({ capacity: 5, remainingPlaces: 1 });
    await expect(
      subgraph.dataSource.query('UPDATE catalogue.service SET places_taken = places_taken + 2 WHERE id = $1', [service.id]),
    ).rejects.toThrow(/service_places_taken_within_capacity/);
  });
});

describe("drafts are their provider's business", () => {
  it("hides a draft from everyone but its provider's operators and administrators, in lists, reads and references", async () => {
    const { organisation, token } = await partner();
    const other = await partner();
    const draft = await createService(subgraph.dataSource, {
      providerId: organisation.id,
      publicationStatus: 'DRAFT',
      name: 'Bozza riservata',
    });
    const published = await createService(subgraph.dataSource, { providerId: organisation.id, name: 'Bozza riservata, pubblicata' });
    const filter = { text: 'Bozza riservata', province: 'TO' };
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Service { id } } }`;
    const representations = [{ __typename: 'Service', id: draft.id }];

    for (const reader of [tutor, other.token]) {
      const list = await subgraph.request(SEARCH, { filter, first: 100 }, reader);
      const ids = list.body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(ids).toContain(published.id);
      expect(ids).not.toContain(draft.id);
      expect(codeOf((await subgraph.request(ONE, { id: draft.id }, reader)).body)).toBe('NOT_FOUND');
      expect((await subgraph.request(entities, { r: representations }, reader)).body.data._entities).toEqual([null]);
      expect(codeOf((await subgraph.request(PUBLISH, { id: draft.id }, reader)).body)).toMatch(/NOT_FOUND|FORBIDDEN/);
    }

    const own = await subgraph.request(SEARCH, { filter, first: 100 }, token);
    expect(own.body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(
      expect.arrayContaining([draft.id, published.id]),
    );
    expect((await subgraph.request(ONE, { id: draft.id }, token)).body.data.service).toEqual({ id: draft.id, publicationStatus: 'DRAFT' });

    // An administrator reads any draft, and lists drafts when asking for them.
    expect((await subgraph.request(ONE, { id: draft.id }, admin)).body.data.service.publicationStatus).toBe('DRAFT');
    const defaultList = await subgraph.request(SEARCH, { filter, first: 100 }, admin);
    expect(defaultList.body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(draft.id);
    const drafts = await subgraph.request(SEARCH, { filter: { ...filter, publicationStatus: 'DRAFT' }, first: 100 }, admin);
    expect(drafts.body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([draft.id]);
    // Asking for drafts does not widen what a tutor sees.
    const asked = await subgraph.request(SEARCH, { filter: { ...filter, publicationStatus: 'DRAFT' }, first: 100 }, tutor);
    expect(asked.body.data.services.edges).toEqual([]);
  });

  it('keeps a withdrawn service readable by id but out of the default search', async () => {
    const service = await createService(subgraph.dataSource, { publicationStatus: 'WITHDRAWN', name: 'Servizio ritirato di prova' });
    expect((await subgraph.request(ONE, { id: service.id }, tutor)).body.data.service).toEqual({
      id: service.id,
      publicationStatus: 'WITHDRAWN',
    });
    const list = await subgraph.request(SEARCH, { filter: { text: 'Servizio ritirato di prova' }, first: 100 }, tutor);
    expect(list.body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id)).not.toContain(service.id);
  });
});

describe('search', () => {
  it('finds services by every word of a free text, in name or description, case-insensitively, and by language', async () => {
    const token = crypto.randomUUID().slice(0, 8);
    const byName = await createService(subgraph.dataSource, { name: `Cucina professionale ${token}`, languages: ['it', 'fr'] });
    const byDescription = await createService(subgraph.dataSource, {
      name: `Laboratorio ${token}`,
      description: 'Tecniche di CUCINA per mense e ristoranti.',
      languages: ['it', 'ar'],
    });
    const oneWordOnly = await createService(subgraph.dataSource, { name: `Magazzino ${token}`, description: 'Logistica.' });
    const literal = await createService(subgraph.dataSource, { name: `Sconto 100% ${token}` });

    const search = async (filter: Record<string, unknown>) => {
      const { body } = await subgraph.request(SEARCH, { filter, first: 100 }, tutor);
      expect(body.errors).toBeUndefined();
      return body.data.services.edges.map((edge: { node: { id: string } }) => edge.node.id);
    };
    expect(await search({ text: `cucina ${token}` })).toEqual([byName.id, byDescription.id]);
    expect(await search({ text: `cucina ${token}`, language: 'FR' })).toEqual([byName.id]);
    expect(await search({ text: token, language: 'ar' })).toEqual([byDescription.id]);
    expect(await search({ text: `${token} magazzino` })).toEqual([oneWordOnly.id]);
    // LIKE's wildcards are taken literally.
    expect(await search({ text: `100% ${token}` })).toEqual([literal.id]);
    expect(await search({ text: `1_0 ${token}` })).toEqual([]);
  });

  it.each([
    ['a one-letter text', { text: 'a' }, 'filter.text'],
    ['a malformed language', { language: 'italian' }, 'filter.language'],
  ])('refuses %s, naming the field', async (_case, filter, field) => {
    const { body } = await subgraph.request(SEARCH, { filter }, tutor);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('pages by name without gaps or repeats, in the same number of statements for 2 or 40 rows', async () => {
    const statementsFor = async (count: number) => {
      const token = crypto.randomUUID().slice(0, 8);
      const programme = await createProgramme(subgraph.dataSource);
      const provider = await createOrganisation(subgraph.dataSource);
      for (let i = 0; i < count; i += 1) {
        await createService(subgraph.dataSource, {
          name: `Ricerca ${token} ${String(i).padStart(2, '0')}`,
          programmeId: programme.id,
          providerId: provider.id,
        });
      }
      const text = `query($filter: ServiceFilter) { services(filter: $filter, first: 100) {
        edges { node { id remainingPlaces schedule { description } eligibility { minAge } programme { code } provider { name } } }
      } }`;
      const before = sqlStatements.count;
      const { body } = await subgraph.request(text, { filter: { text: token, programmeCode: programme.code } }, tutor);
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data.services.edges).toHaveLength(count);
      return statements;
    };
    const small = await statementsFor(2);
    expect(small).toBe(await statementsFor(40));
    // The page (programme filter as a subquery), then programmes and providers through the DataLoaders.
    expect(small).toBe(3);

    const token = crypto.randomUUID().slice(0, 8);
    const names = ['Delta', 'Alfa', 'Eco', 'Bravo', 'Charlie'].map((name) => `${name} ${token}`);
    for (const name of names) await createService(subgraph.dataSource, { name });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { body }: { body: any } = await subgraph.request(SEARCH, { filter: { text: token }, first: 2, after }, tutor);
      seen.push(...body.data.services.edges.map((edge: { node: { name: string } }) => edge.node.name));
      after = body.data.services.pageInfo.hasNextPage ? body.data.services.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...names].sort());
  });
});
