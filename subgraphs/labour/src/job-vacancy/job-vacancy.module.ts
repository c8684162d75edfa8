import { defineModule } from '@shubh/platform';
import { JobVacancyEntity } from './job-vacancy.entity.js';
import { jobVacancyResolvers } from './job-vacancy.resolvers.js';
import { JobVacancyService } from './job-vacancy.service.js';
import { jobVacancyPolicy } from './job-vacancy.policy.js';
import { CreateJobVacancy1764300000000 } from './migrations/1764300000000-create-job-vacancy.js';
import { VacancyLifecycle1765100000001 } from './migrations/1765100000001-vacancy-lifecycle.js';

/** The services this module adds to each request's context. */
export const jobVacancyServices = { jobVacancies: JobVacancyService };

/**
 * Job vacancies of the network's employers, written by their operators (or tutors on their behalf) as drafts,
 * published, closed, filled by hires; once published not personal data, so every signed-in caller reads them.
 */
export const jobVacancyModule = defineModule({
  name: 'job-vacancy',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: jobVacancyResolvers,
  entities: [JobVacancyEntity],
  migrations: [CreateJobVacancy1764300000000, VacancyLifecycle1765100000001],
  services: jobVacancyServices,
  policy: jobVacancyPolicy,
});
