import { AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity, type TestPerson } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import type { ServiceArea, ServiceType } from '../src/generated/resolvers-types.js';
import { catalogueSubgraph } from '../src/subgraph.js';
import { createEnrollment } from './enrollment-factory.js';
import { createExternalService } from './external-service-factory.js';
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

const CHECK = `query($beneficiary: ID!, $service: ID!) { overlapCheck(beneficiaryId: $beneficiary, serviceId: $service) {
  hasOverlap message overlapping { id } overlappingExternal { id }
} }`;
const WARNING = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PlanAction { overlapWarning {
  hasOverlap message overlapping { id } overlappingExternal { id } } } } }`;

const errorOf = (body: any) => body.errors?.[0] as { message: string; extensions: Record<string, unknown> } | undefined;
const daysAgo = (days: number) => {
  const date = new Date(`${todayInItaly()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

const serviceOf = async ([area, type]: [ServiceArea, ServiceType], programmeCode?: string, providerName?: string) =>
  createService(subgraph.dataSource, {
    area,
    type,
    ...(programmeCode ? { programmeId: (await createProgramme(subgraph.dataSource, { code: programmeCode })).id } : {}),
    ...(providerName ? { providerId: (await createOrganisation(subgraph.dataSource, { type: 'SCHOOL', name: providerName })).id } : {}),
  });

const admin = () => identity.tokenFor({ roles: ['network-admin'] });

describe('the overlap check', () => {
  // [what the person received, its status, ended days ago (null: running), what is considered, overlaps?]
  const MATRIX: [
    string,
    [ServiceArea, ServiceType],
    'ENROLLED' | 'IN_PROGRESS' | 'COMPLETED' | 'DROPPED_OUT',
    number | null,
    [ServiceArea, ServiceType],
    boolean,
  ][] = [
    ['the same type, completed a year ago', ['LANGUAGE', 'ITALIAN_L2'], 'COMPLETED', 365, ['LANGUAGE', 'ITALIAN_L2'], true],
    ['the same type, completed three years ago', ['LANGUAGE', 'ITALIAN_L2'], 'COMPLETED', 3 * 365, ['LANGUAGE', 'ITALIAN_L2'], false],
    ['the same type, completed just inside 24 months', ['LANGUAGE', 'ITALIAN_L2'], 'COMPLETED', 720, ['LANGUAGE', 'ITALIAN_L2'], true],
    ['the same type, left before the end', ['LANGUAGE', 'ITALIAN_L2'], 'DROPPED_OUT', 30, ['LANGUAGE', 'ITALIAN_L2'], false],
    ['the same type, still running', ['WORK', 'WORK_EXPERIENCE'], 'IN_PROGRESS', null, ['WORK', 'WORK_EXPERIENCE'], true],
    ['the same type, enrolled', ['HOUSING', 'RENT_GUARANTEE'], 'ENROLLED', null, ['HOUSING', 'RENT_GUARANTEE'], true],
    ['the same family (coaching, then job-search support)', ['WORK', 'COACHING'], 'COMPLETED', 60, ['WORK', 'JOB_SEARCH_SUPPORT'], true],
    ['the same family (two group labs)', ['WORK', 'SOFT_SKILLS_LAB'], 'IN_PROGRESS', null, ['WORK', 'JOB_SEARCH_LAB'], true],
    ['the same area, another family', ['WORK', 'COACHING'], 'COMPLETED', 60, ['WORK', 'WORK_EXPERIENCE'], false],
    ['another area', ['HEALTH', 'PSYCHOLOGICAL_SUPPORT'], 'COMPLETED', 60, ['LANGUAGE', 'ITALIAN_L2'], false],
  ];

  it.each(MATRIX)('%s', async (_case, received, status, endedDaysAgo, considered, expected) => {
    const beneficiaryId = crypto.randomUUID();
    const running = endedDaysAgo === null;
    const enrollment = await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: (await serviceOf(received)).id,
      status,
      startedOn: daysAgo((endedDaysAgo ?? 0) + 90),
      endedOn: running ? null : daysAgo(endedDaysAgo),
    });
    const target = await serviceOf(considered);
    const { body } = await subgraph.request(CHECK, { beneficiary: beneficiaryId, service: target.id }, await admin());
    expect(body.errors).toBeUndefined();
    expect(body.data.overlapCheck.hasOverlap).toBe(expected);
    expect(body.data.overlapCheck.overlapping).toEqual(expected ? [{ id: enrollment.id }] : []);
    expect(body.data.overlapCheck.message === null).toBe(!expected);
  });

  // Services received before SHUBH, by the same rules: [case, what, ended days ago (null: running), withdrawn, considered, overlaps?]
  const EXTERNAL_MATRIX: [string, [ServiceArea, ServiceType], number | null, boolean, [ServiceArea, ServiceType], boolean][] = [
    ['before SHUBH, the same type, ended a year ago', ['LANGUAGE', 'ITALIAN_L2'], 365, false, ['LANGUAGE', 'ITALIAN_L2'], true],
    ['before SHUBH, the same type, ended three years ago', ['LANGUAGE', 'ITALIAN_L2'], 3 * 365, false, ['LANGUAGE', 'ITALIAN_L2'], false],
    ['before SHUBH, the same type, still running', ['WORK', 'WORK_EXPERIENCE'], null, false, ['WORK', 'WORK_EXPERIENCE'], true],
    ['before SHUBH, the same type, withdrawn', ['LANGUAGE', 'ITALIAN_L2'], 30, true, ['LANGUAGE', 'ITALIAN_L2'], false],
    ['before SHUBH, the same family', ['WORK', 'COUNSELLING'], 60, false, ['WORK', 'COACHING'], true],
    ['before SHUBH, the same area, another family', ['WORK', 'COACHING'], 60, false, ['WORK', 'WORK_EXPERIENCE'], false],
    ['before SHUBH, another area', ['HEALTH', 'PSYCHOLOGICAL_SUPPORT'], 60, false, ['LANGUAGE', 'ITALIAN_L2'], false],
  ];

  it.each(EXTERNAL_MATRIX)('%s', async (_case, [area, type], endedDaysAgo, withdrawn, considered, expected) => {
    const beneficiaryId = crypto.randomUUID();
    const received = await createExternalService(subgraph.dataSource, {
      beneficiaryId,
      area,
      type,
      startedOn: daysAgo((endedDaysAgo ?? 0) + 90),
      endedOn: endedDaysAgo === null ? null : daysAgo(endedDaysAgo),
      ...(withdrawn ? { withdrawnAt: new Date(), withdrawnBy: 'tutor', withdrawalReason: 'Registrato per errore' } : {}),
    });
    const target = await serviceOf(considered);
    const { body } = await subgraph.request(CHECK, { beneficiary: beneficiaryId, service: target.id }, await admin());
    expect(body.errors).toBeUndefined();
    expect(body.data.overlapCheck).toEqual({
      hasOverlap: expected,
      overlapping: [],
      overlappingExternal: expected ? [{ id: received.id }] : [],
      message: expected ? expect.stringContaining('(before SHUBH)') : null,
    });
  });

  it('names the most recent overlap of both kinds, and counts the others', async () => {
    const beneficiaryId = crypto.randomUUID();
    const enrolled = await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: (await serviceOf(['LANGUAGE', 'ITALIAN_L2'], undefined, 'CPIA 1 Torino')).id,
      startedOn: daysAgo(200),
      endedOn: daysAgo(150),
    });
    const before = await createExternalService(subgraph.dataSource, {
      beneficiaryId,
      programme: 'SAI',
      providerName: 'Cooperativa Sociale Esempio',
      startedOn: daysAgo(100),
      endedOn: daysAgo(20),
    });
    const target = (await serviceOf(['LANGUAGE', 'ITALIAN_L2'])).id;
    const { body } = await subgraph.request(CHECK, { beneficiary: beneficiaryId, service: target }, await admin());
    expect(body.data.overlapCheck).toEqual({
      hasOverlap: true,
      message: `Already received ITALIAN_L2 from SAI at Cooperativa Sociale Esempio (before SHUBH), completed ${daysAgo(20)} (and 1 more)`,
      overlapping: [{ id: enrolled.id }],
      overlappingExternal: [{ id: before.id }],
    });
  });

  it('says what was received, under which programme, where and when, newest first', async () => {
    const beneficiaryId = crypto.randomUUID();
    const code = `PIANI_LINGUA_${crypto.randomUUID().slice(0, 4).toUpperCase()}`;
    const older = await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: (await serviceOf(['LANGUAGE', 'ITALIAN_L2'])).id,
      startedOn: '2025-06-01',
      endedOn: '2025-07-15',
    });
    const newer = await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: (await serviceOf(['LANGUAGE', 'ITALIAN_L2'], code, 'CPIA 1 Torino')).id,
      startedOn: '2026-01-12',
      endedOn: '2026-03-01',
    });
    const { body } = await subgraph.request(
      CHECK,
      { beneficiary: beneficiaryId, service: (await serviceOf(['LANGUAGE', 'ITALIAN_L2'])).id },
      await admin(),
    );
    expect(body.data.overlapCheck).toEqual({
      hasOverlap: true,
      message: `Already received ITALIAN_L2 from ${code} at CPIA 1 Torino, completed 2026-03-01 (and 1 more)`,
      overlapping: [{ id: newer.id }, { id: older.id }],
      overlappingExternal: [],
    });
  });

  it('lets tutors and coordinators check only the people of their corner', async () => {
    const corner = await createIntegraCorner(subgraph.dataSource);
    const referred = (await people.person({ integraCornerId: corner.id })).id;
    await createReferral(subgraph.dataSource, { beneficiaryId: referred, fromCornerId: corner.id, status: 'COMPLETED' });
    const target = await serviceOf(['LANGUAGE', 'ITALIAN_L2']);
    const cases: [string, TestPerson, string, string | null][] = [
      ['tutor, person of the corner', { roles: ['tutor'], cornerIds: [corner.id] }, referred, null],
      ['coordinator, person of the corner', { roles: ['corner-coordinator'], cornerIds: [corner.id] }, referred, null],
      ['tutor, anyone else', { roles: ['tutor'], cornerIds: [corner.id] }, crypto.randomUUID(), 'FORBIDDEN'],
      ['tutor without corners', { roles: ['tutor'] }, referred, 'FORBIDDEN'],
      ['partner operator', { roles: ['partner-operator'], organisationId: target.providerId }, referred, 'FORBIDDEN'],
      ['the person', { roles: ['beneficiary'], beneficiaryId: referred }, referred, 'FORBIDDEN'],
    ];
    for (const [who, person, beneficiary, code] of cases) {
      const { body } = await subgraph.request(CHECK, { beneficiary, service: target.id }, await identity.tokenFor(person));
      expect({ who, code: errorOf(body)?.extensions.code ?? null }).toEqual({ who, code });
    }
  });

  it('names the argument at fault', async () => {
    const token = await admin();
    const bad = await subgraph.request(CHECK, { beneficiary: 'amina', service: crypto.randomUUID() }, token);
    expect(errorOf(bad.body)!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'beneficiaryId' });
    const unknown = await subgraph.request(CHECK, { beneficiary: crypto.randomUUID(), service: crypto.randomUUID() }, token);
    expect(errorOf(unknown.body)!.extensions).toEqual({ code: 'NOT_FOUND', field: 'serviceId' });
  });
});

