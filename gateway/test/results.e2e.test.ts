/**
 * The results domain through the gateway: a person enrolled, planned, employed and housed moves the right
 * indicators for the right corner, province and period; a locked period does not move afterwards (a correction is a
 * new, explained version); monitoring's report withholds small cells with their complements, and subtraction from
 * the totals recovers none of them; the XLSX opens in exceljs with the expected cells. The indicators added since
 * (PAIs revised, services delivered by area and programme, referral time, Italian level gained, qualifications,
 * education, traineeship, in employment six months after leaving) move for the right corner, province, programme and
 * period too, and a report costs the same statements whatever the number of people. The national report of an open
 * period is served from its last refresh (job `refresh-national-results`, run here when the test means to), and says
 * when it was computed; a corner's or a province's is computed when asked for.
 */
import { addDays, sqlStatements, todayInItaly } from '@shubh/platform';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@shubh/platform/testing';
import ExcelJS from 'exceljs';
import { startHub, type RunningHub } from '../../hub/hub.js';
import { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createEnrollment } from '../../subgraphs/catalogue/test/enrollment-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createProgramme } from '../../subgraphs/catalogue/test/programme-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createService } from '../../subgraphs/catalogue/test/service-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';

const REFRESH = 'refresh-national-results';
let hub: RunningHub;
let identity: TestIdentity;
let database: TestDatabase;

// National figures count everyone in the database: this test has one of its own, so that the people other test
// files create at the same time (the suite shares one database) do not move them.
beforeAll(async () => {
  database = await createTestDatabase(process.env.DATABASE_URL);
  identity = await TestIdentity.start();
  hub = await startHub({
    databaseUrl: database.url,
    host: '127.0.0.1',
    ports: 'ephemeral',
    logLevel: 'silent',
    identity: identity.config,
    // The refresh of the national reports only, its schedule off: the test runs it when it means to.
    jobs: { enabled: true, pollingIntervalSeconds: 1, only: [REFRESH], schedules: { [REFRESH]: 'off' } },
  });
});
afterAll(async () => {
  await hub?.stop();
  await identity?.stop();
  await database?.drop();
});

const day = (offset: number) => addDays(todayInItaly(), offset);
/** The national reports of the open periods computed again, as the scheduled job does every 10 minutes. */
const refreshNational = () => hub.subgraphs.find((running) => running.name === 'beneficiaries')!.jobs.run(REFRESH);
const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const REPORT = `query($periodId: ID!, $province: String, $corner: ID) {
  resultsReport(periodId: $periodId, province: $province, integraCornerId: $corner) {
    version suppressed figuresAsOf
    indicators { indicator definition target cells { dimension key periodValue cumulativeValue suppressed target } }
  } }`;
type Cell = {
  dimension: string;
  key: string;
  periodValue: number | null;
  cumulativeValue: number | null;
  suppressed: boolean;
  target: number | null;
};
type Report = {
  version: number | null;
  suppressed: boolean;
  figuresAsOf: string;
  indicators: { indicator: string; definition: string; target: number | null; cells: Cell[] }[];
};

async function report(token: string, periodId: string, filter: { province?: string; corner?: string } = {}): Promise<Report> {
  return (await ok(token, REPORT, { periodId, ...filter })).resultsReport as Report;
}
const cellsOf = (result: Report, indicator: string) => result.indicators.find((entry) => entry.indicator === indicator)!.cells;
const value = (result: Report, indicator: string, dimension = 'TOTAL', key = 'TOTAL') =>
  cellsOf(result, indicator).find((cell) => cell.dimension === dimension && cell.key === key)?.periodValue ?? 0;

const PERIOD = `mutation($input: DefineReportingPeriodInput!) { defineReportingPeriod(input: $input) { id locked } }`;

