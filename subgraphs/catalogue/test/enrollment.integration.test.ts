import { AUDIT_APPEND_STATEMENTS, sqlStatements } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createEnrollment } from './enrollment-factory.js';
import { createIntegraCorner } from './integra-corner-factory.js';
import { createOrganisation } from './organisation-factory.js';
import { createProgramme } from './programme-factory.js';
import { createReferral } from './referral-factory.js';
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

const HISTORY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Beneficiary {
  id serviceHistory { id status startedOn endedOn outcome programmeCode area type service { id name } }
} } }`;
const RECORD = `mutation($input: RecordEnrollmentInput!) { recordEnrollment(input: $input) {
  id status startedOn endedOn outcome recordedBy beneficiary { id } service { id } referral { id } programmeCode area type
} }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnrollmentInput!) { updateEnrollment(id: $id, input: $input) { id status endedOn outcome } }`;

const errorOf = (body: any) => body.errors?.[0] as { message: string; extensions: Record<string, unknown> } | undefined;
/** A beneficiary as the gateway hands it over: the key (the person's corner is read from the beneficiaries contract). */
const representation = (id: string) => ({ __typename: 'Beneficiary', id });

/** A person of corner A with three enrolments: two at provider X (one older), one at provider Y. */
async function world() {
  const x = await createOrganisation(subgraph.dataSource, { type: 'SCHOOL', name: 'CPIA 1 Torino (test)' });
  const y = await createOrganisation(subgraph.dataSource, { type: 'TRAINING_PROVIDER' });
  const programme = await createProgramme(subgraph.dataSource);
  const languageAtX = await createService(subgraph.dataSource, {
    providerId: x.id,
    programmeId: programme.id,
    area: 'LANGUAGE',
    type: 'ITALIAN_L2',
  });
  const labAtX = await createService(subgraph.dataSource, { providerId: x.id, programmeId: programme.id });
  const coachingAtY = await createService(subgraph.dataSource, { providerId: y.id, type: 'COACHING' });
  const cornerA = await createIntegraCorner(subgraph.dataSource);
  const cornerB = await createIntegraCorner(subgraph.dataSource);
  // A person of corner A, whom X reaches (an open referral to it, the consent to share with it).
  const beneficiaryId = (await people.person({ integraCornerId: cornerA.id, reachedBy: [x.id] })).id;
  const enrollments = {
    language: await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: languageAtX.id,
      startedOn: '2026-01-12',
      endedOn: '2026-03-01',
    }),
    lab: await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: labAtX.id,
      startedOn: '2025-09-01',
      endedOn: '2025-10-01',
    }),
    coaching: await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: coachingAtY.id,
      status: 'IN_PROGRESS',
      startedOn: '2026-10-01',
      endedOn: null,
      outcome: null,
    }),
  };
  return { x, y, programme, languageAtX, labAtX, coachingAtY, cornerA, cornerB, beneficiaryId, enrollments };
}
type World = Awaited<ReturnType<typeof world>>;

describe("a beneficiary's service history", () => {
  let setting: World;
  beforeAll(async () => {
    setting = await world();
  });

  const callers = (s: World): Record<string, [TestPerson, ((e: World['enrollments']) => string[]) | null]> => ({
    'network-admin': [{ roles: ['network-admin'] }, (e) => [e.coaching.id, e.language.id, e.lab.id]],
    'tutor of the corner': [{ roles: ['tutor'], cornerIds: [s.cornerA.id] }, (e) => [e.coaching.id, e.language.id, e.lab.id]],
    'coordinator of another corner': [{ roles: ['corner-coordinator'], cornerIds: [s.cornerB.id] }, null],
    'the person': [{ roles: ['beneficiary'], beneficiaryId: s.beneficiaryId }, (e) => [e.coaching.id, e.language.id, e.lab.id]],
    'another beneficiary': [{ roles: ['beneficiary'], beneficiaryId: crypto.randomUUID() }, null],
    'partner operator of X': [{ roles: ['partner-operator'], organisationId: s.x.id }, (e) => [e.language.id, e.lab.id]],
    'partner operator of Y': [{ roles: ['partner-operator'], organisationId: s.y.id }, (e) => [e.coaching.id]],
    employer: [{ roles: ['employer'], organisationId: s.x.id }, null],
    monitoring: [{ roles: ['monitoring'] }, null],
  });

  it.each([
    'network-admin',
    'tutor of the corner',
    'coordinator of another corner',
    'the person',
    'another beneficiary',
    'partner operator of X',
    'partner operator of Y',
    'employer',
    'monitoring',
  ])('shows %s exactly what the rule gives them, newest first, and audits the read', async (name) => {
    const [person, expected] = callers(setting)[name]!;
    const userId = crypto.randomUUID();
    const token = await identity.tokenFor({ ...person, userId });
    const { body } = await subgraph.request(HISTORY, { r: [representation(setting.beneficiaryId)] }, token);
    const reads = await subgraph.dataSource.query(
      `SELECT beneficiary_id, fields FROM audit.entry WHERE actor_id = $1 AND operation = 'READ'`,
      [userId],
    );
    if (expected === null) {
      expect(errorOf(body)!.extensions.code).toBe('FORBIDDEN');
      expect(reads).toEqual([]);
      return;
    }
    expect(body.errors).toBeUndefined();
    expect(body.data._entities[0].serviceHistory.map((enrollment: { id: string }) => enrollment.id)).toEqual(expected(setting.enrollments));
    expect(reads).toEqual([{ beneficiary_id: setting.beneficiaryId, fields: ['serviceHistory'] }]);
  });

  it('gives each enrolment its service, programme, area and type', async () => {
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const { body } = await subgraph.request(HISTORY, { r: [representation(setting.beneficiaryId)] }, token);
    expect(body.data._entities[0].serviceHistory[1]).toEqual({
      id: setting.enrollments.language.id,
      status: 'COMPLETED',
      startedOn: '2026-01-12',
      endedOn: '2026-03-01',
      outcome: 'Certificazione A2 conseguita',
      programmeCode: setting.programme.code,
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
      service: { id: setting.languageAtX.id, name: setting.languageAtX.name },
    });
  });

  it('refuses a caller of another corner whatever the facts handed over claim: they come from the beneficiaries contract', async () => {
    const token = await identity.tokenFor({ roles: ['tutor'], cornerIds: [setting.cornerB.id] });
    for (const facts of [{ integraCorner: { id: setting.cornerB.id } }, { integraCorner: null }, {}]) {
      const { body } = await subgraph.request(HISTORY, { r: [{ __typename: 'Beneficiary', id: setting.beneficiaryId, ...facts }] }, token);
      expect(errorOf(body)!.extensions.code).toBe('FORBIDDEN');
    }
  });

  it('costs the same number of SQL statements for 3 people as for 20', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource);
    const persons: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const beneficiaryId = (await people.person({ integraCornerId: corner.id })).id;
      // Every enrolment in its own service and programme: a per-row query would show at once.
      await createEnrollment(subgraph.dataSource, { beneficiaryId, serviceId: (await createService(subgraph.dataSource)).id });
      persons.push(beneficiaryId);
    }
    const token = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(HISTORY, { r: persons.slice(0, count).map((id) => representation(id)) }, token);
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.every((person: any) => person.serviceHistory.length === 1)).toBe(true);
      return statements;
    };
    // The people's access facts (from the beneficiaries contract), enrolments, their services, their programmes; then
    // the audit trail's one append.
    expect(await statementsFor(3)).toBe(4 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(20)).toBe(4 + AUDIT_APPEND_STATEMENTS);
  });
});

describe('recording an enrolment', () => {
  it('lets the provider record who attends, and a corner that referred the person; nobody else', async () => {
    const setting = await world();
    // A person of corner A referred to X's course, who consents to share with X.
    const person = (await people.person({ integraCornerId: setting.cornerA.id })).id;
    const referral = await createReferral(subgraph.dataSource, {
      beneficiaryId: person,
      serviceId: setting.languageAtX.id,
      fromCornerId: setting.cornerA.id,
      status: 'ACCEPTED',
    });
    await people.consent(person, 'SHARE_WITH_ORGANISATION', setting.x.id);
    const input = { beneficiaryId: person, serviceId: setting.languageAtX.id, status: 'IN_PROGRESS', startedOn: '2026-10-05' };
    const refused: [string, TestPerson][] = [
      ['partner of another organisation', { roles: ['partner-operator'], organisationId: setting.y.id }],
      ['tutor of a corner that did not refer the person', { roles: ['tutor'], cornerIds: [setting.cornerB.id] }],
      ['the person', { roles: ['beneficiary'], beneficiaryId: person }],
      ['monitoring', { roles: ['monitoring'] }],
    ];
    for (const [who, caller] of refused) {
      const { body } = await subgraph.request(RECORD, { input }, await identity.tokenFor(caller));
      expect({ who, code: errorOf(body)?.extensions.code }).toEqual({ who, code: 'FORBIDDEN' });
    }
    expect(await subgraph.dataSource.query('SELECT 1 FROM catalogue.service_enrollment WHERE beneficiary_id = $1', [person])).toEqual([]);

    const partnerId = crypto.randomUUID();
    const byProvider = await subgraph.request(
      RECORD,
      { input: { ...input, referralId: referral.id } },
      await identity.tokenFor({ roles: ['partner-operator'], organisationId: setting.x.id, userId: partnerId }),
    );
    expect(byProvider.body.errors).toBeUndefined();
    expect(byProvider.body.data.recordEnrollment).toEqual({
      id: expect.any(String),
      status: 'IN_PROGRESS',
      startedOn: '2026-10-05',
      endedOn: null,
      outcome: null,
      recordedBy: partnerId,
      beneficiary: { id: person },
      service: { id: setting.languageAtX.id },
      referral: { id: referral.id },
      programmeCode: setting.programme.code,
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
    });
    const byTutor = await subgraph.request(
      RECORD,
      {
        input: {
          ...input,
          serviceId: setting.coachingAtY.id,
          status: 'COMPLETED',
          endedOn: '2026-11-01',
          outcome: 'CV e colloqui preparati',
        },
      },
      await identity.tokenFor({ roles: ['tutor'], cornerIds: [setting.cornerA.id] }),
    );
    expect(byTutor.body.errors).toBeUndefined();
    const audited = await subgraph.dataSource.query(
      `SELECT operation, fields FROM audit.entry WHERE beneficiary_id = $1 AND operation <> 'READ' ORDER BY id`,
      [person],
    );
    expect(audited).toEqual([
      { operation: 'recordEnrollment', fields: ['serviceHistory'] },
      { operation: 'recordEnrollment', fields: ['serviceHistory'] },
    ]);
  });

  it.each([
    ['a finished enrolment without an end', { status: 'COMPLETED' }, 'BAD_USER_INPUT', 'input.endedOn'],
    ['a running enrolment with an end', { status: 'IN_PROGRESS', endedOn: '2026-11-01' }, 'BAD_USER_INPUT', 'input.endedOn'],
    ['an end before the start', { status: 'DROPPED_OUT', endedOn: '2026-09-01' }, 'BAD_USER_INPUT', 'input.endedOn'],
    ['a malformed person', { beneficiaryId: 'amina' }, 'BAD_USER_INPUT', 'input.beneficiaryId'],
    ['an unknown service', { serviceId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.serviceId'],
    ['an outcome too long', { outcome: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'input.outcome'],
    ['an unknown referral', { referralId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', 'input.referralId'],
  ])('refuses %s, naming the field', async (_case, change, code, field) => {
    const setting = await world();
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const input = {
      beneficiaryId: (await people.person({ integraCornerId: setting.cornerA.id })).id,
      serviceId: setting.labAtX.id,
      status: 'ENROLLED',
      startedOn: '2026-10-05',
      ...change,
    };
    const { body } = await subgraph.request(RECORD, { input }, token);
    expect(errorOf(body)!.extensions).toEqual({ code, field });
  });

  it("refuses another person's referral, and a referral that already has its enrolment", async () => {
    const setting = await world();
    const token = await identity.tokenFor({ roles: ['network-admin'] });
    const referral = await createReferral(subgraph.dataSource, {
      beneficiaryId: (await people.person()).id,
      serviceId: setting.labAtX.id,
      status: 'ACCEPTED',
    });
    const input = {
      beneficiaryId: referral.beneficiaryId,
      serviceId: setting.labAtX.id,
      referralId: referral.id,
      status: 'ENROLLED',
      startedOn: '2026-10-05',
    };
    const other = await subgraph.request(RECORD, { input: { ...input, beneficiaryId: (await people.person()).id } }, token);
    expect(errorOf(other.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.referralId' });
    expect((await subgraph.request(RECORD, { input }, token)).body.errors).toBeUndefined();
    const twice = await subgraph.request(RECORD, { input }, token);
    expect(errorOf(twice.body)!.extensions).toEqual({ code: 'CONFLICT', field: 'input.referralId' });
  });

  it('follows the person through the service, under the same rule', async () => {
    const setting = await world();
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: setting.x.id });
    const stranger = await identity.tokenFor({ roles: ['partner-operator'], organisationId: setting.y.id });
    const started = await createEnrollment(subgraph.dataSource, {
      beneficiaryId: setting.beneficiaryId,
      serviceId: setting.labAtX.id,
      status: 'ENROLLED',
      startedOn: '2026-11-02',
      endedOn: null,
      outcome: null,
    });
    expect(
      errorOf((await subgraph.request(UPDATE, { id: started.id, input: { status: 'IN_PROGRESS' } }, stranger)).body)!.extensions.code,
    ).toBe('FORBIDDEN');
    const finishedWithoutEnd = await subgraph.request(UPDATE, { id: started.id, input: { status: 'COMPLETED' } }, partner);
    expect(errorOf(finishedWithoutEnd.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endedOn' });
    const done = await subgraph.request(
      UPDATE,
      { id: started.id, input: { status: 'DROPPED_OUT', endedOn: '2026-11-20', outcome: 'Ha iniziato un tirocinio' } },
      partner,
    );
    expect(done.body).toEqual({
      data: { updateEnrollment: { id: started.id, status: 'DROPPED_OUT', endedOn: '2026-11-20', outcome: 'Ha iniziato un tirocinio' } },
    });
    expect(errorOf((await subgraph.request(UPDATE, { id: crypto.randomUUID(), input: {} }, partner)).body)!.extensions).toEqual({
      code: 'NOT_FOUND',
      field: 'id',
    });
  });
});
