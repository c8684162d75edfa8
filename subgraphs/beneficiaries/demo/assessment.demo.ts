import type { DataSource, ObjectLiteral } from 'typeorm';
import { addDays, demoId, type DemoBeneficiary, type DemoPlan } from '../../../demo/demo-plan.js';
import type { CefrLevel, IscedLevel, RecognitionStatus, SkillLevel } from '../src/generated/resolvers-types.js';
import {
  AdministrativeProcedureEntity,
  EducationEntity,
  LanguageAssessmentEntity,
  SkillEntity,
  WorkExperienceEntity,
} from '../src/assessment/assessment.entities.js';
import { CEFR_LEVELS } from '../src/results/indicators.js';

const DEMO_ACTOR = 'demo-data';
const ASSESSED: DemoBeneficiary['caseStatus'][] = ['ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED'];

/** The language most people of a country speak first (ISO 639-1). */
const FIRST_LANGUAGE: Record<string, string> = {
  AF: 'fa',
  CI: 'fr',
  EG: 'ar',
  ER: 'ti',
  ET: 'am',
  GH: 'en',
  GN: 'fr',
  IQ: 'ar',
  IR: 'fa',
  ML: 'bm',
  NG: 'en',
  PK: 'ur',
  SD: 'ar',
  SL: 'en',
  SN: 'wo',
  SO: 'so',
  SY: 'ar',
  TN: 'ar',
  UA: 'uk',
};

/** ESCO preferred labels (the concept URIs are left to the tutors, who code them in the ESCO portal). */
const SKILLS: [label: string, level: SkillLevel, certifiedBy: string | null][] = [
  ['operate forklift', 'ADVANCED', 'Enaip Piemonte'],
  ['prepare food', 'INTERMEDIATE', null],
  ['perform cleaning duties', 'ADVANCED', null],
  ['lay bricks', 'INTERMEDIATE', 'Formedil Puglia'],
  ['harvest crops', 'ADVANCED', null],
  ['assist customers', 'BASIC', null],
  ['use spreadsheets software', 'INTERMEDIATE', 'ICDL / AICA'],
];

const EDUCATION: [IscedLevel, string][] = [
  ['ISCED_1', 'Primary school certificate'],
  ['ISCED_3', 'Secondary school diploma'],
  ['ISCED_6', 'Bachelor of Science in Nursing'],
  ['ISCED_2', 'Lower secondary certificate'],
  ['ISCED_6', 'Bachelor in Business Administration'],
];
const RECOGNITION: RecognitionStatus[] = ['NOT_STARTED', 'SUBMITTED', 'IN_PROGRESS', 'RECOGNISED', 'REJECTED'];
const ITALIAN: CefrLevel[] = ['A1', 'A2', 'A2', 'B1', 'B1', 'B2'];

/**
 * The assessment of everyone assessed or further on: Italian and first language, skills (some certified), a
 * qualification at every stage of recognition, work experience, and administrative procedures, with residence
 * permits expiring soon (or already expired) for a few, so that `permitsExpiring` has something to show.
 */
