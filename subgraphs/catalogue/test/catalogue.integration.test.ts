import { GATEWAY_SECRET_HEADER, ROLES, sqlStatements } from '@shubh/platform';
import { graphqlRequest, startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan, demoId } from '../../../demo/demo-plan.js';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { seedDemoData } from '../demo/seed.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createProgramme, uniqueProgrammeCode } from './programme-factory.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
/** The catalogue is not personal data: any signed-in caller reads it. These tests read as a tutor. */
let tutor: string;
const query = (text: string, variables: Record<string, unknown> = {}, token = tutor) => subgraph.request(text, variables, token);

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
  tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] });
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const ids = (edges: { node: { id: string } }[]) => edges.map((edge) => edge.node.id);
/** The ids of `mine` in the order they appear in `all`: other tests' rows may sit in between. */
const inOrderOf = (all: string[], mine: { id: string }[]) => all.filter((id) => mine.some((row) => row.id === id));

/** Every page of a connection, following endCursor. */
async function readAllPages(text: string, field: string, variables: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const { body } = await query(text, { ...variables, after });
    expect(body.errors).toBeUndefined();
    const connection = body.data[field];
    nodes.push(...connection.edges.map((edge: { node: unknown }) => edge.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const ORGANISATIONS = `query Page($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    edges { node { id name type provinces } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SERVICES = `query Page($filter: ServiceFilter, $first: Int, $after: String) {
  services(filter: $filter, first: $first, after: $after) {
    edges { node { id name area type provinces programme { code } provider { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('organisations', () => {
  it('returns an organisation with the corners it hosts, ordered by province and name', async () => {
    const patronato = await createOrganisation(subgraph.dataSource, { type: 'PATRONATO', provinces: ['TO', 'BA'] });
    const bari = await createIntegraCorner(subgraph.dataSource, {
      hostOrganisationId: patronato.id,
      province: 'BA',
      name: 'Corner Libertà',
    });
    const toB = await createIntegraCorner(subgraph.dataSource, { hostOrganisationId: patronato.id, province: 'TO', name: 'Corner B' });
    const toA = await createIntegraCorner(subgraph.dataSource, { hostOrganisationId: patronato.id, province: 'TO', name: 'Corner A' });

    const { body } = await query(
      `query($id: ID!) { organisation(id: $id) { id name type provinces createdAt integraCorners { id province } } }`,
      { id: patronato.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.organisation).toEqual({
      id: patronato.id,
      name: patronato.name,
      type: 'PATRONATO',
      provinces: ['TO', 'BA'],
      createdAt: patronato.createdAt.toISOString(),
      integraCorners: [
        { id: bari.id, province: 'BA' },
        { id: toA.id, province: 'TO' },
        { id: toB.id, province: 'TO' },
      ],
    });
  });

  it('pages through a type and province by name, without gaps or repeats', async () => {
    const names = ['Casa Zeta', 'Abitare Insieme', 'Nuovi Vicini', 'Dimora Amica', 'Tetto Comune'];
    const mine = [];
    for (const name of names)
      mine.push(await createOrganisation(subgraph.dataSource, { name, type: 'HOUSING_AGENCY', provinces: ['AO', 'TO'] }));
    // Same name and province, other type; same type, other province: both filtered out.
    const otherType = await createOrganisation(subgraph.dataSource, { name: 'Casa Zeta', type: 'NGO', provinces: ['AO'] });
    const otherProvince = await createOrganisation(subgraph.dataSource, { name: 'Casa Zeta', type: 'HOUSING_AGENCY', provinces: ['TO'] });

    const nodes = await readAllPages(ORGANISATIONS, 'organisations', { filter: { type: 'HOUSING_AGENCY', province: 'ao' }, first: 2 });
    for (const node of nodes) {
      expect(node.type).toBe('HOUSING_AGENCY');
      expect(node.provinces).toContain('AO');
    }
    const seen = nodes.map((node) => node.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(otherType.id);
    expect(seen).not.toContain(otherProvince.id);
    const expected = [...mine].sort((a, b) => a.name.localeCompare(b.name)).map((organisation) => organisation.id);
    expect(inOrderOf(seen, mine)).toEqual(expected);
  });

  it('resolves federation references in one batch, with their corners, and null for unknown ids', async () => {
    const statementsFor = async (count: number) => {
      const hosts = [];
      for (let i = 0; i < count; i += 1) {
        const host = await createOrganisation(subgraph.dataSource, { type: 'PATRONATO' });
        await createIntegraCorner(subgraph.dataSource, { hostOrganisationId: host.id });
        hosts.push(host);
      }
      const representations = [
        ...hosts.map((host) => ({ __typename: 'Organisation', id: host.id })),
        { __typename: 'Organisation', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Organisation', id: 'not-a-uuid' },
      ];
      const before = sqlStatements.count;
      const { body } = await query(
        `query($representations: [_Any!]!) {
          _entities(representations: $representations) { ... on Organisation { id integraCorners { name hostOrganisation { id } } } }
        }`,
        { representations },
      );
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.slice(-2)).toEqual([null, null]);
      expect(body.data._entities.slice(0, -2).map((entity: { id: string }) => entity.id)).toEqual(hosts.map((host) => host.id));
      for (const entity of body.data._entities.slice(0, -2)) {
        expect(entity.integraCorners).toEqual([{ name: expect.any(String), hostOrganisation: { id: entity.id } }]);
      }
      return statements;
    };
    expect(await statementsFor(2)).toBe(await statementsFor(12));
  });
});

describe('Integra Corners', () => {
  it('returns a corner with its host organisation', async () => {
    const host = await createOrganisation(subgraph.dataSource, { type: 'PATRONATO', name: 'Patronato INAS Torino Nord' });
    const corner = await createIntegraCorner(subgraph.dataSource, { hostOrganisationId: host.id, address: 'Via Cigna 2, 10152 Torino' });
    const { body } = await query(
      `query($id: ID!) { integraCorner(id: $id) { id name province address hostOrganisation { id name type } } }`,
      { id: corner.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.integraCorner).toEqual({
      id: corner.id,
      name: corner.name,
      province: 'TO',
      address: 'Via Cigna 2, 10152 Torino',
      hostOrganisation: { id: host.id, name: 'Patronato INAS Torino Nord', type: 'PATRONATO' },
    });
  });

  it('lists corners by province and name, all of them or those of one province', async () => {
    const mine = [
      await createIntegraCorner(subgraph.dataSource, { province: 'RM', name: 'Integra Corner Roma Tiburtino' }),
      await createIntegraCorner(subgraph.dataSource, { province: 'BA', name: 'Integra Corner Bari Carrassi' }),
      await createIntegraCorner(subgraph.dataSource, { province: 'RM', name: 'Integra Corner Roma Centocelle' }),
    ];
    const all = await query(`{ integraCorners { id province hostOrganisation { id } } }`);
    expect(all.body.errors).toBeUndefined();
    expect(inOrderOf(ids(all.body.data.integraCorners.map((node: { id: string }) => ({ node }))), mine)).toEqual([
      mine[1]!.id,
      mine[2]!.id,
      mine[0]!.id,
    ]);

    const rome = await query(`query($province: String) { integraCorners(province: $province) { id province } }`, { province: 'RM' });
    expect(rome.body.errors).toBeUndefined();
    const romeCorners: { id: string; province: string }[] = rome.body.data.integraCorners;
    expect(romeCorners.every((corner) => corner.province === 'RM')).toBe(true);
    expect(
      inOrderOf(
        romeCorners.map((corner) => corner.id),
        mine,
      ),
    ).toEqual([mine[2]!.id, mine[0]!.id]);
  });
});

describe('programmes', () => {
  it('lists programmes by code and finds one by its code, in any case', async () => {
    const prefix = uniqueProgrammeCode('P');
    const later = await createProgramme(subgraph.dataSource, { code: `${prefix}B`, endsOn: null });
    const earlier = await createProgramme(subgraph.dataSource, { code: `${prefix}A`, fundingSource: 'FSE+ Regione Piemonte' });

    const list = await query(`{ programmes { id code } }`);
    expect(list.body.errors).toBeUndefined();
    const listed: { id: string }[] = list.body.data.programmes;
    expect(
      inOrderOf(
        listed.map((programme) => programme.id),
        [later, earlier],
      ),
    ).toEqual([earlier.id, later.id]);

    const one = await query(
      `query($code: String!) { programme(code: $code) { id code name fundingSource managingAuthority startsOn endsOn } }`,
      { code: earlier.code.toLowerCase() },
    );
    expect(one.body.errors).toBeUndefined();
    expect(one.body.data.programme).toEqual({
      id: earlier.id,
      code: earlier.code,
      name: earlier.name,
      fundingSource: 'FSE+ Regione Piemonte',
      managingAuthority: earlier.managingAuthority,
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
    });
  });
});

describe('services', () => {
  it('returns a service with its programme and provider', async () => {
    const programme = await createProgramme(subgraph.dataSource);
    const provider = await createOrganisation(subgraph.dataSource, { type: 'SCHOOL', name: 'CPIA 2 Torino' });
    const service = await createService(subgraph.dataSource, {
      programmeId: programme.id,
      providerId: provider.id,
      name: 'Italiano L2 per il lavoro',
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
      languages: ['it'],
      capacity: null,
    });
    const { body } = await query(
      `query($id: ID!) { service(id: $id) {
        id name description area type provinces languages capacity programme { id code } provider { id name }
      } }`,
      { id: service.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.service).toEqual({
      id: service.id,
      name: 'Italiano L2 per il lavoro',
      description: service.description,
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
      provinces: ['TO'],
      languages: ['it'],
      capacity: null,
      programme: { id: programme.id, code: programme.code },
      provider: { id: provider.id, name: 'CPIA 2 Torino' },
    });
  });

  it('filters by programme, area, type and province', async () => {
    const programme = await createProgramme(subgraph.dataSource);
    const onProgramme = { programmeId: programme.id };
    const labTo = await createService(subgraph.dataSource, { ...onProgramme, provinces: ['TO', 'BA'] });
    const labRm = await createService(subgraph.dataSource, { ...onProgramme, provinces: ['RM'] });
    const housing = await createService(subgraph.dataSource, {
      ...onProgramme,
      area: 'HOUSING',
      type: 'RENT_GUARANTEE',
      provinces: ['BA'],
    });
    await createService(subgraph.dataSource, { area: 'HOUSING', type: 'RENT_GUARANTEE', provinces: ['BA'] }); // other programme

    const idsFor = async (filter: Record<string, unknown>) => {
      const { body } = await query(SERVICES, { filter: { programmeCode: programme.code, ...filter }, first: 100 });
      expect(body.errors).toBeUndefined();
      return new Set(ids(body.data.services.edges));
    };
    expect(await idsFor({})).toEqual(new Set([labTo.id, labRm.id, housing.id]));
    expect(await idsFor({ area: 'WORK' })).toEqual(new Set([labTo.id, labRm.id]));
    expect(await idsFor({ type: 'RENT_GUARANTEE' })).toEqual(new Set([housing.id]));
    expect(await idsFor({ province: 'BA' })).toEqual(new Set([labTo.id, housing.id]));
    expect(await idsFor({ area: 'WORK', province: 'BA' })).toEqual(new Set([labTo.id]));
    expect(await idsFor({ programmeCode: uniqueProgrammeCode('NONE') })).toEqual(new Set());
  });

  it('pages through a programme by name with cursors, without gaps or repeats', async () => {
    const programme = await createProgramme(subgraph.dataSource);
    const names = ['Tirocini in magazzino', 'Coaching', 'Laboratorio soft skills', 'Bilancio di competenze', 'Orientamento'];
    for (const name of names) await createService(subgraph.dataSource, { programmeId: programme.id, name });
    let pages = 0;
    const nodes: { name: string; programme: { code: string } }[] = [];
    let after: string | null = null;
    do {
      const { body } = await query(SERVICES, { filter: { programmeCode: programme.code }, first: 2, after });
      expect(body.errors).toBeUndefined();
      nodes.push(...body.data.services.edges.map((edge: { node: never }) => edge.node));
      after = body.data.services.pageInfo.hasNextPage ? body.data.services.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(nodes.map((node) => node.name)).toEqual([...names].sort());
    expect(nodes.every((node) => node.programme.code === programme.code)).toBe(true);
    expect(pages).toBe(3);
  });

  it('reads a page with each programme and provider in the same number of SQL statements whatever its size', async () => {
    const programme = await createProgramme(subgraph.dataSource);
    // Every service has its own provider: a per-row query would show at once.
    for (let i = 0; i < 25; i += 1) await createService(subgraph.dataSource, { programmeId: programme.id });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await query(SERVICES, { filter: { programmeCode: programme.code }, first });
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data.services.edges).toHaveLength(first);
      const providers = new Set(body.data.services.edges.map((edge: { node: { provider: { name: string } } }) => edge.node.provider.name));
      expect(providers.size).toBe(first);
      return statements;
    };
    // The page, then one batch of programmes and one of providers.
    expect(await statementsFor(3)).toBe(3);
    expect(await statementsFor(25)).toBe(3);
  });

  it('resolves federation references of every type, and null for unknown or malformed ids', async () => {
    const service = await createService(subgraph.dataSource);
    const corner = await createIntegraCorner(subgraph.dataSource);
    const representations = [
      { __typename: 'Service', id: service.id },
      { __typename: 'Programme', id: service.programmeId },
      { __typename: 'IntegraCorner', id: corner.id },
      { __typename: 'Service', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Programme', id: 'PRIMA' },
      { __typename: 'IntegraCorner', id: '00000000-0000-4000-8000-000000000000' },
    ];
    const { body } = await query(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on Service { id provider { id } } ... on Programme { id } ... on IntegraCorner { id province }
      } }`,
      { representations },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { id: service.id, provider: { id: service.providerId } },
      { id: service.programmeId },
      { id: corner.id, province: 'TO' },
      null,
      null,
      null,
    ]);
  });
});

describe('who reads the catalogue', () => {
  it.each(ROLES.map((role) => [role]))('gives %s the network, the programmes and the services', async (role) => {
    const service = await createService(subgraph.dataSource);
    const corner = await createIntegraCorner(subgraph.dataSource);
    const token = await identity.tokenFor({ roles: [role], organisationId: crypto.randomUUID() });
    const { body } = await query(
      `query($service: ID!, $corner: ID!, $provider: ID!) {
        service(id: $service) { id programme { id } provider { id } }
        integraCorner(id: $corner) { id hostOrganisation { id } }
        organisation(id: $provider) { id }
        programmes { id }
      }`,
      { service: service.id, corner: corner.id, provider: service.providerId },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.service).toEqual({ id: service.id, programme: { id: service.programmeId }, provider: { id: service.providerId } });
    expect(body.data.integraCorner).toEqual({ id: corner.id, hostOrganisation: { id: corner.hostOrganisationId } });
    expect(body.data.organisation).toEqual({ id: service.providerId });
    expect(body.data.programmes).toEqual(expect.arrayContaining([{ id: service.programmeId }]));
  });

  it('refuses a request without a token, even from the gateway, before reading anything', async () => {
    const headers = { [GATEWAY_SECRET_HEADER]: subgraph.gatewaySecret };
    const { body } = await graphqlRequest(subgraph.service.graphqlUrl, '{ programmes { id } }', {}, headers);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });
});

describe('errors', () => {
  const UNKNOWN = '00000000-0000-4000-8000-000000000000';
  it.each([
    ['an unknown organisation', `{ organisation(id: "${UNKNOWN}") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed organisation id', `{ organisation(id: "42; DROP TABLE x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown corner', `{ integraCorner(id: "${UNKNOWN}") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['an unknown service', `{ service(id: "${UNKNOWN}") { id } }`, {}, 'NOT_FOUND', 'id'],
    ['a malformed service id', `{ service(id: "x") { id } }`, {}, 'BAD_USER_INPUT', 'id'],
    ['an unknown programme code', `{ programme(code: "NO_SUCH_PROGRAMME") { id } }`, {}, 'NOT_FOUND', 'code'],
    ['a malformed programme code', `{ programme(code: "PRIMA'; --") { id } }`, {}, 'BAD_USER_INPUT', 'code'],
    ['an unknown corner province', `{ integraCorners(province: "XX") { id } }`, {}, 'BAD_USER_INPUT', 'province'],
    ['an unknown organisation province', ORGANISATIONS, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['an unknown service province', SERVICES, { filter: { province: 'XX' } }, 'BAD_USER_INPUT', 'filter.province'],
    ['a malformed programme filter', SERVICES, { filter: { programmeCode: '' } }, 'BAD_USER_INPUT', 'filter.programmeCode'],
    ['a page too large', SERVICES, { first: 1000 }, 'BAD_USER_INPUT', 'first'],
    ['a forged cursor', ORGANISATIONS, { after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', 'after'],
  ])('answers %s with a clear error naming the field', async (_case, text, variables, code, field) => {
    const { body } = await query(text, variables);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]!.extensions).toEqual({ code, field });
    expect(body.errors![0]!.message).not.toMatch(/SELECT .* FROM|\bstack\b|\.ts:\d+/);
  });

  it('rejects an out-of-range enum before running anything', async () => {
    const { body } = await query(SERVICES, { filter: { type: 'MASSAGE' } });
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('ServiceType');
  });
});

describe('demo data', () => {
  it('seeds the plan network, the programmes and their services, and can run twice', async () => {
    // The demo plan's ids are fixed: every test that seeds it uses the same day, so whichever runs first writes the same rows.
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);

    const [corner] = plan.corners;
    const { body } = await query(`query($id: ID!) { integraCorner(id: $id) { name hostOrganisation { id integraCorners { id } } } }`, {
      id: corner!.id,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.integraCorner.hostOrganisation).toEqual({ id: corner!.hostOrganisationId, integraCorners: [{ id: corner!.id }] });

    const programmes = await query(`{ programmes { code } }`);
    const codes = programmes.body.data.programmes.map((programme: { code: string }) => programme.code);
    expect(codes).toEqual(expect.arrayContaining(['IMPACT', 'PRIMA', 'PUOI', 'PIANI_LINGUA', 'POR_FSE_9_4', 'FAMI_SHUBH']));

    const planOrganisations = new Map(plan.organisations.map((organisation) => [organisation.name, organisation]));
    let services = 0;
    for (const province of ['TO', 'BA', 'RM']) {
      const nodes = await readAllPages(
        `query Page($filter: ServiceFilter, $after: String) { services(filter: $filter, first: 100, after: $after) {
          edges { node { id provinces provider { name provinces } } } pageInfo { hasNextPage endCursor }
        } }`,
        'services',
        { filter: { province } },
      );
      const demoNodes = nodes.filter((node) => planOrganisations.has(node.provider.name));
      expect(demoNodes.length).toBeGreaterThanOrEqual(5);
      // A provider offers services only where it works.
      for (const node of demoNodes) expect(node.provider.provinces).toEqual(expect.arrayContaining(node.provinces));
      services += demoNodes.length;
    }
    expect(services).toBeGreaterThanOrEqual(20);

    // A Torino person's PAI housing action overlaps with the housing orientation of their SAI project, before SHUBH.
    const person = plan.beneficiaries.find((candidate) => candidate.province === 'TO' && candidate.caseStatus === 'IN_PROGRESS')!;
    const housing = demoId('service', 'Orientamento all’intermediazione abitativa');
    const admin = await identity.tokenFor({ roles: ['network-admin'] });
    const check = await query(
      `query($b: ID!, $s: ID!) { overlapCheck(beneficiaryId: $b, serviceId: $s) { message overlappingExternal { programme } } }`,
      { b: person.id, s: housing },
      admin,
    );
    expect(check.body.data.overlapCheck).toEqual({
      message: expect.stringMatching(/^Already received HOUSING_INTERMEDIATION from SAI at .* \(before SHUBH\), completed /),
      overlappingExternal: [{ programme: 'SAI' }],
    });
  });
});
