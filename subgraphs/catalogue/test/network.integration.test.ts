import { sqlStatements, type Role } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { buildDemoPlan } from '../../../demo/demo-plan.js';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { CapacityBuildingEventEntity } from '../src/capacity-building/capacity-building-event.entity.js';
import { seedDemoData } from '../demo/seed.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
  admin = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;

const RECORD = `mutation($input: RecordCapacityBuildingEventInput!) {
  recordCapacityBuildingEvent(input: $input) { id topic heldOn province attendeeCount recordedAt organisations { id name } }
}`;
const EVENTS = `query($filter: CapacityBuildingEventFilter, $first: Int, $after: String) {
  capacityBuildingEvents(filter: $filter, first: $first, after: $after) {
    edges { node { id heldOn province organisations { id } } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('organisations in the network', () => {
  it('shows the network agreement and the contact points, or none', async () => {
    const signed = await createOrganisation(subgraph.dataSource, {
      agreementSignedOn: '2025-02-01',
      agreementScope: 'Tirocini e partecipazione al tavolo provinciale.',
      agreementValidUntil: null,
      contactPoints: [
        { name: 'Giulia Ferrero', role: 'Referente tirocini', email: 'tirocini@example.org', phone: '+39 011 555 0101' },
        { name: 'Segreteria', role: 'Iscrizioni', email: null, phone: null },
      ],
    });
    const unsigned = await createOrganisation(subgraph.dataSource);
    const { body } = await subgraph.request(
      `query($a: ID!, $b: ID!) {
        a: organisation(id: $a) { networkAgreement { signedOn scope validUntil } contactPoints { name role email phone } }
        b: organisation(id: $b) { networkAgreement { signedOn } contactPoints { name } }
      }`,
      { a: signed.id, b: unsigned.id },
      admin,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      a: {
        networkAgreement: { signedOn: '2025-02-01', scope: 'Tirocini e partecipazione al tavolo provinciale.', validUntil: null },
        contactPoints: [
          { name: 'Giulia Ferrero', role: 'Referente tirocini', email: 'tirocini@example.org', phone: '+39 011 555 0101' },
          { name: 'Segreteria', role: 'Iscrizioni', email: null, phone: null },
        ],
      },
      b: { networkAgreement: null, contactPoints: [] },
    });
  });

  it('refuses half an agreement or one that ends before it is signed (database constraints)', async () => {
    await expect(createOrganisation(subgraph.dataSource, { agreementSignedOn: '2025-02-01' })).rejects.toThrow(
      /organisation_agreement_whole/,
    );
    await expect(
      createOrganisation(subgraph.dataSource, { agreementSignedOn: '2025-02-01', agreementScope: 'x', agreementValidUntil: '2025-01-01' }),
    ).rejects.toThrow(/organisation_agreement_whole/);
  });
});

describe('Integra Corners', () => {
  it('shows opening hours Monday first and the team by role and name', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource, {
      openingHours: [
        { day: 'SATURDAY', opens: '09:30', closes: '12:30' },
        { day: 'MONDAY', opens: '14:00', closes: '17:00' },
        { day: 'MONDAY', opens: '09:00', closes: '13:00' },
      ],
      team: [
        { name: 'Youssef', role: 'MEDIATOR' },
        { name: 'Sara', role: 'TUTOR' },
        { name: 'Chiara', role: 'COORDINATOR' },
        { name: 'Davide', role: 'TUTOR' },
      ],
    });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const { body } = await subgraph.request(
      `query($id: ID!) { integraCorner(id: $id) { openingHours { day opens closes } team { name role } } }`,
      { id: corner.id },
      tutor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.integraCorner).toEqual({
      openingHours: [
        { day: 'MONDAY', opens: '09:00', closes: '13:00' },
        { day: 'MONDAY', opens: '14:00', closes: '17:00' },
        { day: 'SATURDAY', opens: '09:30', closes: '12:30' },
      ],
      team: [
        { name: 'Davide', role: 'TUTOR' },
        { name: 'Sara', role: 'TUTOR' },
        { name: 'Chiara', role: 'COORDINATOR' },
        { name: 'Youssef', role: 'MEDIATOR' },
      ],
    });
  });
});

describe('capacity-building events', () => {
  it('records an event for an administrator, with its organisations by name, audited', async () => {
    const zeta = await createOrganisation(subgraph.dataSource, { name: 'Zeta Formazione' });
    const alfa = await createOrganisation(subgraph.dataSource, { name: 'Alfa Lavoro' });
    const { body } = await subgraph.request(
      RECORD,
      {
        input: {
          topic: '  Tirocini: nuove linee guida  ',
          heldOn: '2026-01-20',
          province: 'to',
          organisationIds: [zeta.id, alfa.id, zeta.id],
          attendeeCount: 18,
        },
      },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const event = body.data.recordCapacityBuildingEvent;
    expect(event).toEqual({
      id: expect.any(String),
      topic: 'Tirocini: nuove linee guida',
      heldOn: '2026-01-20',
      province: 'TO',
      attendeeCount: 18,
      recordedAt: expect.any(String),
      organisations: [
        { id: alfa.id, name: 'Alfa Lavoro' },
        { id: zeta.id, name: 'Zeta Formazione' },
      ],
    });
    const audit = await subgraph.dataSource.query(`SELECT operation, beneficiary_id FROM audit.entry WHERE details->>'eventId' = $1`, [
      event.id,
    ]);
    expect(audit).toEqual([{ operation: 'recordCapacityBuildingEvent', beneficiary_id: null }]);
  });

  it("lets a coordinator record events of their corners' province only", async () => {
    const corner = await createIntegraCorner(subgraph.dataSource, { province: 'BA' });
    const attending = await createOrganisation(subgraph.dataSource, { provinces: ['BA'] });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const input = {
      topic: 'Permessi di soggiorno',
      heldOn: '2026-01-10',
      province: 'BA',
      organisationIds: [attending.id],
      attendeeCount: 9,
    };
    const own = await subgraph.request(RECORD, { input }, coordinator);
    expect(own.body.errors).toBeUndefined();
    const elsewhere = await subgraph.request(RECORD, { input: { ...input, province: 'RM' } }, coordinator);
    expect(codeOf(elsewhere.body)).toBe('FORBIDDEN');
  });

  it.each<[string, Role[]]>([
    ['tutor', ['tutor']],
    ['partner operator', ['partner-operator']],
    ['monitoring', ['monitoring']],
    ['beneficiary', ['beneficiary']],
  ])('refuses a %s (FORBIDDEN) and records nothing', async (_who, roles) => {
    const attending = await createOrganisation(subgraph.dataSource);
    const token = await identity.tokenFor({ roles, organisationId: attending.id, cornerIds: [crypto.randomUUID()] });
    const input = {
      topic: `Evento ${crypto.randomUUID()}`,
      heldOn: '2026-01-10',
      province: 'TO',
      organisationIds: [attending.id],
      attendeeCount: 9,
    };
    const { body } = await subgraph.request(RECORD, { input }, token);
    expect(codeOf(body)).toBe('FORBIDDEN');
    expect(await subgraph.dataSource.getRepository(CapacityBuildingEventEntity).countBy({ topic: input.topic })).toBe(0);
  });

  it.each([
    ['a blank topic', { topic: ' ' }, 'BAD_USER_INPUT', 'input.topic'],
    ['a day still to come', { heldOn: '2999-01-01' }, 'BAD_USER_INPUT', 'input.heldOn'],
    ['an unknown province', { province: 'XX' }, 'BAD_USER_INPUT', 'input.province'],
    ['no organisation', { organisationIds: [] }, 'BAD_USER_INPUT', 'input.organisationIds'],
    ['a malformed organisation id', { organisationIds: ['nope'] }, 'BAD_USER_INPUT', 'input.organisationIds[0]'],
    ['an unknown organisation', { organisationIds: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND', 'input.organisationIds'],
    ['no attendee', { attendeeCount: 0 }, 'BAD_USER_INPUT', 'input.attendeeCount'],
  ])('refuses %s, naming the field', async (_case, override, code, field) => {
    const attending = await createOrganisation(subgraph.dataSource);
    const input = { topic: 'Evento', heldOn: '2026-01-10', province: 'TO', organisationIds: [attending.id], attendeeCount: 9, ...override };
    const { body } = await subgraph.request(RECORD, { input }, admin);
    expect(body.errors?.[0]?.extensions).toEqual({ code, field });
  });

  it('lists events newest first, filtered by organisation, province and days, in constant statements', async () => {
    const statementsFor = async (count: number) => {
      const attending = await createOrganisation(subgraph.dataSource);
      const others = [];
      for (let i = 0; i < 3; i += 1) others.push(await createOrganisation(subgraph.dataSource));
      const recorded = [];
      for (let i = 0; i < count; i += 1) {
        recorded.push(
          await subgraph.dataSource.getRepository(CapacityBuildingEventEntity).save({
            topic: `Evento ${i}`,
            heldOn: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
            province: i % 2 === 0 ? 'TO' : 'BA',
            organisationIds: [attending.id, others[i % 3]!.id],
            attendeeCount: 10,
            recordedBy: 'test',
          }),
        );
      }
      const before = sqlStatements.count;
      const { body } = await subgraph.request(EVENTS, { filter: { organisationId: attending.id }, first: 100 }, admin);
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      const nodes = body.data.capacityBuildingEvents.edges.map((edge: { node: any }) => edge.node);
      expect(nodes).toHaveLength(count);
      const days = nodes.map((node: { heldOn: string }) => node.heldOn);
      expect(days).toEqual([...days].sort().reverse());
      for (const node of nodes) expect(node.organisations.map((o: { id: string }) => o.id)).toContain(attending.id);
      return { statements, attending, recorded };
    };
    const small = await statementsFor(2);
    const large = await statementsFor(24);
    expect(small.statements).toBe(large.statements);
    // The page, then every organisation of every event through one DataLoader.
    expect(small.statements).toBe(2);

    const read = async (filter: Record<string, unknown>, first = 100, after: string | null = null) =>
      (await subgraph.request(EVENTS, { filter, first, after }, admin)).body.data.capacityBuildingEvents;
    const bari = await read({ organisationId: large.attending.id, province: 'BA', heldFrom: '2025-03-01', heldTo: '2025-06-30' });
    expect(bari.edges.map((edge: { node: { heldOn: string } }) => edge.node.heldOn)).toEqual([
      '2025-06-10',
      '2025-06-10',
      '2025-04-10',
      '2025-04-10',
    ]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = await read({ organisationId: large.attending.id }, 5, after);
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(24);
    expect([...seen].sort()).toEqual(large.recorded.map((event) => event.id).sort());
  });
});

describe('demo data', () => {
  it('gives the demo corners opening hours and teams, organisations agreements, and events', async () => {
    const plan = buildDemoPlan('2026-03-02');
    await seedDemoData(subgraph.dataSource, plan);
    await seedDemoData(subgraph.dataSource, plan);
    const corners = await subgraph.request(`{ integraCorners { id openingHours { day } team { role } } }`, {}, admin);
    for (const corner of plan.corners) {
      const seeded = corners.body.data.integraCorners.find((candidate: { id: string }) => candidate.id === corner.id);
      expect(seeded.openingHours.length).toBeGreaterThan(0);
      expect(seeded.team.map((member: { role: string }) => member.role)).toEqual(expect.arrayContaining(['TUTOR', 'COORDINATOR']));
    }
    const enaip = plan.organisations.find((organisation) => organisation.name === 'Enaip Piemonte')!;
    const organisation = await subgraph.request(
      `query($id: ID!) { organisation(id: $id) { networkAgreement { scope } contactPoints { name } } }`,
      { id: enaip.id },
      admin,
    );
    expect(organisation.body.data.organisation.networkAgreement.scope).toEqual(expect.any(String));
    expect(organisation.body.data.organisation.contactPoints.length).toBeGreaterThan(0);
    const events = await subgraph.request(EVENTS, { filter: { organisationId: enaip.id } }, admin);
    expect(events.body.data.capacityBuildingEvents.edges.length).toBeGreaterThanOrEqual(1);
  });
});
