import { AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createReferral } from './referral-factory.js';
import { createPublishedService } from './referral-workflow-fixtures.js';
import { createService } from './service-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
/** Real people of the beneficiaries subgraph, whose sharing consents the referral workflow reads through its contract. */
let testPeople: TestPeople;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(catalogueSubgraph, identity.config);
  testPeople = await TestPeople.open();
});
afterAll(async () => {
  await testPeople?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const FIELDS = 'id status note overdue responseDueOn toOrganisation { id } history { from to by reason outcome }';
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { ${FIELDS} } }`;
const RECEIVE = `mutation($id: ID!) { receiveReferral(id: $id) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptReferral(id: $id) { ${FIELDS} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelReferral(id: $id, reason: $reason) { ${FIELDS} } }`;
const EXPIRE = `mutation($organisation: ID) { expireOverdueReferrals(toOrganisationId: $organisation) }`;
const HISTORY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary {
  serviceHistory { status startedOn endedOn outcome recordedBy service { id } referral { id } }
} } }`;

const errorOf = (body: any) => body.errors?.[0] as { message: string; extensions: Record<string, unknown> } | undefined;
const inDays = (days: number) => {
  const date = new Date(`${todayInItaly()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** A provider with a published service, a corner with a person who consents to share with the provider, and people. */
async function world(options: { capacity?: number | null } = {}) {
  const provider = await createOrganisation(subgraph.dataSource, { type: 'TRAINING_PROVIDER', name: 'Enaip Piemonte (test)' });
  const service = await createPublishedService(subgraph.dataSource, {
    providerId: provider.id,
    capacity: options.capacity === undefined ? 10 : options.capacity,
  });
  const corner = await createIntegraCorner(subgraph.dataSource);
  const beneficiaryId = (await testPeople.person({ integraCornerId: corner.id, sharesWith: [provider.id] })).id;
  const ids = { tutor: crypto.randomUUID(), partner: crypto.randomUUID(), admin: crypto.randomUUID() };
  const people: Record<string, TestPerson> = {
    tutor: { roles: ['tutor'], cornerIds: [corner.id], userId: ids.tutor },
    partner: { roles: ['partner-operator'], organisationId: provider.id, userId: ids.partner },
    admin: { roles: ['network-admin'], userId: ids.admin },
  };
  const tokens = {
    tutor: await identity.tokenFor(people.tutor!),
    partner: await identity.tokenFor(people.partner!),
    admin: await identity.tokenFor(people.admin!),
  };
  const send = async (overrides: Record<string, unknown> = {}, token = tokens.tutor) =>
    subgraph.request(
      SEND,
      {
        input: {
          beneficiaryId,
          serviceId: service.id,
          fromCornerId: corner.id,
          responseDueOn: inDays(10),
          note: 'Livello A2, disponibile al mattino',
          ...overrides,
        },
      },
      token,
    );
  return { provider, service, corner, beneficiaryId, ids, tokens, send };
}

const placesTaken = async (serviceId: string): Promise<number> =>
  (await subgraph.dataSource.query('SELECT places_taken FROM catalogue.service WHERE id = $1', [serviceId]))[0].places_taken;

const changesAudited = async (beneficiaryId: string): Promise<string[]> =>
  (
    await subgraph.dataSource.query(`SELECT operation FROM audit.entry WHERE beneficiary_id = $1 AND operation <> 'READ' ORDER BY id`, [
      beneficiaryId,
    ])
  ).map((row: { operation: string }) => row.operation);

describe('the closed loop of a referral', () => {
  it('goes SENT, RECEIVED, ACCEPTED (taking a place), COMPLETED (completing the enrolment), each change recorded', async () => {
    const setting = await world();
    const { tokens, ids } = setting;
    const sent = await setting.send();
    expect(sent.body.errors).toBeUndefined();
    const referral = sent.body.data.sendReferral;
    expect(referral).toMatchObject({
      status: 'SENT',
      note: 'Livello A2, disponibile al mattino',
      overdue: false,
      responseDueOn: inDays(10),
      toOrganisation: { id: setting.provider.id },
      history: [{ from: null, to: 'SENT', by: ids.tutor, reason: null, outcome: null }],
    });

    const received = await subgraph.request(RECEIVE, { id: referral.id }, tokens.partner);
    expect(received.body.data.receiveReferral.status).toBe('RECEIVED');
    const accepted = await subgraph.request(ACCEPT, { id: referral.id }, tokens.partner);
    expect(accepted.body.errors).toBeUndefined();
    expect(accepted.body.data.acceptReferral.status).toBe('ACCEPTED');
    expect(await placesTaken(setting.service.id)).toBe(1);

    const completed = await subgraph.request(COMPLETE, { id: referral.id, outcome: 'Certificazione A2 conseguita' }, tokens.partner);
    expect(completed.body.errors).toBeUndefined();
    expect(completed.body.data.completeReferral.history).toEqual([
      { from: null, to: 'SENT', by: ids.tutor, reason: null, outcome: null },
      { from: 'SENT', to: 'RECEIVED', by: ids.partner, reason: null, outcome: null },
      { from: 'RECEIVED', to: 'ACCEPTED', by: ids.partner, reason: null, outcome: null },
      { from: 'ACCEPTED', to: 'COMPLETED', by: ids.partner, reason: null, outcome: 'Certificazione A2 conseguita' },
    ]);
    // Completing keeps the place: the person took it in this edition.
    expect(await placesTaken(setting.service.id)).toBe(1);

    // The person's service history (read by their tutor, whose corner the beneficiaries subgraph hands over) shows it.
    const history = await subgraph.request(
      HISTORY,
      { r: [{ __typename: 'Beneficiary', id: setting.beneficiaryId, integraCorner: { id: setting.corner.id }, consentedPurposes: [] }] },
      tokens.tutor,
    );
    expect(history.body.errors).toBeUndefined();
    expect(history.body.data._entities[0].serviceHistory).toEqual([
      {
        status: 'COMPLETED',
        startedOn: todayInItaly(),
        endedOn: todayInItaly(),
        outcome: 'Certificazione A2 conseguita',
        recordedBy: ids.partner,
        service: { id: setting.service.id },
        referral: { id: referral.id },
      },
    ]);
    expect(await changesAudited(setting.beneficiaryId)).toEqual(['sendReferral', 'receiveReferral', 'acceptReferral', 'completeReferral']);
  });

  it('completes the enrolment the provider already recorded instead of adding a second one', async () => {
    const setting = await world();
    const referral = (await setting.send()).body.data.sendReferral;
    await subgraph.request(RECEIVE, { id: referral.id }, setting.tokens.partner);
    await subgraph.request(ACCEPT, { id: referral.id }, setting.tokens.partner);
    const recorded = await subgraph.request(
      `mutation($input: RecordEnrollmentInput!) { recordEnrollment(input: $input) { id status } }`,
      {
        input: {
          beneficiaryId: setting.beneficiaryId,
          serviceId: setting.service.id,
          referralId: referral.id,
          status: 'IN_PROGRESS',
          startedOn: '2026-01-12',
        },
      },
      setting.tokens.partner,
    );
    expect(recorded.body.errors).toBeUndefined();
    await subgraph.request(COMPLETE, { id: referral.id, outcome: 'Livello B1 raggiunto' }, setting.tokens.partner);
    const rows = await subgraph.dataSource.query(
      'SELECT id, status, started_on, ended_on, outcome FROM catalogue.service_enrollment WHERE beneficiary_id = $1',
      [setting.beneficiaryId],
    );
    expect(rows).toEqual([
      {
        id: recorded.body.data.recordEnrollment.id,
        status: 'COMPLETED',
        started_on: '2026-01-12',
        ended_on: todayInItaly(),
        outcome: 'Livello B1 raggiunto',
      },
    ]);
  });

  it('is rejected by the provider with a reason, and a rejection without one is refused', async () => {
    const setting = await world();
    const referral = (await setting.send()).body.data.sendReferral;
    await subgraph.request(RECEIVE, { id: referral.id }, setting.tokens.partner);
    for (const reason of ['', '   ']) {
      const { body } = await subgraph.request(REJECT, { id: referral.id, reason }, setting.tokens.partner);
      expect(errorOf(body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    const missing = await subgraph.request(
      `mutation($id: ID!) { rejectReferral(id: $id) { id } }`,
      { id: referral.id },
      setting.tokens.partner,
    );
    // Neither a reason nor a code: refused by the service (the reason became optional beside `reasonCode`).
    expect(errorOf(missing.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reasonCode' });
    const rejected = await subgraph.request(REJECT, { id: referral.id, reason: ' Corso già pieno per marzo ' }, setting.tokens.partner);
    expect(rejected.body.data.rejectReferral.status).toBe('REJECTED');
    expect(rejected.body.data.rejectReferral.history.at(-1)).toEqual({
      from: 'RECEIVED',
      to: 'REJECTED',
      by: setting.ids.partner,
      reason: 'Corso già pieno per marzo',
      outcome: null,
    });
    expect(await placesTaken(setting.service.id)).toBe(0);
  });

  it('is cancelled by the sending corner, and an accepted one gives its place back', async () => {
    const setting = await world();
    const referral = (await setting.send()).body.data.sendReferral;
    await subgraph.request(RECEIVE, { id: referral.id }, setting.tokens.partner);
    await subgraph.request(ACCEPT, { id: referral.id }, setting.tokens.partner);
    expect(await placesTaken(setting.service.id)).toBe(1);
    const blank = await subgraph.request(CANCEL, { id: referral.id, reason: '' }, setting.tokens.tutor);
    expect(errorOf(blank.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await subgraph.request(CANCEL, { id: referral.id, reason: 'Ha trovato lavoro' }, setting.tokens.tutor);
    expect(cancelled.body.data.cancelReferral.status).toBe('CANCELLED');
    expect(cancelled.body.data.cancelReferral.history.at(-1)).toMatchObject({
      from: 'ACCEPTED',
      to: 'CANCELLED',
      reason: 'Ha trovato lavoro',
    });
    expect(await placesTaken(setting.service.id)).toBe(0);
  });

  it.each([
    ['SENT', ACCEPT, {}, 'This referral is SENT: it can become RECEIVED or CANCELLED, not ACCEPTED'],
    ['SENT', COMPLETE, { outcome: 'Fatto' }, 'This referral is SENT: it can become RECEIVED or CANCELLED, not COMPLETED'],
    ['RECEIVED', RECEIVE, {}, 'This referral is RECEIVED: it can become ACCEPTED or REJECTED or CANCELLED, not RECEIVED'],
    ['ACCEPTED', REJECT, { reason: 'Troppo tardi' }, 'This referral is ACCEPTED: it can become COMPLETED or CANCELLED, not REJECTED'],
    ['COMPLETED', CANCEL, { reason: 'Errore' }, 'This referral is COMPLETED: no further change is possible'],
    ['REJECTED', ACCEPT, {}, 'This referral is REJECTED: no further change is possible'],
    ['CANCELLED', RECEIVE, {}, 'This referral is CANCELLED: no further change is possible'],
    ['EXPIRED', ACCEPT, {}, 'This referral is EXPIRED: no further change is possible'],
  ])('refuses to move a %s referral the wrong way, naming the changes it allows', async (status, mutation, extra, message) => {
    const service = await createPublishedService(subgraph.dataSource);
    const referral = await createReferral(subgraph.dataSource, { serviceId: service.id, status: status as never });
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(mutation, { id: referral.id, ...extra }, token);
    expect(errorOf(body)).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    const [row] = await subgraph.dataSource.query('SELECT status FROM catalogue.referral WHERE id = $1', [referral.id]);
    expect(row.status).toBe(status);
    expect(await subgraph.dataSource.query('SELECT 1 FROM catalogue.referral_transition WHERE referral_id = $1', [referral.id])).toEqual(
      [],
    );
  });
});

describe('who may move a referral', () => {
  it('lets only the addressee answer and only the sending corner cancel; others see nothing to move', async () => {
    const setting = await world();
    const referral = (await setting.send()).body.data.sendReferral;
    const otherCorner = await createIntegraCorner(subgraph.dataSource);
    const otherOrganisation = await createOrganisation(subgraph.dataSource);
    const token = (person: TestPerson) => identity.tokenFor(person);
    const cases: [string, string, Record<string, unknown>, string, string][] = [
      ['the sending tutor', RECEIVE, {}, setting.tokens.tutor, 'FORBIDDEN'],
      ['the sending tutor', ACCEPT, {}, setting.tokens.tutor, 'FORBIDDEN'],
      ['the addressee', CANCEL, { reason: 'Non serve' }, setting.tokens.partner, 'FORBIDDEN'],
      [
        'a coordinator of another corner',
        CANCEL,
        { reason: 'Non serve' },
        await token({ roles: ['corner-coordinator'], cornerIds: [otherCorner.id] }),
        'NOT_FOUND',
      ],
      [
        'a partner of another organisation',
        RECEIVE,
        {},
        await token({ roles: ['partner-operator'], organisationId: otherOrganisation.id }),
        'NOT_FOUND',
      ],
      ['an employer of the addressee', RECEIVE, {}, await token({ roles: ['employer'], organisationId: setting.provider.id }), 'FORBIDDEN'],
      [
        'the person referred',
        CANCEL,
        { reason: 'Non serve' },
        await token({ roles: ['beneficiary'], beneficiaryId: setting.beneficiaryId }),
        'FORBIDDEN',
      ],
      ['monitoring', EXPIRE, {}, await token({ roles: ['monitoring'] }), 'FORBIDDEN'],
      ['the addressee', EXPIRE, {}, setting.tokens.partner, 'FORBIDDEN'],
    ];
    for (const [who, mutation, extra, callerToken, code] of cases) {
      const { body } = await subgraph.request(mutation, { id: referral.id, ...extra }, callerToken);
      expect({ who, code: errorOf(body)?.extensions.code }).toEqual({ who, code });
    }
    const [row] = await subgraph.dataSource.query('SELECT status FROM catalogue.referral WHERE id = $1', [referral.id]);
    expect(row.status).toBe('SENT');
    expect(await changesAudited(setting.beneficiaryId)).toEqual(['sendReferral']);
  });

  it('lets an administrator make every change', async () => {
    const setting = await world();
    const referral = (await setting.send({}, setting.tokens.admin)).body.data.sendReferral;
    for (const [mutation, extra] of [
      [RECEIVE, {}],
      [ACCEPT, {}],
      [COMPLETE, { outcome: 'Concluso' }],
    ] as const) {
      const { body } = await subgraph.request(mutation, { id: referral.id, ...extra }, setting.tokens.admin);
      expect(body.errors).toBeUndefined();
    }
    const [row] = await subgraph.dataSource.query('SELECT status FROM catalogue.referral WHERE id = $1', [referral.id]);
    expect(row.status).toBe('COMPLETED');
  });
});

describe('sending a referral', () => {
  const referralsOf = async (beneficiaryId: string) =>
    subgraph.dataSource.query('SELECT id FROM catalogue.referral WHERE beneficiary_id = $1', [beneficiaryId]);

  it('is refused from a corner that does not follow the person, even with consent', async () => {
    const setting = await world();
    const elsewhere = await createIntegraCorner(subgraph.dataSource);
    const someoneElses = (await testPeople.person({ integraCornerId: elsewhere.id, sharesWith: [setting.provider.id] })).id;
    const { body } = await setting.send({ beneficiaryId: someoneElses });
    expect(errorOf(body)!.extensions).toEqual({ code: 'FORBIDDEN', reason: 'NOT_THIS_CORNER', field: 'input.fromCornerId' });
    expect(await referralsOf(someoneElses)).toEqual([]);
  });

  it('is refused without a consent in force to share with the provider, naming the organisation', async () => {
    const setting = await world();
    const stranger = (await testPeople.person({ integraCornerId: setting.corner.id })).id;
    const { body } = await setting.send({ beneficiaryId: stranger });
    expect(errorOf(body)).toEqual({
      message: 'The beneficiary has not consented to share their case with Enaip Piemonte (test)',
      path: ['sendReferral'],
      locations: expect.any(Array),
      extensions: { code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED', field: 'input.beneficiaryId' },
    });
    expect(await referralsOf(stranger)).toEqual([]);

    await testPeople.withdrawSharing(setting.beneficiaryId, setting.provider.id);
    const withdrawn = await setting.send();
    expect(errorOf(withdrawn.body)!.extensions.reason).toBe('CONSENT_REQUIRED');
    expect(await referralsOf(setting.beneficiaryId)).toEqual([]);
    expect(await changesAudited(setting.beneficiaryId)).toEqual([]);
  });

  it('is refused to a service not published, to a full one, twice to the same service, and with a due day in the past', async () => {
    const setting = await world({ capacity: 1 });
    const withdrawn = await createService(subgraph.dataSource, { providerId: setting.provider.id, publicationStatus: 'WITHDRAWN' });
    const notPublished = await setting.send({ serviceId: withdrawn.id });
    expect(errorOf(notPublished.body)).toMatchObject({
      message: expect.stringContaining('is not published'),
      extensions: { code: 'BAD_USER_INPUT', field: 'input.serviceId' },
    });
    // A draft is its provider's business: to a tutor it does not exist.
    const draft = await createService(subgraph.dataSource, { providerId: setting.provider.id, publicationStatus: 'DRAFT' });
    const toDraft = await setting.send({ serviceId: draft.id });
    expect(errorOf(toDraft.body)!.extensions).toEqual({ code: 'NOT_FOUND', field: 'input.serviceId' });
    const past = await setting.send({ responseDueOn: inDays(-1) });
    expect(errorOf(past.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.responseDueOn' });
    const unknown = await setting.send({ serviceId: crypto.randomUUID() });
    expect(errorOf(unknown.body)!.extensions).toEqual({ code: 'NOT_FOUND', field: 'input.serviceId' });
    const otherCorner = await createIntegraCorner(subgraph.dataSource);
    const elsewhere = await setting.send({ fromCornerId: otherCorner.id });
    expect(errorOf(elsewhere.body)!.extensions.code).toBe('FORBIDDEN');

    const first = await setting.send();
    expect(first.body.errors).toBeUndefined();
    const twice = await setting.send();
    expect(errorOf(twice.body)!.extensions).toEqual({ code: 'CONFLICT', field: 'input.serviceId' });

    // The only place taken: nobody else may be sent there.
    const referral = first.body.data.sendReferral;
    await subgraph.request(RECEIVE, { id: referral.id }, setting.tokens.partner);
    await subgraph.request(ACCEPT, { id: referral.id }, setting.tokens.partner);
    const next = (await testPeople.person({ integraCornerId: setting.corner.id, sharesWith: [setting.provider.id] })).id;
    const full = await setting.send({ beneficiaryId: next });
    expect(errorOf(full.body)).toMatchObject({
      message: expect.stringContaining('No places left'),
      extensions: { code: 'CONFLICT', field: 'input.serviceId' },
    });
    expect(await referralsOf(next)).toEqual([]);
  });
});

describe('the last place', () => {
  it('goes to exactly one of two acceptances racing for it', async () => {
    const setting = await world({ capacity: 1 });
    const second = (await testPeople.person({ integraCornerId: setting.corner.id, sharesWith: [setting.provider.id] })).id;
    const referrals = [
      (await setting.send()).body.data.sendReferral.id,
      (await setting.send({ beneficiaryId: second })).body.data.sendReferral.id,
    ];
    for (const id of referrals) await subgraph.request(RECEIVE, { id }, setting.tokens.partner);

    const answers = await Promise.all(referrals.map((id) => subgraph.request(ACCEPT, { id }, setting.tokens.partner)));
    const codes = answers.map(({ body }) => errorOf(body)?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const loser = answers.find(({ body }) => body.errors)!;
    expect(errorOf(loser.body)!.message).toMatch(/No places left/);
    expect(await placesTaken(setting.service.id)).toBe(1);
    const rows: { status: string }[] = await subgraph.dataSource.query(
      'SELECT status FROM catalogue.referral WHERE id = ANY($1::uuid[]) ORDER BY status',
      [referrals],
    );
    expect(rows.map((row) => row.status)).toEqual(['ACCEPTED', 'RECEIVED']);
    const accepted = await subgraph.dataSource.query(
      `SELECT 1 FROM catalogue.referral_transition WHERE referral_id = ANY($1::uuid[]) AND to_status = 'ACCEPTED'`,
      [referrals],
    );
    expect(accepted).toHaveLength(1);
  });
});

describe('expiry', () => {
  it('expires the referrals still unanswered after their due day, once, with a transition and an audit entry each', async () => {
    const setting = await world();
    const service = setting.service;
    const sent = await createReferral(subgraph.dataSource, { serviceId: service.id, status: 'SENT', responseDueOn: inDays(-1) });
    const received = await createReferral(subgraph.dataSource, { serviceId: service.id, status: 'RECEIVED', responseDueOn: inDays(-30) });
    const dueToday = await createReferral(subgraph.dataSource, { serviceId: service.id, status: 'SENT', responseDueOn: inDays(0) });
    const acceptedLate = await createReferral(subgraph.dataSource, {
      serviceId: service.id,
      status: 'ACCEPTED',
      responseDueOn: inDays(-5),
    });

    const overdue = await subgraph.request(
      `query($organisation: ID!) { referrals(filter: { toOrganisationId: $organisation }, first: 10) { edges { node { id overdue } } } }`,
      { organisation: setting.provider.id },
      setting.tokens.partner,
    );
    const flags = Object.fromEntries(overdue.body.data.referrals.edges.map((edge: any) => [edge.node.id, edge.node.overdue]));
    expect(flags).toEqual({ [sent.id]: true, [received.id]: true, [dueToday.id]: false, [acceptedLate.id]: false });

    const { body } = await subgraph.request(EXPIRE, { organisation: setting.provider.id }, setting.tokens.admin);
    expect(body).toEqual({ data: { expireOverdueReferrals: 2 } });
    const again = await subgraph.request(EXPIRE, { organisation: setting.provider.id }, setting.tokens.admin);
    expect(again.body.data.expireOverdueReferrals).toBe(0);

    const rows: { id: string; status: string }[] = await subgraph.dataSource.query(
      'SELECT id, status FROM catalogue.referral WHERE to_organisation_id = $1',
      [setting.provider.id],
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [sent.id]: 'EXPIRED',
      [received.id]: 'EXPIRED',
      [dueToday.id]: 'SENT',
      [acceptedLate.id]: 'ACCEPTED',
    });
    const transitions = await subgraph.dataSource.query(
      'SELECT referral_id, from_status, to_status, by_user FROM catalogue.referral_transition WHERE referral_id = ANY($1::uuid[]) ORDER BY from_status',
      [[sent.id, received.id]],
    );
    expect(transitions).toEqual([
      { referral_id: received.id, from_status: 'RECEIVED', to_status: 'EXPIRED', by_user: setting.ids.admin },
      { referral_id: sent.id, from_status: 'SENT', to_status: 'EXPIRED', by_user: setting.ids.admin },
    ]);
    expect(await changesAudited(sent.beneficiaryId)).toEqual(['expireOverdueReferrals']);
    expect(await changesAudited(received.beneficiaryId)).toEqual(['expireOverdueReferrals']);
  });
});

describe('the published view referral_addressee', () => {
  it('counts a RECEIVED referral as addressed, like SENT and ACCEPTED', async () => {
    const received = await createReferral(subgraph.dataSource, { status: 'RECEIVED' });
    const rows = await subgraph.dataSource.query(
      'SELECT beneficiary_id, organisation_id FROM catalogue.referral_addressee WHERE beneficiary_id = $1',
      [received.beneficiaryId],
    );
    expect(rows).toEqual([{ beneficiary_id: received.beneficiaryId, organisation_id: received.toOrganisationId }]);
  });
});

describe('a page of referrals with their history', () => {
  it('costs the same number of SQL statements for 3 referrals as for 30', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource);
    for (let i = 0; i < 30; i += 1) {
      const referral = await createReferral(subgraph.dataSource, { fromCornerId: corner.id });
      await subgraph.dataSource.query(
        `INSERT INTO catalogue.referral_transition (referral_id, from_status, to_status, by_user) VALUES ($1, NULL, 'SENT', 'test')`,
        [referral.id],
      );
    }
    const token = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner.id] });
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(
        `query($corner: ID!, $first: Int) { referrals(filter: { integraCornerId: $corner }, first: $first) {
          edges { node { id overdue history { from to at by } } }
        } }`,
        { corner: corner.id, first },
        token,
      );
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data.referrals.edges).toHaveLength(first);
      expect(body.data.referrals.edges.every((edge: any) => edge.node.history.length === 1)).toBe(true);
      return statements;
    };
    // The page, one batch of histories; then the audit trail's one append.
    expect(await statementsFor(3)).toBe(2 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(30)).toBe(2 + AUDIT_APPEND_STATEMENTS);
  });
});