export async function seedAssessmentDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const insert = async <T extends ObjectLiteral>(entity: new () => T, rows: Partial<T>[]) => {
    if (rows.length > 0) await dataSource.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };
  const people = plan.beneficiaries.filter((beneficiary) => ASSESSED.includes(beneficiary.caseStatus) && beneficiary.enrolledOn);
  const at = (day: string) => new Date(`${day}T10:00:00Z`);
  const assessedOn = (person: DemoBeneficiary) => minDay(addDays(person.enrolledOn!, 14), addDays(plan.today, -7));

  await insert(
    LanguageAssessmentEntity,
    people.flatMap((person, index) => {
      const day = assessedOn(person);
      const rows: Partial<LanguageAssessmentEntity>[] = [
        {
          id: demoId('language-assessment', `${person.id}:it`),
          beneficiaryId: person.id,
          language: 'it',
          level: ITALIAN[index % ITALIAN.length]!,
          assessedOn: day,
          certificate: index % 3 === 0 ? 'CPIA placement test' : null,
          recordedAt: at(day),
          recordedBy: DEMO_ACTOR,
        },
      ];
      // Half of the people well into their path were assessed again after an Italian course: one CEFR level up.
      const again = minDay(addDays(day, 90), addDays(plan.today, -1));
      const level = ITALIAN[index % ITALIAN.length]!;
      const next = CEFR_LEVELS[CEFR_LEVELS.indexOf(level) + 1];
      if ((person.caseStatus === 'IN_PROGRESS' || person.caseStatus === 'CLOSED') && index % 2 === 0 && again > day && next) {
        rows.push({
          id: demoId('language-assessment', `${person.id}:it:again`),
          beneficiaryId: person.id,
          language: 'it',
          level: next,
          assessedOn: again,
          certificate: 'CPIA end-of-course test',
          recordedAt: at(again),
          recordedBy: DEMO_ACTOR,
        });
      }
      const first = FIRST_LANGUAGE[person.citizenship];
      if (first)
        rows.push({
          id: demoId('language-assessment', `${person.id}:${first}`),
          beneficiaryId: person.id,
          language: first,
          level: 'C2',
          assessedOn: day,
          certificate: null,
          recordedAt: at(day),
          recordedBy: DEMO_ACTOR,
        });
      return rows;
    }),
  );
  await insert(
    SkillEntity,
    people.flatMap((person, index) =>
      [0, 1].slice(0, 1 + (index % 2)).map((offset) => {
        const [label, level, certifiedBy] = SKILLS[(index + offset * 3) % SKILLS.length]!;
        return {
          id: demoId('skill', `${person.id}:${label}`),
          beneficiaryId: person.id,
          label,
          escoUri: null,
          level,
          certified: certifiedBy !== null,
          certifiedBy,
          recordedAt: at(assessedOn(person)),
          recordedBy: DEMO_ACTOR,
        };
      }),
    ),
  );
  await insert(
    EducationEntity,
    people.map((person, index) => {
      const [iscedLevel, title] = EDUCATION[index % EDUCATION.length]!;
      const status = RECOGNITION[index % RECOGNITION.length]!;
      const day = assessedOn(person);
      const submitted = status === 'NOT_STARTED' ? null : day;
      return {
        id: demoId('education', person.id),
        beneficiaryId: person.id,
        iscedLevel,
        title,
        country: person.citizenship,
        completedYear: 2010 + (index % 12),
        recognitionStatus: status,
        recognitionAuthority: submitted ? (iscedLevel === 'ISCED_6' ? 'CIMEA' : 'Ufficio Scolastico Regionale') : null,
        recognitionSubmittedOn: submitted,
        recognitionDecidedOn: status === 'RECOGNISED' || status === 'REJECTED' ? minDay(addDays(day, 60), plan.today) : null,
        recognitionNote: status === 'REJECTED' ? 'Transcript of records missing: to be requested from the university' : null,
        recordedAt: at(day),
        updatedAt: at(day),
        updatedBy: DEMO_ACTOR,
        version: 1,
      };
    }),
  );
  await insert(
    WorkExperienceEntity,
    people.map((person, index) => ({
      beneficiaryId: person.id,
      years: index % 7,
      recordedAt: at(assessedOn(person)),
      recordedBy: DEMO_ACTOR,
    })),
  );
  await insert(
    AdministrativeProcedureEntity,
    people.flatMap((person, index) => {
      const day = assessedOn(person);
      const procedure = (
        kind: AdministrativeProcedureEntity['kind'],
        status: AdministrativeProcedureEntity['status'],
        extra: Partial<AdministrativeProcedureEntity> = {},
      ) => ({
        id: demoId('administrative-procedure', `${person.id}:${kind}`),
        beneficiaryId: person.id,
        kind,
        status,
        description: null,
        dueOn: null,
        permitExpiresOn: null,
        createdAt: at(day),
        updatedAt: at(day),
        updatedBy: DEMO_ACTOR,
        version: 1,
        ...extra,
      });
      const rows = [procedure('TAX_CODE', 'DONE')];
      // Permits expiring from 10 days ago to 80 days ahead: some already late, most within the 60-day window.
      if (index % 2 === 0) {
        rows.push(
          procedure('PERMIT_RENEWAL', index % 4 === 0 ? 'IN_PROGRESS' : 'TO_DO', {
            permitExpiresOn: addDays(plan.today, ((index * 17) % 90) - 10),
            dueOn: addDays(plan.today, (index * 7) % 30),
          }),
        );
      }
      if (index % 3 === 0) rows.push(procedure('RESIDENCE_REGISTRATION', 'IN_PROGRESS', { dueOn: addDays(plan.today, -5 + (index % 20)) }));
      if (index % 5 === 1) rows.push(procedure('SPID', 'BLOCKED', { description: 'Waiting for the identity card from the municipality' }));
      if (index % 4 === 1) rows.push(procedure('HEALTH_CARD', 'DONE'));
      return rows;
    }),
  );
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
