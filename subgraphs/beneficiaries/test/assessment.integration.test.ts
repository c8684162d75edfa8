import { addDays, AUDIT_APPEND_STATEMENTS, AuditTrail, sqlStatements, todayInItaly } from '@shubh/platform';
import { startTestSubgraph, type TestSubgraph } from '@shubh/platform/testing';
import { TestIdentity } from '../../../test/support/test-identity.js';
import { beneficiariesSubgraph } from '../src/subgraph.js';
import { createBeneficiary } from './beneficiary-factory.js';

let identity: TestIdentity;
let subgraph: TestSubgraph;

beforeAll(async () => {
  identity = await TestIdentity.start();
  subgraph = await startTestSubgraph(beneficiariesSubgraph, identity.config);
});
afterAll(async () => {
  await subgraph?.stop();
  await identity?.stop();
});

const codeOf = (body: any): unknown => body.errors?.[0]?.extensions?.code;
const today = todayInItaly();

async function corner() {
  const cornerId = crypto.randomUUID();
  const tutorId = crypto.randomUUID();
  const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
  const organisationId = crypto.randomUUID();
  return {
    cornerId,
    person,
    tutorId,
    assignedTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId }),
    otherTutor: await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId] }),
    self: await identity.tokenFor({ roles: ['beneficiary'], beneficiaryId: person.id }),
    elsewhere: await identity.tokenFor({ roles: ['tutor'], cornerIds: [crypto.randomUUID()] }),
    partner: await identity.tokenFor({ roles: ['partner-operator'], organisationId }),
    organisationId,
  };
}

const SKILL = `mutation($id: ID!, $input: RecordSkillInput!) { recordSkill(beneficiaryId: $id, input: $input) { id label level certified certifiedBy escoUri } }`;
const EDUCATION = `mutation($id: ID!, $input: RecordEducationInput!) { recordEducation(beneficiaryId: $id, input: $input) { id version recognition { status } } }`;
const RECOGNITION = `mutation($id: ID!, $input: UpdateQualificationRecognitionInput!) {
  updateQualificationRecognition(educationId: $id, input: $input) { id version recognition { status authority submittedOn decidedOn } } }`;
const LANGUAGE = `mutation($id: ID!, $input: RecordLanguageLevelInput!) { recordLanguageLevel(beneficiaryId: $id, input: $input) { language level assessedOn } }`;
const EXPERIENCE = `mutation($id: ID!, $years: Int!) { recordWorkExperience(beneficiaryId: $id, years: $years) { workExperienceYears } }`;
const PROCEDURE = `mutation($id: ID!, $input: RecordAdministrativeProcedureInput!) {
  recordAdministrativeProcedure(beneficiaryId: $id, input: $input) { id kind status version permitExpiresOn beneficiary { id } } }`;
const UPDATE_PROCEDURE = `mutation($id: ID!, $input: UpdateAdministrativeProcedureInput!) {
  updateAdministrativeProcedure(procedureId: $id, input: $input) { id status version dueOn } }`;
const ASSESSMENT = `query($id: ID!) { beneficiary(id: $id) {
  skills { label certified } education { title recognition { status } } languages { language level assessedOn } italianLevel
  administrativeProcedures { kind status } workExperienceYears
  employability { band score maxScore factors { kind value points maxPoints } } } }`;

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const { body } = await subgraph.request(query, variables, token);
  expect(body.errors).toBeUndefined();
  return body.data;
}

