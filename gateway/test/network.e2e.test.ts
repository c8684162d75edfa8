/**
 * The stakeholder network (WP1) managed through the gateway, each side with its own token: a network administrator
 * adds an organisation with its contact points and records a protocol of understanding with it; a coordinator keeps
 * their own corner's hours and team; stale versions, bad input and other callers are refused, and every change is in
 * the audit trail.
 */
import { todayInItaly, addDays } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createOrganisation } from '../../subgraphs/catalogue/test/organisation-factory.js';

let hub: RunningHub;
let identity: TestIdentity;
let admin: string;

beforeAll(async () => {
  ({ hub, identity } = await startTestHub());
  admin = await identity.tokenFor({ roles: ['network-admin'] });
});
afterAll(() => stopTestHub(hub, identity));

const day = (offset: number) => addDays(todayInItaly(), offset);
const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}
async function refused(token: string, query: string, variables: Record<string, unknown>) {
  const { body } = await call(token, query, variables);
  expect(body.data ?? null).toBeNull();
  return body.errors![0]!.extensions as Record<string, unknown>;
}
const auditOperations = async (key: string, value: string) =>
  (await hub.dataSources.catalogue!.query(`SELECT operation FROM audit.entry WHERE details ->> '${key}' = $1 ORDER BY id`, [value])).map(
    (row: { operation: string }) => row.operation,
  );

const ORGANISATION_FIELDS = `id name type provinces active version contactPoints { name role email phone }`;
const CREATE_ORGANISATION = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`;
const UPDATE_ORGANISATION = `mutation($id: ID!, $input: UpdateOrganisationInput!, $expectedVersion: Int!) {
  updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) { ${ORGANISATION_FIELDS} } }`;
const DEACTIVATE_ORGANISATION = `mutation($id: ID!, $expectedVersion: Int!) {
  deactivateOrganisation(id: $id, expectedVersion: $expectedVersion) { id active deactivatedAt version } }`;
const AGREEMENT_FIELDS = `id title scope areas startsOn endsOn status documentReference version
  organisation { id } parties { id name }`;
const CREATE_AGREEMENT = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`;
const UPDATE_AGREEMENT = `mutation($id: ID!, $input: UpdateAgreementInput!, $expectedVersion: Int!) {
  updateAgreement(id: $id, input: $input, expectedVersion: $expectedVersion) { ${AGREEMENT_FIELDS} } }`;

