/**
 * The person's rights through the gateway: the access export holds the person's records from every subgraph, for the
 * person themself and for an administrator who names the request, and nobody else; each part read is audited. Then
 * retention: a case closed longer ago than the retention period is anonymised in every subgraph by the scheduler's
 * jobs, the facts the results count remain, a recent closure is left alone, and an anonymised case is not reopened.
 */
import { addDays, addMonths, ANONYMISED, personalDataOf, sqlStatements, todayInItaly } from '@shubh/platform';
import { graphqlRequest } from '@shubh/platform/testing';
import type { RunningHub } from '../../hub/hub.js';
import { startTestHub, stopTestHub } from '../../test/support/test-hub.js';
import { beneficiariesSubgraph } from '../../subgraphs/beneficiaries/src/subgraph.js';
import { catalogueSubgraph } from '../../subgraphs/catalogue/src/subgraph.js';
import { housingSubgraph } from '../../subgraphs/housing/src/subgraph.js';
import { labourSubgraph } from '../../subgraphs/labour/src/subgraph.js';
import type { TestIdentity } from '../../test/support/test-identity.js';
import { createBeneficiary } from '../../subgraphs/beneficiaries/test/beneficiary-factory.js';
import { createExternalService } from '../../subgraphs/catalogue/test/external-service-factory.js';
import { createIntegraCorner } from '../../subgraphs/catalogue/test/integra-corner-factory.js';
import { createReferral } from '../../subgraphs/catalogue/test/referral-factory.js';
import { createHousingSituation } from '../../subgraphs/housing/test/housing-situation-factory.js';
import { createLabourProfile } from '../../subgraphs/labour/test/labour-profile-factory.js';

const JOBS = ['apply-retention', 'anonymise-beneficiaries', 'anonymise-catalogue', 'anonymise-labour', 'anonymise-housing'];

let hub: RunningHub;
let identity: TestIdentity;

beforeAll(
  async () =>
    ({ hub, identity } = await startTestHub({
      // The retention jobs only, their cron schedules off: the test runs each through the queue when it means to. The
      // other jobs (e-mail among them) are left to the hub of the reminders test, which shares the database.
      jobs: { enabled: true, pollingIntervalSeconds: 1, only: JOBS, schedules: Object.fromEntries(JOBS.map((name) => [name, 'off'])) },
    })),
);
afterAll(() => stopTestHub(hub, identity));

const call = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  graphqlRequest(hub.gateway.graphqlUrl, query, variables, { authorization: `Bearer ${token}` });
async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await call(token, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}
const jobsOf = (subgraph: string) => hub.subgraphs.find((running) => running.name === subgraph)!.jobs;

const EXPORT = `query($id: ID!, $reason: String) {
  personalDataExport(beneficiaryId: $id, reason: $reason) {
    beneficiaryId generatedAt
    caseFile { subgraph name description records }
    serviceRecords { subgraph name records }
    labourRecords { subgraph name records }
    housingRecords { subgraph name records }
  }
}`;
interface Section {
  subgraph: string;
  name: string;
  description?: string;
  records: Record<string, unknown>[];
}
type Export = Record<'caseFile' | 'serviceRecords' | 'labourRecords' | 'housingRecords', Section[]> & { beneficiaryId: string };
const recordsOf = (sections: Section[], name: string) => sections.find((section) => section.name === name)!.records;