describe('the assessment', () => {
  it('records skills, education, languages, experience and procedures, and computes employability with its factors', async () => {
    const a = await corner();
    const id = a.person.id;
    await ok(
      SKILL,
      { id, input: { label: 'operate forklift', level: 'ADVANCED', certified: true, certifiedBy: 'Enaip Piemonte' } },
      a.assignedTutor,
    );
    await ok(
      SKILL,
      { id, input: { label: 'prepare food', level: 'INTERMEDIATE', certified: true, certifiedBy: 'Regione Piemonte' } },
      a.assignedTutor,
    );
    await ok(SKILL, { id, input: { label: 'speak Tigrinya', level: 'ADVANCED', certified: false } }, a.assignedTutor);
    await ok(LANGUAGE, { id, input: { language: 'it', level: 'A2', assessedOn: addDays(today, -90) } }, a.assignedTutor);
    await ok(
      LANGUAGE,
      { id, input: { language: 'IT', level: 'B1', assessedOn: addDays(today, -5), certificate: 'CILS B1' } },
      a.assignedTutor,
    );
    await ok(LANGUAGE, { id, input: { language: 'en', level: 'B2', assessedOn: addDays(today, -5) } }, a.assignedTutor);
    await ok(EXPERIENCE, { id, years: 4 }, a.assignedTutor);
    const education = await ok(
      EDUCATION,
      { id, input: { iscedLevel: 'ISCED_6', title: 'BSc Civil Engineering', country: 'er', completedYear: 2015 } },
      a.assignedTutor,
    );
    const entry = education.recordEducation;
    expect(entry).toMatchObject({ version: 1, recognition: { status: 'NOT_STARTED' } });
    const submitted = await ok(
      RECOGNITION,
      { id: entry.id, input: { expectedVersion: 1, status: 'SUBMITTED', authority: 'CIMEA', submittedOn: addDays(today, -30) } },
      a.assignedTutor,
    );
    expect(submitted.updateQualificationRecognition).toMatchObject({
      version: 2,
      recognition: { status: 'SUBMITTED', authority: 'CIMEA' },
    });
    await ok(
      RECOGNITION,
      {
        id: entry.id,
        input: { expectedVersion: 2, status: 'RECOGNISED', authority: 'CIMEA', submittedOn: addDays(today, -30), decidedOn: today },
      },
      a.assignedTutor,
    );

    const read = await ok(ASSESSMENT, { id }, a.otherTutor);
    const beneficiary = read.beneficiary;
    expect(beneficiary.skills.map((skill: any) => skill.label).sort()).toEqual(['operate forklift', 'prepare food', 'speak Tigrinya']);
    expect(beneficiary.languages).toEqual([
      { language: 'en', level: 'B2', assessedOn: addDays(today, -5) },
      { language: 'it', level: 'B1', assessedOn: addDays(today, -5) },
    ]);
    expect(beneficiary.italianLevel).toBe('B1');
    expect(beneficiary.workExperienceYears).toBe(4);
    expect(beneficiary.employability).toEqual({
      band: 'HIGH',
      score: 8,
      maxScore: 9,
      factors: [
        { kind: 'ITALIAN_LEVEL', value: 'B1', points: 2, maxPoints: 3 },
        { kind: 'CERTIFIED_SKILLS', value: '2 certified skills', points: 2, maxPoints: 2 },
        { kind: 'WORK_EXPERIENCE', value: '4 years', points: 2, maxPoints: 2 },
        { kind: 'RECOGNISED_QUALIFICATION', value: '1 recognised qualification', points: 1, maxPoints: 1 },
        { kind: 'DOCUMENTS_IN_ORDER', value: 'in order', points: 1, maxPoints: 1 },
      ],
    });

    // An expired permit not yet renewed takes the documents point away.
    await ok(
      PROCEDURE,
      { id, input: { kind: 'PERMIT_RENEWAL', status: 'IN_PROGRESS', permitExpiresOn: addDays(today, -2) } },
      a.assignedTutor,
    );
    const after = (await ok(ASSESSMENT, { id }, a.assignedTutor)).beneficiary.employability;
    expect(after).toMatchObject({ band: 'HIGH', score: 7 });
    expect(after.factors.at(-1)).toEqual({ kind: 'DOCUMENTS_IN_ORDER', value: 'residence permit expired', points: 0, maxPoints: 1 });

    const entries = await new AuditTrail(subgraph.dataSource, 'beneficiaries').forBeneficiary(id, { first: 100 });
    expect(entries.map((auditEntry) => auditEntry.operation)).toEqual(
      expect.arrayContaining([
        'recordSkill',
        'recordLanguageLevel',
        'recordWorkExperience',
        'recordEducation',
        'updateQualificationRecognition',
        'recordAdministrativeProcedure',
      ]),
    );
  });

  it('lets the corner and the person read it, not another corner or a partner without a referral', async () => {
    const a = await corner();
    await ok(LANGUAGE, { id: a.person.id, input: { language: 'it', level: 'A2', assessedOn: today } }, a.assignedTutor);
    expect((await ok(ASSESSMENT, { id: a.person.id }, a.self)).beneficiary.italianLevel).toBe('A2');
    expect(codeOf((await subgraph.request(ASSESSMENT, { id: a.person.id }, a.elsewhere)).body)).toBe('FORBIDDEN');
    expect(codeOf((await subgraph.request(ASSESSMENT, { id: a.person.id }, a.partner)).body)).toBe('FORBIDDEN');
  });

  it('is changed only by the assigned tutor, the coordinator and administrators', async () => {
    const a = await corner();
    const input = { label: 'weld', level: 'BASIC', certified: false };
    for (const token of [a.otherTutor, a.self, a.partner]) {
      expect(codeOf((await subgraph.request(SKILL, { id: a.person.id, input }, token)).body)).toBe('FORBIDDEN');
    }
    const coordinator = await identity.tokenFor({ roles: ['corner-coordinator'], cornerIds: [a.cornerId] });
    await ok(SKILL, { id: a.person.id, input }, coordinator);
    const unknown = await subgraph.request(SKILL, { id: crypto.randomUUID(), input }, coordinator);
    expect(unknown.body.errors![0]!.extensions).toEqual({ code: 'NOT_FOUND', field: 'beneficiaryId' });
  });

  it.each([
    ['input.label', SKILL, { label: ' ', level: 'BASIC', certified: false }],
    ['input.certifiedBy', SKILL, { label: 'weld', level: 'BASIC', certified: true }],
    ['input.certifiedBy', SKILL, { label: 'weld', level: 'BASIC', certified: false, certifiedBy: 'Somebody' }],
    ['input.escoUri', SKILL, { label: 'weld', level: 'BASIC', certified: false, escoUri: 'https://example.com/weld' }],
    ['input.country', EDUCATION, { iscedLevel: 'ISCED_3', title: 'Diploma', country: 'Eritrea' }],
    ['input.completedYear', EDUCATION, { iscedLevel: 'ISCED_3', title: 'Diploma', country: 'ER', completedYear: 3000 }],
    ['input.language', LANGUAGE, { language: 'xx', level: 'A1', assessedOn: today }],
    ['input.assessedOn', LANGUAGE, { language: 'fr', level: 'A1', assessedOn: addDays(today, 2) }],
    ['input.permitExpiresOn', PROCEDURE, { kind: 'PERMIT_RENEWAL' }],
    ['input.permitExpiresOn', PROCEDURE, { kind: 'SPID', permitExpiresOn: today }],
    ['input.description', PROCEDURE, { kind: 'OTHER' }],
  ])('refuses bad input on %s (%#)', async (field, mutation, input) => {
    const a = await corner();
    const { body } = await subgraph.request(mutation, { id: a.person.id, input }, a.assignedTutor);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('moves a recognition only along its steps and from the version last read', async () => {
    const a = await corner();
    const { recordEducation: entry } = await ok(
      EDUCATION,
      { id: a.person.id, input: { iscedLevel: 'ISCED_3', title: 'Diploma', country: 'AF' } },
      a.assignedTutor,
    );
    const jump = await subgraph.request(
      RECOGNITION,
      {
        id: entry.id,
        input: { expectedVersion: 1, status: 'RECOGNISED', authority: 'USR Piemonte', submittedOn: today, decidedOn: today },
      },
      a.assignedTutor,
    );
    expect(jump.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.status' });
    const noAuthority = await subgraph.request(
      RECOGNITION,
      { id: entry.id, input: { expectedVersion: 1, status: 'SUBMITTED', submittedOn: today } },
      a.assignedTutor,
    );
    expect(noAuthority.body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.authority' });
    const submit = { expectedVersion: 1, status: 'SUBMITTED', authority: 'USR Piemonte', submittedOn: today };
    const [first, second] = await Promise.all([
      subgraph.request(RECOGNITION, { id: entry.id, input: submit }, a.assignedTutor),
      subgraph.request(RECOGNITION, { id: entry.id, input: { ...submit, authority: 'CIMEA' } }, a.assignedTutor),
    ]);
    const results = [first, second];
    expect(results.filter((result) => !result.body.errors)).toHaveLength(1);
    expect(results.find((result) => result.body.errors)!.body.errors![0]!.extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.expectedVersion',
      currentVersion: 2,
    });
  });

  it('keeps one open procedure per kind, and updates it from its version', async () => {
    const a = await corner();
    const { recordAdministrativeProcedure: procedure } = await ok(
      PROCEDURE,
      { id: a.person.id, input: { kind: 'TAX_CODE', dueOn: addDays(today, 10) } },
      a.assignedTutor,
    );
    expect(procedure).toMatchObject({ kind: 'TAX_CODE', status: 'TO_DO', version: 1, beneficiary: { id: a.person.id } });
    const twice = await subgraph.request(PROCEDURE, { id: a.person.id, input: { kind: 'TAX_CODE' } }, a.assignedTutor);
    expect(twice.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.kind' });
    const done = await ok(UPDATE_PROCEDURE, { id: procedure.id, input: { expectedVersion: 1, status: 'DONE' } }, a.assignedTutor);
    expect(done.updateAdministrativeProcedure).toMatchObject({ status: 'DONE', version: 2, dueOn: addDays(today, 10) });
    const stale = await subgraph.request(
      UPDATE_PROCEDURE,
      { id: procedure.id, input: { expectedVersion: 1, status: 'BLOCKED' } },
      a.assignedTutor,
    );
    expect(stale.body.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 2 });
    await ok(PROCEDURE, { id: a.person.id, input: { kind: 'TAX_CODE' } }, a.assignedTutor);
  });

  it('costs the same statements for 3 or 10 assessed people', async () => {
    const cornerId = crypto.randomUUID();
    const tutorId = crypto.randomUUID();
    const tutor = await identity.tokenFor({ roles: ['tutor'], cornerIds: [cornerId], userId: tutorId });
    for (let i = 0; i < 10; i += 1) {
      const person = await createBeneficiary(subgraph.dataSource, { integraCornerId: cornerId, tutorUserId: tutorId });
      await ok(SKILL, { id: person.id, input: { label: 'drive', level: 'BASIC', certified: false } }, tutor);
      await ok(LANGUAGE, { id: person.id, input: { language: 'it', level: 'A2', assessedOn: today } }, tutor);
    }
    const PAGE = `query($corner: ID!, $first: Int!) { beneficiaries(filter: { integraCornerId: $corner }, first: $first) { edges { node {
      skills { label } education { title } languages { level } italianLevel administrativeProcedures { kind } workExperienceYears
      employability { band factors { kind points } } } } } }`;
    const statementsFor = async (first: number) => {
      const before = sqlStatements.count;
      const { body } = await subgraph.request(PAGE, { corner: cornerId, first }, tutor);
      expect(body.errors).toBeUndefined();
      expect(body.data.beneficiaries.edges).toHaveLength(first);
      return sqlStatements.count - before;
    };
    const small = await statementsFor(3);
    expect(await statementsFor(10)).toBe(small);
    // page, skills, education, languages, procedures, work experience; the audit of reads.
    expect(small).toBe(6 + AUDIT_APPEND_STATEMENTS);
  });
});