describe('the overlap warning of a plan action', () => {
  const action = (beneficiaryId: string, serviceId: string | null) => ({
    __typename: 'PlanAction',
    id: crypto.randomUUID(),
    beneficiary: { id: beneficiaryId },
    service: serviceId ? { id: serviceId } : null,
  });

  it('warns the people who write plans, is null without a service, and is FORBIDDEN to others', async () => {
    const tutorCorner = crypto.randomUUID();
    const beneficiaryId = (await people.person({ integraCornerId: tutorCorner })).id;
    const received = await createEnrollment(subgraph.dataSource, {
      beneficiaryId,
      serviceId: (await serviceOf(['WORK', 'COACHING'])).id,
      startedOn: daysAgo(100),
      endedOn: daysAgo(10),
    });
    const support = await serviceOf(['WORK', 'JOB_SEARCH_SUPPORT']);
    const housing = await serviceOf(['HOUSING', 'HOUSING_INTERMEDIATION']);
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [tutorCorner] });
    const { body } = await subgraph.request(
      WARNING,
      { r: [action(beneficiaryId, support.id), action(beneficiaryId, housing.id), action(beneficiaryId, null)] },
      tutor,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        overlapWarning: {
          hasOverlap: true,
          message: expect.stringMatching(/^Already received COACHING from /),
          overlapping: [{ id: received.id }],
          overlappingExternal: [],
        },
      },
      { overlapWarning: { hasOverlap: false, message: null, overlapping: [], overlappingExternal: [] } },
      { overlapWarning: null },
    ]);
    const partner = await identity.tokenFor({ roles: ['partner-operator'], organisationId: support.providerId });
    const refused = await subgraph.request(WARNING, { r: [action(beneficiaryId, support.id)] }, partner);
    expect(errorOf(refused.body)!.extensions.code).toBe('FORBIDDEN');
  });

  it('warns of a service received before SHUBH', async () => {
    const tutorCorner = crypto.randomUUID();
    const beneficiaryId = (await people.person({ integraCornerId: tutorCorner })).id;
    const before = await createExternalService(subgraph.dataSource, {
      beneficiaryId,
      type: 'HOUSING_INTERMEDIATION',
      area: 'HOUSING',
      endedOn: null,
    });
    const housing = await serviceOf(['HOUSING', 'HOUSING_INTERMEDIATION']);
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [tutorCorner] });
    const { body } = await subgraph.request(WARNING, { r: [action(beneficiaryId, housing.id)] }, tutor);
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      {
        overlapWarning: {
          hasOverlap: true,
          message: `Already receiving HOUSING_INTERMEDIATION from SAI at Cooperativa Sociale Esempio (before SHUBH), running since ${before.startedOn}`,
          overlapping: [],
          overlappingExternal: [{ id: before.id }],
        },
      },
    ]);
  });

  it('costs the same number of SQL statements for 3 plan actions as for 30', async () => {
    const actions: ReturnType<typeof action>[] = [];
    for (let i = 0; i < 30; i += 1) {
      const beneficiaryId = crypto.randomUUID();
      // Each person received a service of their own (own programme, own provider): every lookup must batch.
      await createEnrollment(subgraph.dataSource, { beneficiaryId, serviceId: (await serviceOf(['LANGUAGE', 'ITALIAN_L2'])).id });
      // And one service before SHUBH that does not overlap: its rows are read in the same one statement.
      await createExternalService(subgraph.dataSource, { beneficiaryId, area: 'HEALTH', type: 'HEALTH_REFERRAL', startedOn: '2024-01-15' });
      actions.push(action(beneficiaryId, (await serviceOf(['LANGUAGE', 'ITALIAN_L2'])).id));
    }
    const token = await admin();
    const statementsFor = async (count: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(WARNING, { r: actions.slice(0, count) }, token);
      const statements = sqlStatements.count - before;
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.every((entity: any) => entity.overlapWarning.hasOverlap)).toBe(true);
      return statements;
    };
    // The actions' services, the people's enrolments and the services they received before SHUBH, the enrolments'
    // services, their programmes, their providers; then the audit trail's one append.
    expect(await statementsFor(3)).toBe(6 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(30)).toBe(6 + AUDIT_APPEND_STATEMENTS);
  });
});