it('counts a person enrolled, planned, employed and housed, freezes a locked period, suppresses for monitoring and exports', async () => {
  const catalogue = hub.dataSources.catalogue!;
  const beneficiaries = hub.dataSources.beneficiaries!;
  const corner = await createIntegraCorner(catalogue, { province: 'AO' });
  const otherCorner = await createIntegraCorner(catalogue, { province: 'BZ' });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [corner.id] });
  const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
  const tutorId = crypto.randomUUID();
  const tutor = await identity.tokenFor({ userId: tutorId, roles: ['tutor'], cornerIds: [corner.id] });

  // Two overlapping project-long periods: one to lock, one that stays open.
  const locked = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-30), endsOn: day(30) } })).defineReportingPeriod.id;
  const open = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-30), endsOn: day(31) } })).defineReportingPeriod.id;
  // A period of an earlier month: nothing of this test happens in it.
  const earlier = (await ok(admin, PERIOD, { input: { kind: 'MONTH', startsOn: `${day(-400).slice(0, 7)}-01` } })).defineReportingPeriod.id;
  await ok(
    admin,
    `mutation { setResultTarget(input: { indicator: AUTONOMY_OUTCOME, integraCornerId: "${corner.id}", value: 12 }) { value } }`,
  );

  // The person: enrolled ten days ago at the corner, a woman (as on her permit), 27, from Afghanistan.
  const person = await createBeneficiary(beneficiaries, {
    integraCornerId: corner.id,
    province: 'AO',
    sex: 'FEMALE',
    birthDate: `${Number(day(0).slice(0, 4)) - 27}-01-15`,
    citizenship: 'AF',
    caseStatus: 'ASSESSED',
    tutorUserId: tutorId,
    receptionExitDate: day(-60),
    enrolledOn: day(-10),
  });
  // Six more people at another corner, in another province, enrolled too.
  for (let index = 0; index < 6; index++) {
    await createBeneficiary(beneficiaries, {
      integraCornerId: otherCorner.id,
      province: 'BZ',
      sex: 'MALE',
      citizenship: 'SY',
      receptionExitDate: day(-50),
      enrolledOn: day(-5),
    });
  }

  let result = await report(admin, locked);
  expect(result).toMatchObject({ version: null, suppressed: false });
  expect(value(result, 'ENROLLED')).toBe(7);
  expect(value(result, 'ENROLLED', 'INTEGRA_CORNER', corner.id)).toBe(1);
  expect(value(result, 'ENROLLED', 'PROVINCE', 'AO')).toBe(1);
  expect(value(result, 'ENROLLED', 'SEX', 'FEMALE')).toBe(1);
  expect(value(result, 'ENROLLED', 'AGE_BAND', 'FROM_18_TO_29')).toBe(1);
  expect(value(result, 'ENROLLED', 'CITIZENSHIP', 'AF')).toBe(1);
  expect(value(result, 'PAI_AGREED')).toBe(0);
  expect(result.indicators.find((entry) => entry.indicator === 'AUTONOMY_OUTCOME')).toMatchObject({
    target: 295,
    definition: expect.stringContaining('employment'),
  });
  expect(cellsOf(result, 'AUTONOMY_OUTCOME').find((cell) => cell.key === corner.id)!.target).toBe(12);
  expect(value(await report(admin, earlier), 'ENROLLED')).toBe(0);

  // Planned: the PAI drafted and agreed in person today.
  const drafted = await ok(
    tutor,
    `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { id revision } }`,
    { id: person.id, input: { goals: [{ area: 'WORK', description: 'Trovare un lavoro', targetDate: day(180), actions: [] }] } },
  );
  await ok(tutor, `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { status } }`, {
    id: drafted.draftActionPlan.id,
    input: { expectedRevision: drafted.draftActionPlan.revision, agreedInPerson: true },
  });
  await refreshNational();
  result = await report(admin, locked);
  expect(value(result, 'PAI_AGREED', 'INTEGRA_CORNER', corner.id)).toBe(1);
  expect(value(result, 'DAYS_TO_AGREED_PAI')).toBe(10);

  // The administrator locks the first period: version 1.
  const lockedPeriod = await ok(admin, `mutation($id: ID!) { lockReportingPeriod(id: $id) { locked versions { version explanation } } }`, {
    id: locked,
  });
  expect(lockedPeriod.lockReportingPeriod).toEqual({ locked: true, versions: [{ version: 1, explanation: null }] });
  const again = await call(admin, `mutation($id: ID!) { lockReportingPeriod(id: $id) { locked } }`, { id: locked });
  expect(again.body.errors![0]!.extensions!.code).toBe('CONFLICT');

  // Employed and housed today (the labour and housing subgraphs' own records, published through their contracts).
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id, employmentStatus: 'EMPLOYED' });
  await createHousingSituation(hub.dataSources.housing!, {
    beneficiaryId: person.id,
    status: 'COHOUSING',
    since: day(0),
    rentGuaranteeActive: true,
  });

  // The open period moves, for the right corner and province...
  await refreshNational();
  result = await report(admin, open);
  for (const indicator of ['IN_EMPLOYMENT', 'MOVED_TO_TENANCY', 'RENT_GUARANTEES_ACTIVE', 'AUTONOMY_OUTCOME']) {
    expect([indicator, value(result, indicator)]).toEqual([indicator, 1]);
    expect([indicator, value(result, indicator, 'INTEGRA_CORNER', corner.id)]).toEqual([indicator, 1]);
    expect([indicator, value(result, indicator, 'PROVINCE', 'AO')]).toEqual([indicator, 1]);
    expect([indicator, value(result, indicator, 'INTEGRA_CORNER', otherCorner.id)]).toEqual([indicator, 0]);
  }
  // ...the locked one does not.
  result = await report(admin, locked);
  expect(result.version).toBe(1);
  expect(value(result, 'ENROLLED')).toBe(7);
  expect(value(result, 'PAI_AGREED')).toBe(1);
  expect(value(result, 'IN_EMPLOYMENT')).toBe(0);
  expect(value(result, 'AUTONOMY_OUTCOME')).toBe(0);
  // A correction is a new version, with its explanation; it takes in what happened since.
  const corrected = await ok(
    admin,
    `mutation($id: ID!) { correctReportingPeriod(id: $id, explanation: "Employment recorded late by the labour desk") { versions { version explanation } } }`,
    { id: locked },
  );
  expect(corrected.correctReportingPeriod.versions).toEqual([
    { version: 1, explanation: null },
    { version: 2, explanation: 'Employment recorded late by the labour desk' },
  ]);
  result = await report(admin, locked);
  expect(result.version).toBe(2);
  expect(value(result, 'AUTONOMY_OUTCOME')).toBe(1);

  // The coordinator: exact figures of their corner only.
  const own = await report(coordinator, open);
  expect(own.suppressed).toBe(false);
  expect(value(own, 'ENROLLED')).toBe(1);
  expect(cellsOf(own, 'ENROLLED').some((cell) => cell.key === otherCorner.id)).toBe(false);
  expect(own.indicators.find((entry) => entry.indicator === 'AUTONOMY_OUTCOME')!.target).toBe(12);

  // Monitoring: the national report, small cells withheld with their complements.
  const national = await report(monitoring, open);
  expect(national.suppressed).toBe(true);
  const enrolled = cellsOf(national, 'ENROLLED');
  const total = enrolled.find((cell) => cell.dimension === 'TOTAL')!;
  expect(total).toMatchObject({ periodValue: 7, suppressed: false });
  const cornerCell = (id: string) => enrolled.find((cell) => cell.dimension === 'INTEGRA_CORNER' && cell.key === id)!;
  expect(cornerCell(corner.id)).toMatchObject({ periodValue: null, suppressed: true });
  // 6 is not small, but shown it would give the corner's 1 away (7 - 6): it is withheld too.
  expect(cornerCell(otherCorner.id)).toMatchObject({ periodValue: null, suppressed: true });
  // The attempt: in every breakdown, the total minus the cells shown never leaves exactly one withheld cell.
  for (const dimension of ['INTEGRA_CORNER', 'PROVINCE', 'SEX', 'AGE_BAND', 'CITIZENSHIP', 'PROTECTION_STATUS']) {
    const cells = enrolled.filter((cell) => cell.dimension === dimension);
    const withheld = cells.filter((cell) => cell.periodValue == null);
    const rest = total.periodValue! - cells.reduce((sum, cell) => sum + (cell.periodValue ?? 0), 0);
    if (withheld.length === 1) throw new Error(`${dimension}: ${withheld[0]!.key} recovered as ${rest}`);
    expect([dimension, withheld.length === 0 ? rest : 'not recoverable']).toEqual([
      dimension,
      withheld.length === 0 ? 0 : 'not recoverable',
    ]);
  }
  // No figure that is small is shown to monitoring (medians and rates are withheld on their base, not their value).
  for (const indicator of national.indicators.filter(
    (entry) =>
      !['DAYS_TO_AGREED_PAI', 'REFERRALS_CLOSED_LOOP_RATE', 'REFERRAL_MEDIAN_DAYS', 'ITALIAN_CEFR_STEPS_GAINED'].includes(entry.indicator),
  )) {
    for (const cell of indicator.cells) {
      for (const shown of [cell.periodValue, cell.cumulativeValue]) if (shown != null) expect(shown === 0 || shown >= 5).toBe(true);
    }
  }
  // Monitoring may not cut the report by province (a filtered report could undo the suppression).
  const filtered = await call(monitoring, REPORT, { periodId: open, province: 'AO' });
  expect(filtered.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // The export: XLSX read back by exceljs, CSV with the same rows.
  const FILE = `query($periodId: ID!, $format: ReportFormat!) { resultsReportFile(periodId: $periodId, format: $format) { fileName mediaType contentBase64 } }`;
  const xlsx = (await ok(admin, FILE, { periodId: locked, format: 'XLSX' })).resultsReportFile;
  expect(xlsx.fileName).toMatch(/-v2\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Progress report')!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[2]!.slice(0, 3)).toEqual(['Indicator', 'Name', 'Definition']);
  const autonomyTotal = rows.find((row) => row[0] === 'AUTONOMY_OUTCOME' && row[5] === 'TOTAL')!;
  expect(autonomyTotal[7]).toBe(295);
  expect(autonomyTotal[8]).toBe(1);
  expect(autonomyTotal[9]).toBe(1);
  expect(String(autonomyTotal[2])).toContain('employment');
  const enrolledAtCorner = rows.find((row) => row[0] === 'ENROLLED' && row[5] === 'INTEGRA_CORNER' && row[6] === corner.id)!;
  expect(enrolledAtCorner[8]).toBe(1);
  const csv = (await ok(admin, FILE, { periodId: locked, format: 'CSV' })).resultsReportFile;
  const lines = Buffer.from(csv.contentBase64, 'base64').toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe(
    'Indicator,Name,Definition,AMIF indicator,Unit,Dimension,Cell,Target,Value in the period,Cumulative value,Withheld',
  );
  expect(lines.length).toBe(rows.length - 2);
});