/** A person with records in every subgraph: a case note, a referral with its note, a labour profile, a housing situation. */
async function personEverywhere(overrides: { closedOn?: string } = {}) {
  const corner = await createIntegraCorner(hub.dataSources.catalogue!, { province: 'TO' });
  const closed = overrides.closedOn
    ? { caseStatus: 'CLOSED' as const, closedOn: overrides.closedOn, outcome: 'AUTONOMY_REACHED' as const }
    : {};
  const person = await createBeneficiary(hub.dataSources.beneficiaries!, {
    integraCornerId: corner.id,
    codiceFiscale: null,
    sex: 'FEMALE',
    ...closed,
  });
  await hub.dataSources.beneficiaries!.query(
    `INSERT INTO beneficiaries.case_note (beneficiary_id, category, text, written_by) VALUES ($1, 'ORDINARY', 'Met her sister at the station', 'tutor')`,
    [person.id],
  );
  await hub.dataSources.beneficiaries!.query(
    `INSERT INTO beneficiaries.household_member (beneficiary_id, relation, given_name, birth_date, school_enrolled, created_by)
     VALUES ($1, 'CHILD', 'Fatou', '2019-03-08', true, 'tutor')`,
    [person.id],
  );
  const referral = await createReferral(hub.dataSources.catalogue!, {
    beneficiaryId: person.id,
    fromCornerId: corner.id,
    note: 'Speaks Pular and French',
    // Due in a month: the reminders test, on the same database, expires the overdue referrals it finds.
    responseDueOn: addDays(todayInItaly(), 30),
  });
  await createExternalService(hub.dataSources.catalogue!, { beneficiaryId: person.id, evidence: 'Attestato CPIA prot. 4411' });
  await createLabourProfile(hub.dataSources.labour!, { beneficiaryId: person.id });
  await createHousingSituation(hub.dataSources.housing!, { beneficiaryId: person.id });
  return { person, corner, referral };
}

test('the access export holds the records of every subgraph, for the person and an administrator only, audited', async () => {
  const { person, corner, referral } = await personEverywhere();
  const other = await createBeneficiary(hub.dataSources.beneficiaries!, { integraCornerId: corner.id });
  const self = await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id });
  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const tutor = await identity.tokenFor({ roles: ['tutor', 'corner-coordinator'], cornerIds: [corner.id] });

  const mine: Export = (await ok(self, EXPORT, { id: person.id })).personalDataExport;
  expect(mine.beneficiaryId).toBe(person.id);
  expect(recordsOf(mine.caseFile, 'beneficiary')).toEqual([
    expect.objectContaining({ id: person.id, given_name: person.givenName, family_name: 'Diallo', birth_date: '1996-05-14' }),
  ]);
  expect(recordsOf(mine.caseFile, 'case_note')).toEqual([expect.objectContaining({ text: 'Met her sister at the station' })]);
  expect(recordsOf(mine.caseFile, 'household_member')).toEqual([expect.objectContaining({ given_name: 'Fatou' })]);
  expect(mine.caseFile.every((section) => section.subgraph === 'beneficiaries' && section.description!.length > 10)).toBe(true);
  expect(recordsOf(mine.serviceRecords, 'referral')).toEqual([
    expect.objectContaining({ id: referral.id, note: 'Speaks Pular and French', to_organisation_id: referral.toOrganisationId }),
  ]);
  expect(recordsOf(mine.serviceRecords, 'external_service')).toEqual([
    expect.objectContaining({ programme: 'SAI', type: 'ITALIAN_L2', evidence: 'Attestato CPIA prot. 4411' }),
  ]);
  expect(recordsOf(mine.labourRecords, 'labour_profile')).toEqual([
    expect.objectContaining({ beneficiary_id: person.id, employment_status: 'UNEMPLOYED' }),
  ]);
  expect(recordsOf(mine.housingRecords, 'housing_situation')).toEqual([
    expect.objectContaining({ beneficiary_id: person.id, status: 'SHARED_RENT', municipality: 'Torino' }),
  ]);
  // Nothing of anyone else: the other person of the corner appears nowhere.
  expect(JSON.stringify(mine)).not.toContain(other.id);

  // The person's own trail is in it: the reads of this very export are there the next time.
  const again: Export = (await ok(self, EXPORT, { id: person.id })).personalDataExport;
  expect(recordsOf(again.caseFile, 'entry')).toEqual(
    expect.arrayContaining([expect.objectContaining({ operation: 'READ', fields: ['personalDataExport.caseFile'] })]),
  );

  // Nobody else: another beneficiary, the tutor and coordinator of the corner; an administrator must say why.
  for (const [token, id] of [
    [self, other.id],
    [tutor, person.id],
  ] as const) {
    const { body } = await call(token, EXPORT, { id });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const unexplained = await call(admin, EXPORT, { id: person.id });
  expect(unexplained.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  const unknown = await call(admin, EXPORT, { id: crypto.randomUUID(), reason: 'Art. 15 request of 2026-12-01' });
  expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'beneficiaryId' });

  const reason = 'Art. 15 request received at the Torino corner on 2026-12-01';
  const answered: Export = (await ok(admin, EXPORT, { id: person.id, reason })).personalDataExport;
  expect(recordsOf(answered.serviceRecords, 'referral')).toHaveLength(1);
  const entries: { subgraph: string; fields: string[]; reason: string | null }[] = await hub.dataSources.beneficiaries!.query(
    `SELECT subgraph, fields, reason FROM audit.entry
     WHERE beneficiary_id = $1 AND operation = 'READ' AND actor_roles @> ARRAY['network-admin'] ORDER BY subgraph`,
    [person.id],
  );
  expect(entries).toEqual([
    { subgraph: 'beneficiaries', fields: ['personalDataExport.caseFile'], reason },
    { subgraph: 'catalogue', fields: ['personalDataExport.serviceRecords'], reason: null },
    { subgraph: 'housing', fields: ['personalDataExport.housingRecords'], reason: null },
    { subgraph: 'labour', fields: ['personalDataExport.labourRecords'], reason: null },
  ]);

  // One statement per table set, whatever the number of records: more notes and referrals cost no more.
  const statementsOfExport = async () => {
    const start = sqlStatements.count;
    await ok(self, EXPORT, { id: person.id });
    return sqlStatements.count - start;
  };
  const before = await statementsOfExport();
  for (let index = 0; index < 5; index++) {
    await hub.dataSources.beneficiaries!.query(
      `INSERT INTO beneficiaries.case_note (beneficiary_id, category, text, written_by) VALUES ($1, 'ORDINARY', $2, 'tutor')`,
      [person.id, `Note ${index}`],
    );
    await createReferral(hub.dataSources.catalogue!, { beneficiaryId: person.id, fromCornerId: corner.id });
  }
  expect(await statementsOfExport()).toBe(before);
});

