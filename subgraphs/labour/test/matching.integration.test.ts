/**
 * Explainable matching through the labour subgraph: who is among the candidates (own corners, LABOUR_MATCHING
 * consent), the factors and gaps, the licence as a hard constraint, and the statements per request, constant in the
 * page size.
 */
import { addDays, AUDIT_APPEND_STATEMENTS, sqlStatements, todayInItaly } from '@shubh/platform';
import { openTestDataSource, startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import type { DataSource } from 'typeorm';
import { AdministrativeProcedureEntity, LanguageAssessmentEntity } from '../../beneficiaries/src/assessment/assessment.entities.js';
import { beneficiariesSubgraph } from '../../beneficiaries/src/subgraph.js';
import { catalogueSubgraph } from '../../catalogue/src/subgraph.js';
import { createService } from '../../catalogue/test/service-factory.js';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { TestPeople } from '../../../test/support/test-people.js';
import { labourSubgraph } from '../src/subgraph.js';
import { createJobVacancy } from './job-vacancy-factory.js';
import { createLabourProfile } from './labour-profile-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;
let people: TestPeople;
let beneficiaries: DataSource;
let catalogue: DataSource;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(labourSubgraph, identity.config);
  people = await TestPeople.open();
  beneficiaries = await openTestDataSource(beneficiariesSubgraph);
  catalogue = await openTestDataSource(catalogueSubgraph);
});
afterAll(async () => {
  await catalogue?.destroy();
  await beneficiaries?.destroy();
  await people?.close();
  await subgraph?.stop();
  await identity?.stop();
});

const CANDIDATES = `query($id: ID!, $first: Int) {
  candidatesFor(vacancyId: $id, first: $first) { beneficiary { id } score excluded gaps factors { name weight value explanation } }
}`;
const VACANCIES = `query($id: ID!, $first: Int) { vacanciesFor(beneficiaryId: $id, first: $first) { vacancy { id title } score excluded gaps } }`;

async function setting() {
  const corner = crypto.randomUUID();
  // An ISCO sub-major group of this test's own (93: labourers in mining, construction, transport), in a town of its own.
  const vacancy = await createJobVacancy(subgraph.dataSource, {
    iscoCode: '9333',
    province: 'TO',
    municipality: `Orbassano ${crypto.randomUUID().slice(0, 6)}`,
    weeklyHours: 40,
    shifts: ['MORNING', 'NIGHT'],
    drivingLicenceRequired: 'B',
  });
  const person = async (
    purposes: ('LABOUR_MATCHING' | 'CASE_MANAGEMENT')[],
    profile: Parameters<typeof createLabourProfile>[1],
    cornerId = corner,
  ) => {
    const beneficiary = await people.person({ integraCornerId: cornerId, purposes });
    await createLabourProfile(subgraph.dataSource, { ...profile, beneficiaryId: beneficiary.id });
    return beneficiary.id;
  };
  const best = await person(['LABOUR_MATCHING'], {
    desiredIscoCodes: ['9333'],
    hoursPerWeek: 40,
    shifts: ['MORNING', 'NIGHT'],
    reachableProvinces: ['TO'],
    drivingLicences: ['B'],
  });
  const partTime = await person(['LABOUR_MATCHING'], {
    desiredIscoCodes: ['9412', '9321'],
    hoursPerWeek: 20,
    shifts: ['MORNING'],
    reachableProvinces: ['BA'],
    drivingLicences: ['B'],
  });
  const noLicence = await person(['LABOUR_MATCHING'], { desiredIscoCodes: ['9333'], drivingLicences: [] });
  const noConsent = await person(['CASE_MANAGEMENT'], { desiredIscoCodes: ['9333'], drivingLicences: ['B'] });
  const otherCorner = await person(['LABOUR_MATCHING'], { desiredIscoCodes: ['9333'], drivingLicences: ['B'] }, crypto.randomUUID());
  const employed = await person(['LABOUR_MATCHING'], { desiredIscoCodes: ['9333'], drivingLicences: ['B'], employmentStatus: 'EMPLOYED' });
  const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner] });
  return { corner, vacancy, best, partTime, noLicence, noConsent, otherCorner, employed, tutor };
}