it('refuses periods and targets to anyone but an administrator, and bad periods with the field at fault', async () => {
  const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [crypto.randomUUID()] });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const refused = await call(coordinator, PERIOD, { input: { kind: 'MONTH', startsOn: '2026-01-01' } });
  expect(refused.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  const notFirst = await call(admin, PERIOD, { input: { kind: 'QUARTER', startsOn: '2026-02-01' } });
  expect(notFirst.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsOn' });
  await ok(admin, PERIOD, { input: { kind: 'QUARTER', startsOn: '2026-01-01' } });
  const twice = await call(admin, PERIOD, { input: { kind: 'QUARTER', startsOn: '2026-01-01' } });
  expect(twice.body.errors![0]!.extensions!.code).toBe('CONFLICT');
  const noEnd = await call(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: '2026-01-01' } });
  expect(noEnd.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
  const periods = await ok(admin, `{ reportingPeriods { kind startsOn endsOn locked } }`);
  expect(periods.reportingPeriods).toContainEqual({ kind: 'QUARTER', startsOn: '2026-01-01', endsOn: '2026-03-31', locked: false });
});

it('counts the later indicators for the right corner, province, programme and period, after exit included', async () => {
  const catalogue = hub.dataSources.catalogue!;
  const beneficiaries = hub.dataSources.beneficiaries!;
  const corner = await createIntegraCorner(catalogue, { province: 'VA' });
  const elsewhere = await createIntegraCorner(catalogue, { province: 'VB' });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
  const tutorId = crypto.randomUUID();
  const tutor = await identity.tokenFor({ userId: tutorId, roles: ['tutor'], cornerIds: [corner.id] });
  const open = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-40), endsOn: day(40) } })).defineReportingPeriod.id;
  const locked = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-40), endsOn: day(41) } })).defineReportingPeriod.id;
  const before = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-900), endsOn: day(-800) } })).defineReportingPeriod.id;
  const person = (overrides: Parameters<typeof createBeneficiary>[1] = {}) =>
    createBeneficiary(beneficiaries, {
      integraCornerId: corner.id,
      province: 'VA',
      tutorUserId: tutorId,
      caseStatus: 'ASSESSED',
      receptionExitDate: day(-60),
      enrolledOn: day(-20),
      ...overrides,
    });

  // Two programmes; a work service of the first, a language service of the second.
  const impact = await createProgramme(catalogue);
  const lingua = await createProgramme(catalogue);
  const work = await createService(catalogue, { programmeId: impact.id, area: 'WORK', provinces: ['VA'] });
  const italian = await createService(catalogue, { programmeId: lingua.id, area: 'LANGUAGE', type: 'ITALIAN_L2', provinces: ['VA'] });
  // Amina: vulnerable, two services started this month, a referral completed in 4 days, Italian A1 -> B1, a
  // qualification submitted and recognised, her plan agreed and revised.
  const amina = await person({ sex: 'FEMALE' });
  await beneficiaries.query(
    `INSERT INTO beneficiaries.sensitive_profile (beneficiary_id, vulnerabilities, updated_by) VALUES ($1, '{SINGLE_PARENT_WITH_MINORS}', 'test')`,
    [amina.id],
  );
  await createEnrollment(catalogue, {
    beneficiaryId: amina.id,
    serviceId: work.id,
    status: 'IN_PROGRESS',
    startedOn: day(-5),
    endedOn: null,
  });
  await createEnrollment(catalogue, {
    beneficiaryId: amina.id,
    serviceId: italian.id,
    status: 'IN_PROGRESS',
    startedOn: day(-3),
    endedOn: null,
  });
  const referral = await createReferral(catalogue, {
    beneficiaryId: amina.id,
    serviceId: work.id,
    fromCornerId: corner.id,
    status: 'COMPLETED',
  });
  await catalogue.query(`UPDATE catalogue.referral SET sent_at = $2::date + time '10:00' WHERE id = $1`, [referral.id, day(-6)]);
  await catalogue.query(
    `INSERT INTO catalogue.referral_transition (referral_id, from_status, to_status, at, by_user, outcome)
     VALUES ($1, 'ACCEPTED', 'COMPLETED', $2::date + time '12:00', 'test', 'Corso concluso')`,
    [referral.id, day(-2)],
  );
  const LEVEL = `mutation($id: ID!, $input: RecordLanguageLevelInput!) { recordLanguageLevel(beneficiaryId: $id, input: $input) { level } }`;
  await ok(tutor, LEVEL, { id: amina.id, input: { language: 'it', level: 'A1', assessedOn: day(-15) } });
  await ok(tutor, LEVEL, { id: amina.id, input: { language: 'it', level: 'B1', assessedOn: day(-1) } });
  await beneficiaries.query(
    `INSERT INTO beneficiaries.education (beneficiary_id, isced_level, title, country, recognition_status, recognition_authority,
       recognition_submitted_on, recognition_decided_on, updated_by)
     VALUES ($1, 'ISCED_3', 'Diploma', 'GN', 'RECOGNISED', 'CIMEA', $2, $3, 'test')`,
    [amina.id, day(-10), day(-1)],
  );
  const drafted = await ok(
    tutor,
    `mutation($id: ID!, $input: DraftActionPlanInput!) { draftActionPlan(beneficiaryId: $id, input: $input) { id revision } }`,
    { id: amina.id, input: { goals: [{ area: 'WORK', description: 'Trovare un lavoro', targetDate: day(180), actions: [] }] } },
  );
  const agreed = await ok(
    tutor,
    `mutation($id: ID!, $input: AgreeActionPlanInput!) { agreeActionPlan(planId: $id, input: $input) { revision } }`,
    { id: drafted.draftActionPlan.id, input: { expectedRevision: drafted.draftActionPlan.revision, agreedInPerson: true } },
  );
  await ok(tutor, `mutation($id: ID!, $input: ReviseActionPlanInput!) { reviseActionPlan(planId: $id, input: $input) { version } }`, {
    id: drafted.draftActionPlan.id,
    input: {
      expectedRevision: agreed.agreeActionPlan.revision,
      reason: 'Housing first, as agreed at the follow-up',
      goals: [{ area: 'HOUSING', description: 'Trovare casa', targetDate: day(120), actions: [] }],
    },
  });
  // Bilal in a traineeship, Chen in training (labour's records); Dawit at another corner, a service there.
  const bilal = await person({ sex: 'MALE' });
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: bilal.id, employmentStatus: 'IN_TRAINEESHIP' });
  await createEnrollment(catalogue, {
    beneficiaryId: bilal.id,
    serviceId: work.id,
    status: 'IN_PROGRESS',
    startedOn: day(-2),
    endedOn: null,
  });
  const chen = await person({ sex: 'MALE' });
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: chen.id, employmentStatus: 'IN_TRAINING' });
  const dawit = await createBeneficiary(beneficiaries, {
    integraCornerId: elsewhere.id,
    province: 'VB',
    receptionExitDate: day(-60),
    enrolledOn: day(-20),
  });
  await createEnrollment(catalogue, {
    beneficiaryId: dawit.id,
    serviceId: italian.id,
    status: 'IN_PROGRESS',
    startedOn: day(-1),
    endedOn: null,
  });
  // Esther left the programme seven months ago; her tutor reaches her: in work.
  const esther = await person({
    caseStatus: 'CLOSED',
    outcome: 'PARTIAL',
    closedOn: day(-213),
    receptionExitDate: day(-450),
    enrolledOn: day(-420),
  });
  const due = await ok(tutor, `{ afterExitFollowUpsDue { edges { node { beneficiary { id } dueOn } } } }`);
  expect(due.afterExitFollowUpsDue.edges.map((edge: { node: { beneficiary: { id: string } } }) => edge.node.beneficiary.id)).toEqual([
    esther.id,
  ]);

  // A period locked before the after-exit contact: it must not move afterwards.
  await ok(admin, `mutation($id: ID!) { lockReportingPeriod(id: $id) { locked } }`, { id: locked });
  await ok(
    tutor,
    `mutation($id: ID!, $input: RecordAfterExitFollowUpInput!) { recordAfterExitFollowUp(beneficiaryId: $id, input: $input) { reached } }`,
    { id: esther.id, input: { contactedOn: day(0), reached: true, employmentStatus: 'EMPLOYED', housingStatus: 'OWN_RENT' } },
  );

  const expected: Record<string, number> = {
    PAI_REVISED: 1,
    REFERRAL_MEDIAN_DAYS: 4,
    ITALIAN_LEVEL_GAINED: 1,
    ITALIAN_CEFR_STEPS_GAINED: 2,
    QUALIFICATIONS_SUBMITTED: 1,
    QUALIFICATIONS_RECOGNISED: 1,
    IN_EDUCATION: 1,
    IN_TRAINEESHIP: 1,
    EMPLOYED_AFTER_EXIT: 1,
  };
  await refreshNational();
  const byProvince = await report(admin, open, { province: 'VA' });
  const byCorner = await report(admin, open, { corner: corner.id });
  const national = await report(admin, open);
  for (const [indicator, figure] of Object.entries(expected)) {
    expect([indicator, value(byProvince, indicator)]).toEqual([indicator, figure]);
    expect([indicator, value(byCorner, indicator)]).toEqual([indicator, figure]);
    expect([indicator, value(national, indicator, 'INTEGRA_CORNER', corner.id)]).toEqual([indicator, figure]);
    expect([indicator, value(national, indicator, 'PROVINCE', 'VA')]).toEqual([indicator, figure]);
    expect([indicator, value(national, indicator, 'PROVINCE', 'VB')]).toEqual([indicator, 0]);
    expect([indicator, value(await report(admin, before), indicator)]).toEqual([indicator, 0]);
  }
  // Services delivered: by programme and area, at the right corner and province, counts by vulnerability.
  expect(value(byProvince, 'SERVICES_DELIVERED')).toBe(3);
  expect(value(national, 'SERVICES_DELIVERED', 'PROGRAMME', impact.code)).toBe(2);
  expect(value(national, 'SERVICES_DELIVERED', 'PROGRAMME', lingua.code)).toBe(2);
  expect(value(byProvince, 'SERVICES_DELIVERED', 'PROGRAMME', lingua.code)).toBe(1);
  expect(value(national, 'SERVICES_DELIVERED', 'SERVICE_AREA', 'WORK')).toBe(2);
  expect(value(national, 'SERVICES_DELIVERED', 'INTEGRA_CORNER', elsewhere.id)).toBe(1);
  expect(value(byProvince, 'SERVICES_DELIVERED', 'VULNERABILITY', 'VULNERABLE')).toBe(2);
  expect(value(byProvince, 'ENROLLED', 'VULNERABILITY', 'VULNERABLE')).toBe(1);
  // Vulnerability is for counts only; area and programme for services only.
  expect(cellsOf(byProvince, 'REFERRAL_MEDIAN_DAYS').some((cell) => cell.dimension === 'VULNERABILITY')).toBe(false);
  expect(cellsOf(byProvince, 'ENROLLED').some((cell) => cell.dimension === 'PROGRAMME')).toBe(false);
  expect(value(await report(admin, before), 'SERVICES_DELIVERED')).toBe(0);
  // Every definition is written.
  for (const entry of national.indicators) expect([entry.indicator, entry.definition.length > 40]).toEqual([entry.indicator, true]);

  // The locked period kept its figures: the contact came after the lock.
  const frozen = await report(admin, locked, { province: 'VA' });
  expect(frozen.version).toBe(1);
  expect(value(frozen, 'EMPLOYED_AFTER_EXIT')).toBe(0);
  expect(value(frozen, 'SERVICES_DELIVERED')).toBe(3);

  // Monitoring: in the new breakdowns too, never exactly one withheld cell in a table (nothing to subtract).
  const suppressed = await report(monitoring, open);
  for (const indicator of ['SERVICES_DELIVERED', 'ENROLLED', 'EMPLOYED_AFTER_EXIT']) {
    const cells = cellsOf(suppressed, indicator);
    const total = cells.find((cell) => cell.dimension === 'TOTAL')!;
    for (const dimension of ['PROGRAMME', 'SERVICE_AREA', 'VULNERABILITY', 'INTEGRA_CORNER']) {
      const row = cells.filter((cell) => cell.dimension === dimension);
      if (row.length === 0) continue;
      const withheld = row.filter((cell) => cell.periodValue == null).length + (total.periodValue == null ? 1 : 0);
      expect([indicator, dimension, withheld === 1]).toEqual([indicator, dimension, false]);
      for (const cell of row) if (cell.periodValue != null) expect(cell.periodValue === 0 || cell.periodValue >= 5).toBe(true);
    }
  }

  // A report costs the same statements whatever the number of people in it: a province's, computed when asked for,
  // and the national one, as refreshed.
  const statementsOfReport = async (filter: { province?: string } = {}) => {
    const start = sqlStatements.count;
    await report(admin, open, filter);
    return sqlStatements.count - start;
  };
  const few = [await statementsOfReport({ province: 'VA' }), await statementsOfReport()];
  for (let index = 0; index < 12; index++) {
    const extra = await person();
    await createEnrollment(catalogue, {
      beneficiaryId: extra.id,
      serviceId: work.id,
      status: 'IN_PROGRESS',
      startedOn: day(-1),
      endedOn: null,
    });
  }
  await refreshNational();
  expect([await statementsOfReport({ province: 'VA' }), await statementsOfReport()]).toEqual(few);
  // The period and its versions, the figures (the province's: one statement, every contract joined in it; the
  // national: the report as refreshed), the targets.
  expect(few).toEqual([4, 4]);
});