describe('the network in the catalogue', () => {
  it('an administrator adds an organisation, changes it and records an agreement with it; a stale version is CONFLICT', async () => {
    const prefecture = await createOrganisation(hub.dataSources.catalogue!, {
      name: 'Prefettura di Asti',
      type: 'PUBLIC_ADMINISTRATION',
      provinces: ['AT'],
    });
    const { createOrganisation: created } = await ok(admin, CREATE_ORGANISATION, {
      input: {
        name: 'Cooperativa Sociale Orizzonti',
        type: 'RECEPTION_MANAGING_BODY',
        provinces: ['AT', 'AL', 'AT'],
        contactPoints: [{ name: 'Giulia Ferro', role: 'Referente SAI', email: 'sai@orizzonti.example', phone: '+39 0141 123456' }],
      },
    });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'Cooperativa Sociale Orizzonti',
      type: 'RECEPTION_MANAGING_BODY',
      provinces: ['AT', 'AL'],
      active: true,
      version: 1,
      contactPoints: [{ name: 'Giulia Ferro', role: 'Referente SAI', email: 'sai@orizzonti.example', phone: '+39 0141 123456' }],
    });

    const { updateOrganisation: updated } = await ok(admin, UPDATE_ORGANISATION, {
      id: created.id,
      input: { provinces: ['AT'], contactPoints: [] },
      expectedVersion: 1,
    });
    expect(updated).toMatchObject({ provinces: ['AT'], contactPoints: [], version: 2, name: 'Cooperativa Sociale Orizzonti' });
    expect(await refused(admin, UPDATE_ORGANISATION, { id: created.id, input: { name: 'Altro nome' }, expectedVersion: 1 })).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
      currentVersion: 2,
    });

    const { createAgreement: agreement } = await ok(admin, CREATE_AGREEMENT, {
      input: {
        organisationId: created.id,
        otherPartyIds: [prefecture.id],
        title: "Protocollo d'intesa per l'accoglienza e l'autonomia",
        scope: "Segnalazione delle persone in uscita dall'accoglienza agli Integra Corner e partecipazione al tavolo provinciale.",
        areas: ['SOCIAL', 'HOUSING'],
        startsOn: day(-30),
        endsOn: day(335),
        documentReference: `Prot. ${created.id.slice(0, 8)}/SHUBH`,
        status: 'SIGNED',
      },
    });
    expect(agreement).toMatchObject({
      status: 'SIGNED',
      areas: ['SOCIAL', 'HOUSING'],
      version: 1,
      organisation: { id: created.id },
      parties: [{ id: created.id }, { id: prefecture.id, name: 'Prefettura di Asti' }],
    });
    // The same document twice is refused, and nothing of the second one is written.
    expect(
      await refused(admin, CREATE_AGREEMENT, {
        input: {
          organisationId: prefecture.id,
          title: 'Copia',
          scope: 'Copia',
          areas: ['WORK'],
          startsOn: day(0),
          documentReference: agreement.documentReference,
        },
      }),
    ).toMatchObject({ code: 'CONFLICT', field: 'input.documentReference' });
    // A signed agreement can be terminated, never brought back to a draft.
    expect(await refused(admin, UPDATE_AGREEMENT, { id: agreement.id, input: { status: 'DRAFT' }, expectedVersion: 1 })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
    });
    const { updateAgreement: terminated } = await ok(admin, UPDATE_AGREEMENT, {
      id: agreement.id,
      input: { status: 'TERMINATED' },
      expectedVersion: 1,
    });
    expect(terminated).toMatchObject({ status: 'TERMINATED', version: 2 });

    // Both organisations list the agreement; the prefecture as a further party.
    const { a, b } = await ok(
      admin,
      `query($a: ID!, $b: ID!) { a: organisation(id: $a) { agreements { id } } b: organisation(id: $b) { agreements { id status } } }`,
      { a: created.id, b: prefecture.id },
    );
    expect(a.agreements).toEqual([{ id: agreement.id }]);
    expect(b.agreements).toEqual([{ id: agreement.id, status: 'TERMINATED' }]);

    // Deactivated: out of the list, its history kept, no new agreement with it.
    const { deactivateOrganisation: deactivated } = await ok(admin, DEACTIVATE_ORGANISATION, { id: created.id, expectedVersion: 2 });
    expect(deactivated).toMatchObject({ active: false, deactivatedAt: expect.any(String), version: 3 });
    const listed = async (includeDeactivated: boolean) =>
      (
        await ok(admin, `query($filter: OrganisationFilter) { organisations(filter: $filter, first: 100) { edges { node { id } } } }`, {
          filter: { province: 'AT', includeDeactivated },
        })
      ).organisations.edges.map((edge: { node: { id: string } }) => edge.node.id);
    // Other files' organisations may share the suite's database and province: the two of this test are what count.
    const active = await listed(false);
    expect([active.includes(prefecture.id), active.includes(created.id)]).toEqual([true, false]);
    expect(await listed(true)).toEqual(expect.arrayContaining([prefecture.id, created.id]));
    expect(
      await refused(admin, CREATE_AGREEMENT, {
        input: {
          organisationId: created.id,
          title: 'Nuovo',
          scope: 'Nuovo',
          areas: ['WORK'],
          startsOn: day(0),
          documentReference: `N-${created.id}`,
        },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });

    expect(await auditOperations('organisationId', created.id)).toEqual([
      'createOrganisation',
      'updateOrganisation',
      'createAgreement',
      'updateAgreement',
      'deactivateOrganisation',
    ]);
  });

  it('refuses bad input naming the field, and anyone but an administrator', async () => {
    const input = { name: 'Associazione Ponti', type: 'NGO', provinces: ['AT'] };
    expect(await refused(admin, CREATE_ORGANISATION, { input: { ...input, provinces: ['XX'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.provinces[0]',
    });
    expect(
      await refused(admin, CREATE_ORGANISATION, {
        input: { ...input, contactPoints: [{ name: 'Ufficio', role: 'Sportello', email: 'non-una-mail' }] },
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactPoints[0].email' });
    expect(await refused(admin, CREATE_ORGANISATION, { input: { ...input, name: '   ' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    for (const roles of [['corner-coordinator'], ['partner-operator'], ['tutor'], ['monitoring']] as const) {
      const token = await identity.tokenFor({
        roles: [...roles],
        organisationId: roles[0] === 'partner-operator' ? crypto.randomUUID() : undefined,
      });
      expect(await refused(token, CREATE_ORGANISATION, { input })).toMatchObject({ code: 'FORBIDDEN' });
    }
    const { count } = (
      await hub.dataSources.catalogue!.query(`SELECT count(*)::int AS count FROM catalogue.organisation WHERE name = 'Associazione Ponti'`)
    )[0];
    expect(count).toBe(0);
  });

  it("a coordinator keeps their own corner's hours and team, not another corner's", async () => {
    const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'AT' });
    const other = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'AT' });
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const HOURS = `mutation($cornerId: ID!, $hours: [OpeningPeriodInput!]!, $expectedVersion: Int!) {
      setCornerOpeningHours(cornerId: $cornerId, openingHours: $hours, expectedVersion: $expectedVersion) { version openingHours { day opens closes } } }`;
    const TEAM = `mutation($cornerId: ID!, $team: [CornerTeamMemberInput!]!, $expectedVersion: Int!) {
      setCornerTeam(cornerId: $cornerId, team: $team, expectedVersion: $expectedVersion) { version team { name role userId } } }`;
    const saraUserId = crypto.randomUUID();
    const hours = [
      { day: 'TUESDAY', opens: '14:00', closes: '17:30' },
      { day: 'MONDAY', opens: '09:00', closes: '13:00' },
    ];
    const { setCornerOpeningHours } = await ok(coordinator, HOURS, { cornerId: corner.id, hours, expectedVersion: 1 });
    expect(setCornerOpeningHours).toEqual({ version: 2, openingHours: [hours[1], hours[0]] });
    const { setCornerTeam } = await ok(coordinator, TEAM, {
      cornerId: corner.id,
      team: [
        { name: 'Sara Conti', role: 'TUTOR', userId: saraUserId.toUpperCase() },
        { name: 'Marco Gallo', role: 'COORDINATOR' },
      ],
      expectedVersion: 2,
    });
    expect(setCornerTeam).toEqual({
      version: 3,
      team: [
        { name: 'Sara Conti', role: 'TUTOR', userId: saraUserId },
        { name: 'Marco Gallo', role: 'COORDINATOR', userId: null },
      ],
    });
    // A user id is an id, and one person's: a malformed or repeated one is refused at its member, nothing written.
    for (const [userId, field] of [
      ['sara.conti', 'team[1].userId'],
      [saraUserId, 'team[1].userId'],
    ] as const) {
      const team = [
        { name: 'Sara Conti', role: 'TUTOR', userId: saraUserId },
        { name: 'Marco Gallo', role: 'COORDINATOR', userId },
      ];
      expect(await refused(coordinator, TEAM, { cornerId: corner.id, team, expectedVersion: 3 })).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    // A second editor who read version 2 is told, and changes nothing.
    expect(await refused(coordinator, TEAM, { cornerId: corner.id, team: [], expectedVersion: 2 })).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 3,
    });
    expect(
      await refused(coordinator, HOURS, {
        cornerId: corner.id,
        hours: [...hours, { day: 'MONDAY', opens: '12:00', closes: '15:00' }],
        expectedVersion: 3,
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'openingHours[2]' });
    expect(await refused(coordinator, HOURS, { cornerId: other.id, hours, expectedVersion: 1 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(tutor, HOURS, { cornerId: corner.id, hours, expectedVersion: 3 })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await auditOperations('cornerId', corner.id)).toEqual(['setCornerOpeningHours', 'setCornerTeam']);
  });
});

describe('coordination tables', () => {
  it('a coordinator records a meeting of their province’s table with a decision and its action; the owner completes it', async () => {
    const catalogue = hub.dataSources.catalogue!;
    const corner = await createIntegraCorner(catalogue, { province: 'CN' });
    const prefecture = await createOrganisation(catalogue, {
      name: 'Prefettura di Cuneo',
      type: 'PUBLIC_ADMINISTRATION',
      provinces: ['CN'],
    });
    const employmentCentre = await createOrganisation(catalogue, {
      name: "Centro per l'Impiego di Cuneo",
      type: 'EMPLOYMENT_CENTRE',
      provinces: ['CN'],
    });
    const outsider = await createOrganisation(catalogue, { type: 'NGO', provinces: ['CN'] });
    const { createCoordinationTable: table } = await ok(
      admin,
      `mutation($input: CreateCoordinationTableInput!) { createCoordinationTable(input: $input) { id province name members { id } } }`,
      { input: { province: 'CN', name: 'Tavolo provinciale SHUBH Cuneo', memberIds: [prefecture.id, employmentCentre.id] } },
    );
    expect(table).toMatchObject({ province: 'CN', members: [{ id: prefecture.id }, { id: employmentCentre.id }] });

    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const RECORD = `mutation($input: RecordCoordinationMeetingInput!) { recordCoordinationMeeting(input: $input) {
      id heldOn place attendingOrganisations { id }
      decisions { text actions { id description owner { id } ownerName dueOn completedAt overdue } }
      actions { id description }
    } }`;
    const meeting = {
      tableId: table.id,
      heldOn: day(-2),
      place: 'Prefettura di Cuneo, sala riunioni',
      summary: 'Avvio del tavolo; tirocini per le persone in uscita dai CAS.',
      attendingOrganisationIds: [prefecture.id, employmentCentre.id],
      decisions: [
        {
          text: 'Il CPI riserva dieci posti di tirocinio alle persone seguite dagli Integra Corner.',
          actions: [
            {
              description: 'Inviare l’elenco dei tirocini disponibili',
              ownerOrganisationId: employmentCentre.id,
              ownerName: 'Dott.ssa Bruno',
              dueOn: day(12),
            },
          ],
        },
      ],
      actions: [{ description: 'Convocare la prossima riunione', ownerOrganisationId: prefecture.id, dueOn: day(28) }],
    };
    // An owner that does not sit at the table is refused, and nothing of the meeting is written.
    const stray = { ...meeting, actions: [{ ...meeting.actions[0], ownerOrganisationId: outsider.id }] };
    expect(await refused(coordinator, RECORD, { input: stray })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.actions[0].ownerOrganisationId',
    });
    const { recordCoordinationMeeting: recorded } = await ok(coordinator, RECORD, { input: meeting });
    expect(recorded).toMatchObject({
      heldOn: day(-2),
      attendingOrganisations: [{ id: employmentCentre.id }, { id: prefecture.id }],
      decisions: [
        {
          text: meeting.decisions[0]!.text,
          actions: [
            {
              description: 'Inviare l’elenco dei tirocini disponibili',
              owner: { id: employmentCentre.id },
              ownerName: 'Dott.ssa Bruno',
              dueOn: day(12),
              completedAt: null,
              overdue: false,
            },
          ],
        },
      ],
    });
    expect(recorded.actions.map((action: { description: string }) => action.description)).toEqual([
      'Inviare l’elenco dei tirocini disponibili',
      'Convocare la prossima riunione',
    ]);

    // A coordinator of another province may not write this table's minutes.
    const elsewhere = await identity.tokenFor({
      roles: ['corner-coordinator'],
      cornerIds: [(await createIntegraCorner(catalogue, { province: 'NO' })).id],
    });
    expect(await refused(elsewhere, RECORD, { input: meeting })).toMatchObject({ code: 'FORBIDDEN' });

    // The owner organisation's operator closes its action; once.
    const COMPLETE = `mutation($id: ID!) { completeCoordinationAction(id: $id) { id completedAt overdue } }`;
    const actionId = recorded.decisions[0].actions[0].id;
    expect(
      await refused(await identity.tokenFor({ roles: ['partner-operator'], organisationId: prefecture.id }), COMPLETE, { id: actionId }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const owner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: employmentCentre.id });
    expect((await ok(owner, COMPLETE, { id: actionId })).completeCoordinationAction).toMatchObject({
      completedAt: expect.any(String),
      overdue: false,
    });
    expect(await refused(owner, COMPLETE, { id: actionId })).toMatchObject({ code: 'CONFLICT' });

    const { coordinationTable } = await ok(
      owner,
      `query($id: ID!) { coordinationTable(id: $id) { name meetings(first: 5) { place decisions { actions { completedAt } } actions { description } } } }`,
      { id: table.id },
    );
    expect(coordinationTable).toEqual({
      name: 'Tavolo provinciale SHUBH Cuneo',
      meetings: [
        {
          place: meeting.place,
          decisions: [{ actions: [{ completedAt: expect.any(String) }] }],
          actions: [{ description: 'Inviare l’elenco dei tirocini disponibili' }, { description: 'Convocare la prossima riunione' }],
        },
      ],
    });
    const { coordinationTables } = await ok(owner, `query { coordinationTables(province: "CN") { id name } }`);
    expect(coordinationTables).toEqual([{ id: table.id, name: 'Tavolo provinciale SHUBH Cuneo' }]);
    expect(await auditOperations('tableId', table.id)).toEqual([
      'createCoordinationTable',
      'recordCoordinationMeeting',
      'completeCoordinationAction',
    ]);
  });
});

describe('capacity building', () => {
  it('an event lists who attended, by user and organisation; attendees evaluate it and print their certificate', async () => {
    const catalogue = hub.dataSources.catalogue!;
    const ngo = await createOrganisation(catalogue, { name: 'Associazione Ponti', type: 'NGO', provinces: ['VC'] });
    const cpi = await createOrganisation(catalogue, {
      name: "Centro per l'Impiego di Vercelli",
      type: 'EMPLOYMENT_CENTRE',
      provinces: ['VC'],
    });
    const [anna, omar, luca] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const RECORD = `mutation($input: RecordCapacityBuildingEventInput!) { recordCapacityBuildingEvent(input: $input) {
      id kind reach hours attendeeCount attendees { userId fullName organisation { id } } } }`;
    const input = {
      topic: 'Rinnovo dei permessi di soggiorno <e> tirocini',
      heldOn: day(-1),
      province: 'VC',
      organisationIds: [ngo.id, cpi.id],
      kind: 'WORKSHOP',
      reach: 'INTERREGIONAL',
      hours: 3.5,
      attendees: [
        { userId: anna, fullName: 'Anna Ferrero', organisationId: ngo.id },
        { userId: omar, fullName: "Omar N'Diaye", organisationId: cpi.id },
        { userId: luca, fullName: 'Luca Bianchi', organisationId: cpi.id },
      ],
    };
    expect(
      await refused(admin, RECORD, { input: { ...input, attendees: [{ ...input.attendees[0], organisationId: crypto.randomUUID() }] } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attendees[0].organisationId' });
    const { recordCapacityBuildingEvent: event } = await ok(admin, RECORD, { input });
    expect(event).toEqual({
      id: expect.any(String),
      kind: 'WORKSHOP',
      reach: 'INTERREGIONAL',
      hours: 3.5,
      attendeeCount: 3,
      attendees: [
        { userId: anna, fullName: 'Anna Ferrero', organisation: { id: ngo.id } },
        { userId: luca, fullName: 'Luca Bianchi', organisation: { id: cpi.id } },
        { userId: omar, fullName: "Omar N'Diaye", organisation: { id: cpi.id } },
      ],
    });

    // Each attendee evaluates once; whoever did not attend cannot.
    const EVALUATE = `mutation($eventId: ID!, $score: Int!, $comment: String) {
      evaluateCapacityBuildingEvent(eventId: $eventId, score: $score, comment: $comment) { evaluation { responses averageScore } } }`;
    const annaToken = await identity.tokenFor({ roles: ['partner-operator'], organisationId: ngo.id, userId: anna });
    const omarToken = await identity.tokenFor({ roles: ['partner-operator'], organisationId: cpi.id, userId: omar });
    await ok(annaToken, EVALUATE, { eventId: event.id, score: 5, comment: 'Molto utile' });
    const { evaluateCapacityBuildingEvent } = await ok(omarToken, EVALUATE, { eventId: event.id, score: 4 });
    expect(evaluateCapacityBuildingEvent.evaluation).toEqual({ responses: 2, averageScore: 4.5 });
    expect(await refused(annaToken, EVALUATE, { eventId: event.id, score: 1 })).toMatchObject({ code: 'CONFLICT' });
    const lucaToken = await identity.tokenFor({ roles: ['partner-operator'], organisationId: cpi.id, userId: luca });
    expect(await refused(lucaToken, EVALUATE, { eventId: event.id, score: 6 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'score' });
    const outsider = await identity.tokenFor({ roles: ['partner-operator'], organisationId: ngo.id });
    expect(await refused(outsider, EVALUATE, { eventId: event.id, score: 3 })).toMatchObject({ code: 'FORBIDDEN' });

    // Anna sees her organisation's attendance only, and prints her certificate: a page with her name, every value escaped.
    const { capacityBuildingEvents } = await ok(
      annaToken,
      `query($filter: CapacityBuildingEventFilter) { capacityBuildingEvents(filter: $filter) { edges { node {
        attendeeCount attendees { fullName evaluationScore certificateHtml } } } } }`,
      { filter: { organisationId: ngo.id } },
    );
    const [{ node }] = capacityBuildingEvents.edges;
    expect(node.attendeeCount).toBe(3);
    expect(node.attendees.map((attendee: { fullName: string }) => attendee.fullName)).toEqual(['Anna Ferrero']);
    const html: string = node.attendees[0].certificateHtml;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Attestato di partecipazione');
    expect(html).toContain('Anna Ferrero');
    expect(html).toContain('Associazione Ponti');
    expect(html).toContain('Rinnovo dei permessi di soggiorno &lt;e&gt; tirocini');
    expect(html).toContain('3,5 ore');
    expect(html).not.toContain('<e>');

    expect(await auditOperations('eventId', event.id)).toEqual([
      'recordCapacityBuildingEvent',
      'evaluateCapacityBuildingEvent',
      'evaluateCapacityBuildingEvent',
    ]);
  });
});