describe('candidatesFor', () => {
  it("ranks the corner's consenting people looking for work, with factors and gaps, the unlicensed last and excluded", async () => {
    const s = await setting();
    const { body } = await subgraph.request(CANDIDATES, { id: s.vacancy.id }, s.tutor);
    expect(body.errors).toBeUndefined();
    const matches = body.data.candidatesFor;
    expect(matches.map((m: { beneficiary: { id: string } }) => m.beneficiary.id)).toEqual([s.best, s.partTime, s.noLicence]);
    const [best, partTime, noLicence] = matches;
    expect(best).toMatchObject({ score: 1, excluded: false, gaps: [] });
    expect(best.factors.map((f: { name: string; value: number }) => [f.name, f.value])).toEqual([
      ['OCCUPATION', 1],
      ['AVAILABILITY', 1],
      ['MOBILITY', 1],
      ['DRIVING_LICENCE', 1],
    ]);
    // 0.5 * 0.25 (same sub-major group) + 0.3 * (0.5 hours + 0.5 shifts) / 2 + 0.2 * 0 (outside the area)
    expect(partTime.score).toBeCloseTo(0.275, 3);
    expect(partTime.gaps).toEqual([
      'Wants 9412, 9321; this job is ISCO 9333, a related occupation: check the interest first',
      'Can work 20 h a week; the job needs 40',
      'Not available for the NIGHT shifts the job is worked in',
      `The workplace in ${s.vacancy.municipality} (TO) is outside the area the person can reach`,
    ]);
    expect(noLicence).toMatchObject({ score: 0, excluded: true });
    expect(noLicence.gaps[0]).toBe('Excluded: the job needs a category B driving licence, which the person does not hold');
  });

  it('is refused to employers, partners and the people themselves', async () => {
    const s = await setting();
    for (const person of [
      { roles: ['employer' as const], organisationId: s.vacancy.employerId },
      { roles: ['partner-operator' as const], organisationId: crypto.randomUUID() },
      { roles: ['beneficiary' as const], beneficiaryId: s.best },
    ]) {
      const { body } = await subgraph.request(CANDIDATES, { id: s.vacancy.id }, await identity.tokenFor(person));
      expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('costs the same statements for a page of 1 and of 3', async () => {
    const s = await setting();
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(CANDIDATES, { id: s.vacancy.id, first }, s.tutor);
      expect(body.data.candidatesFor).toHaveLength(first);
      return sqlStatements.count - before;
    };
    // The vacancy, the ranking, the audit of the people read.
    expect(await statementsFor(1)).toBe(2 + AUDIT_APPEND_STATEMENTS);
    expect(await statementsFor(3)).toBe(2 + AUDIT_APPEND_STATEMENTS);
  });
});

describe('vacanciesFor', () => {
  it('ranks the open vacancies for a person the caller may read, and refuses those who may not', async () => {
    const corner = crypto.randomUUID();
    // Protective services (54): an ISCO sub-major group no other test of this database uses.
    const person = await people.person({ integraCornerId: corner, purposes: ['LABOUR_MATCHING'] });
    await createLabourProfile(subgraph.dataSource, {
      beneficiaryId: person.id,
      desiredIscoCodes: ['5414'],
      reachableProvinces: ['TO'],
      drivingLicences: [],
    });
    const exact = await createJobVacancy(subgraph.dataSource, { iscoCode: '5414', province: 'TO', drivingLicenceRequired: null });
    const related = await createJobVacancy(subgraph.dataSource, {
      iscoCode: '5419',
      province: 'BA',
      municipality: 'Bari',
      drivingLicenceRequired: null,
    });
    const licensed = await createJobVacancy(subgraph.dataSource, { iscoCode: '5414', province: 'TO', drivingLicenceRequired: 'C' });
    await createJobVacancy(subgraph.dataSource, { iscoCode: '5414', status: 'CLOSED' });
    await createJobVacancy(subgraph.dataSource, { iscoCode: '7112' });
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner] });
    const { body } = await subgraph.request(VACANCIES, { id: person.id, first: 10 }, tutor);
    expect(body.errors).toBeUndefined();
    expect(
      body.data.vacanciesFor.map((m: { vacancy: { id: string }; score: number; excluded: boolean }) => [m.vacancy.id, m.score, m.excluded]),
    ).toEqual([
      [exact.id, 0.85, false],
      // 0.5 * 0.5 (same minor group) + 0.3 * 0.5 (availability not said) + 0.2 * 0 (outside the area)
      [related.id, 0.4, false],
      [licensed.id, 0, true],
    ]);

    const self = await subgraph.request(
      VACANCIES,
      { id: person.id },
      await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id }),
    );
    expect(self.body.errors).toBeUndefined();
    const employer = await subgraph.request(
      VACANCIES,
      { id: person.id },
      await identity.tokenFor({ roles: ['employer'], organisationId: exact.employerId }),
    );
    expect(employer.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const elsewhere = await subgraph.request(
      VACANCIES,
      { id: person.id },
      await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] }),
    );
    expect(elsewhere.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('the assessment in the matching (read from the beneficiaries and catalogue contracts)', () => {
  it("excludes an expired permit, warns of one expiring, and names the catalogue's Italian courses for a level short", async () => {
    const corner = crypto.randomUUID();
    // Personal care workers (53): a sub-major group of this test's own, in a province of its own.
    const province = 'AT';
    const vacancy = await createJobVacancy(subgraph.dataSource, {
      iscoCode: '5322',
      province,
      municipality: 'Asti',
      italianLevelRequired: 'B1',
      drivingLicenceRequired: null,
      closesOn: addDays(todayInItaly(), 60),
    });
    const course = await createService(catalogue, {
      area: 'LANGUAGE',
      type: 'ITALIAN_L2',
      provinces: [province],
      name: `Italiano per il lavoro B1 ${province}`,
    });
    await createService(catalogue, { area: 'LANGUAGE', type: 'ITALIAN_L2', provinces: ['BA'], name: 'Italiano B1 Bari' });
    const person = async (level: 'A2' | 'B2' | null, permitExpiresOn: string | null) => {
      const beneficiary = await people.person({ integraCornerId: corner, purposes: ['LABOUR_MATCHING'] });
      await createLabourProfile(subgraph.dataSource, {
        beneficiaryId: beneficiary.id,
        desiredIscoCodes: ['5322'],
        reachableProvinces: [province],
      });
      if (level) {
        await beneficiaries.getRepository(LanguageAssessmentEntity).save({
          beneficiaryId: beneficiary.id,
          language: 'it',
          level,
          assessedOn: addDays(todayInItaly(), -30),
          recordedAt: new Date(),
          recordedBy: 'test',
        });
      }
      if (permitExpiresOn) {
        await beneficiaries.getRepository(AdministrativeProcedureEntity).save({
          beneficiaryId: beneficiary.id,
          kind: 'PERMIT_RENEWAL',
          status: 'IN_PROGRESS',
          permitExpiresOn,
          updatedBy: 'test',
        });
      }
      return beneficiary.id;
    };
    const fluent = await person('B2', null);
    const short = await person('A2', null);
    const expiring = await person('B2', addDays(todayInItaly(), 20));
    const expired = await person('B2', addDays(todayInItaly(), -3));
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [corner] });
    const { body } = await subgraph.request(CANDIDATES, { id: vacancy.id, first: 10 }, tutor);
    expect(body.errors).toBeUndefined();
    const byId = new Map(body.data.candidatesFor.map((m: { beneficiary: { id: string } }) => [m.beneficiary.id, m]));
    expect(body.data.candidatesFor.at(-1).beneficiary.id).toBe(expired);
    expect(byId.get(fluent)).toMatchObject({ excluded: false, gaps: [] });
    expect(byId.get(short)).toMatchObject({
      excluded: false,
      gaps: [`Needs B1 Italian, has A2: ${course.name} (Italian courses in ${province}) can close the gap`],
    });
    expect(byId.get(expiring)).toMatchObject({
      excluded: false,
      gaps: [
        `The residence permit expires on ${addDays(todayInItaly(), 20)}, before the vacancy closes (${addDays(todayInItaly(), 60)}): follow the renewal`,
      ],
    });
    expect(byId.get(expired)).toMatchObject({
      excluded: true,
      score: 0,
      gaps: [
        `Excluded: the residence permit expired on ${addDays(todayInItaly(), -3)}; the renewal must be completed before a job can start`,
      ],
    });
    // The person's own view of their vacancies says the same.
    const own = await subgraph.request(
      VACANCIES,
      { id: expired },
      await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: expired }),
    );
    expect(own.body.data.vacanciesFor).toEqual([
      expect.objectContaining({ vacancy: expect.objectContaining({ id: vacancy.id }), excluded: true }),
    ]);
  });
});