it('serves the national report of an open period from its last refresh, says when, and computes a province when asked', async () => {
  const beneficiaries = hub.dataSources.beneficiaries!;
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'TP' });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const monitoring = await identity.tokenFor({ roles: ['monitoring'] });
  const open = (await ok(admin, PERIOD, { input: { kind: 'PROJECT', startsOn: day(-20), endsOn: day(20) } })).defineReportingPeriod.id;
  const enrol = () =>
    createBeneficiary(beneficiaries, { integraCornerId: corner.id, province: 'TP', receptionExitDate: day(-30), enrolledOn: day(-2) });
  const enrolled = (result: Report) => value(result, 'ENROLLED', 'INTEGRA_CORNER', corner.id);
  await enrol();

  // Never asked for: computed now, and kept.
  const before = Date.now();
  const first = await report(admin, open);
  expect(enrolled(first)).toBe(1);
  expect(Date.parse(first.figuresAsOf)).toBeGreaterThanOrEqual(before - 1000);

  // A second person: the national report is the one kept, with its time; the province's is computed now.
  await enrol();
  const kept = await report(admin, open);
  expect([enrolled(kept), kept.figuresAsOf]).toEqual([1, first.figuresAsOf]);
  const byProvince = await report(admin, open, { province: 'TP' });
  expect(value(byProvince, 'ENROLLED')).toBe(2);
  expect(Date.parse(byProvince.figuresAsOf)).toBeGreaterThan(Date.parse(first.figuresAsOf));
  // Monitoring reads the same national figures (suppressed: the corner's 1 is small).
  const suppressed = await report(monitoring, open);
  expect([suppressed.suppressed, suppressed.figuresAsOf]).toEqual([true, first.figuresAsOf]);

  // The refresh: every open period computed again.
  const refresh = await refreshNational();
  expect(refresh.refreshed).toBeGreaterThanOrEqual(1);
  const refreshed = await report(admin, open);
  expect(enrolled(refreshed)).toBe(2);
  expect(Date.parse(refreshed.figuresAsOf)).toBeGreaterThan(Date.parse(first.figuresAsOf));

  // A kept report that lacks an indicator (kept by an earlier release, before its first refresh) is computed now.
  await beneficiaries.query(
    `UPDATE beneficiaries.result_national_report SET report = report #- '{indicators,EMPLOYED_AFTER_EXIT}' WHERE period_id = $1`,
    [open],
  );
  const upgraded = await report(admin, open);
  expect(upgraded.indicators.some((entry) => entry.indicator === 'EMPLOYED_AFTER_EXIT')).toBe(true);
  expect(enrolled(upgraded)).toBe(2);
  expect(Date.parse(upgraded.figuresAsOf)).toBeGreaterThan(Date.parse(refreshed.figuresAsOf));

  // Locked: read from its version, which says when it was frozen; the refresh leaves it alone.
  const lockedAt = (await ok(admin, `mutation($id: ID!) { lockReportingPeriod(id: $id) { versions { lockedAt } } }`, { id: open }))
    .lockReportingPeriod.versions[0].lockedAt;
  await enrol();
  await refreshNational();
  const frozen = await report(admin, open);
  expect([frozen.version, enrolled(frozen), frozen.figuresAsOf]).toEqual([1, 2, lockedAt]);
});
