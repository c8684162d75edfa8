import { ANONYMISED, defineModule } from '@shubh/platform';
import {
  AdministrativeProcedureEntity,
  EducationEntity,
  LanguageAssessmentEntity,
  SkillEntity,
  WorkExperienceEntity,
} from './assessment.entities.js';
import { assessmentPolicy } from './assessment.policy.js';
import { assessmentResolvers } from './assessment.resolvers.js';
import { AssessmentService } from './assessment.service.js';
import { CreateAssessment1764750000000 } from './migrations/1764750000000-create-assessment.js';
import { PublishLabourFacts1768100000001 } from './migrations/1768100000001-publish-labour-facts.js';

/** The services this module adds to each request's context. */
export const assessmentServices = { assessments: AssessmentService };

/** The assessment (WP2): skills, education and recognition, languages, administrative procedures, employability. */
export const assessmentModule = defineModule({
  name: 'assessment',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: assessmentResolvers,
  entities: [SkillEntity, EducationEntity, LanguageAssessmentEntity, WorkExperienceEntity, AdministrativeProcedureEntity],
  migrations: [CreateAssessment1764750000000, PublishLabourFacts1768100000001],
  services: assessmentServices,
  policy: assessmentPolicy,
  personalData: [
    {
      table: 'beneficiaries.skill',
      description: 'The skills recorded in your assessment.',
      orderBy: 't.recorded_at, t.id',
    },
    {
      table: 'beneficiaries.education',
      description: 'Your education and the recognition of your qualifications.',
      orderBy: 't.recorded_at, t.id',
      anonymise: { title: ANONYMISED, recognition_note: 'NULL' },
    },
    {
      table: 'beneficiaries.language_assessment',
      description: 'Your language levels as assessed.',
      orderBy: 't.assessed_on, t.id',
      anonymise: { certificate: 'NULL' },
    },
    {
      table: 'beneficiaries.work_experience',
      description: 'Your years of work experience.',
    },
    {
      table: 'beneficiaries.administrative_procedure',
      description: 'Administrative procedures followed for you (permits, registrations...).',
      orderBy: 't.created_at, t.id',
      anonymise: { description: 'NULL' },
    },
  ],
});