test('retention anonymises a case closed past the period in every subgraph and keeps what the results count', async () => {
  const today = todayInItaly();
  const old = await personEverywhere({ closedOn: addMonths(today, -61) });
  const recent = await personEverywhere({ closedOn: addMonths(today, -2) });

  const retention = await jobsOf('beneficiaries').run('apply-retention');
  expect(retention.due).toBeGreaterThanOrEqual(1);
  for (const subgraph of ['catalogue', 'labour', 'housing']) await jobsOf(subgraph).run(`anonymise-${subgraph}`);

  const admin = await identity.tokenFor({ roles: ['network-admin'] });
  const exportOf = async (id: string): Promise<Export> =>
    (await ok(admin, EXPORT, { id, reason: 'Retention check of the test, no request' })).personalDataExport;
  const anonymised = ANONYMISED.replaceAll("'", '');

  const gone = await exportOf(old.person.id);
  expect(recordsOf(gone.caseFile, 'beneficiary')).toEqual([
    expect.objectContaining({
      given_name: anonymised,
      family_name: anonymised,
      birth_date: '1996-07-01',
      codice_fiscale: null,
      // What the results count stays: the case, its outcome and days, sex, citizenship, protection, corner.
      case_status: 'CLOSED',
      outcome: 'AUTONOMY_REACHED',
      closed_on: addMonths(today, -61),
      sex: 'FEMALE',
      citizenship: 'GN',
      protection_status: 'REFUGEE',
      integra_corner_id: old.corner.id,
    }),
  ]);
  expect(recordsOf(gone.caseFile, 'beneficiary')[0]!.anonymised_at).not.toBeNull();
  expect(recordsOf(gone.caseFile, 'case_note')).toEqual([expect.objectContaining({ text: anonymised, category: 'ORDINARY' })]);
  expect(recordsOf(gone.caseFile, 'household_member')).toEqual([
    expect.objectContaining({ given_name: anonymised, birth_date: '2019-07-01', relation: 'CHILD' }),
  ]);
  expect(recordsOf(gone.serviceRecords, 'referral')).toEqual([
    expect.objectContaining({ id: old.referral.id, note: null, status: old.referral.status, service_id: old.referral.serviceId }),
  ]);
  expect(recordsOf(gone.serviceRecords, 'external_service')).toEqual([
    expect.objectContaining({ programme: 'SAI', type: 'ITALIAN_L2', started_on: '2025-01-13', evidence: null }),
  ]);
  // Nothing left of the old person's own words anywhere in the export.
  const text = JSON.stringify(gone.caseFile.filter((section) => section.name !== 'entry')) + JSON.stringify(gone.serviceRecords);
  for (const words of [old.person.givenName, 'Met her sister', 'Fatou', 'Speaks Pular', 'CPIA prot.']) expect(text).not.toContain(words);

  // Every subgraph recorded what it did, as the scheduler.
  const audited: { subgraph: string }[] = await hub.dataSources.beneficiaries!.query(
    `SELECT subgraph FROM audit.entry WHERE beneficiary_id = $1 AND operation = 'anonymisePersonalData'
     AND actor_username = 'shubh-scheduler' ORDER BY subgraph`,
    [old.person.id],
  );
  expect(audited.map((entry) => entry.subgraph)).toEqual(['beneficiaries', 'catalogue', 'housing', 'labour']);

  // The case closed two months ago is untouched.
  const kept = await exportOf(recent.person.id);
  expect(recordsOf(kept.caseFile, 'beneficiary')).toEqual([
    expect.objectContaining({ given_name: recent.person.givenName, birth_date: '1996-05-14', anonymised_at: null }),
  ]);
  expect(recordsOf(kept.serviceRecords, 'referral')).toEqual([expect.objectContaining({ note: 'Speaks Pular and French' })]);

  // A second run does nothing more; the anonymised case is not reopened.
  for (const subgraph of ['catalogue', 'labour', 'housing']) {
    expect(await jobsOf(subgraph).run(`anonymise-${subgraph}`)).toEqual({ anonymised: 0 });
  }
  const person: { anonymisedAt: string | null; version: number } = (
    await ok(admin, `query($id: ID!) { beneficiary(id: $id) { anonymisedAt version } }`, { id: old.person.id })
  ).beneficiary;
  expect(person.anonymisedAt).not.toBeNull();
  const { body } = await call(
    admin,
    `mutation($id: ID!, $version: Int!) {
      reopenCase(beneficiaryId: $id, reason: "Came back to the corner", expectedVersion: $version) { id }
    }`,
    { id: old.person.id, version: person.version },
  );
  expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'beneficiaryId' } });
  expect(body.errors?.[0]?.message).toMatch(/anonymised/);
});

test('every table that names a beneficiary is in the export of its subgraph', async () => {
  // A new table with a beneficiary_id that no module declares would be missing from the export and from retention.
  const declared = new Set(
    [beneficiariesSubgraph, catalogueSubgraph, labourSubgraph, housingSubgraph].flatMap((subgraph) =>
      personalDataOf(subgraph).map((table) => table.table),
    ),
  );
  const tables: { name: string }[] = await hub.dataSources.beneficiaries!.query(
    // The catalogue, not information_schema: that one shows only the tables the connection's role may read.
    `SELECT n.nspname || '.' || c.relname AS name
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE a.attname IN ('beneficiary_id', 'converted_beneficiary_id') AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
       AND n.nspname IN ('beneficiaries', 'catalogue', 'labour', 'housing', 'notification', 'audit')
       AND c.relname <> 'anonymisation'
     ORDER BY 1`,
  );
  expect(tables.length).toBeGreaterThan(30);
  expect(tables.map((table) => table.name).filter((name) => !declared.has(name))).toEqual([]);
});
