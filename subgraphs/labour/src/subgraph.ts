import type { SubgraphDefinition } from '@shubh/platform';
import { fileURLToPath } from 'node:url';
import type { LabourContext } from './context.js';
import { JobVacancyEntity } from './job-vacancy/job-vacancy.entity.js';
import { jobVacancyResolvers } from './job-vacancy/job-vacancy.resolvers.js';
import { JobVacancyService } from './job-vacancy/job-vacancy.service.js';
import { LabourProfileEntity } from './labour-profile/labour-profile.entity.js';
import { labourProfileResolvers } from './labour-profile/labour-profile.resolvers.js';
import { LabourProfileService } from './labour-profile/labour-profile.service.js';
import { CreateJobVacancy1764300000000 } from './migrations/1764300000000-create-job-vacancy.js';
import { CreateLabourProfile1764300000001 } from './migrations/1764300000001-create-labour-profile.js';

export { JobVacancyEntity, LabourProfileEntity };

export const labourSubgraph: SubgraphDefinition<LabourContext> = {
  name: 'labour',
  defaultPort: 4003,
  sourceDir: fileURLToPath(new URL('.', import.meta.url)),
  resolvers: [jobVacancyResolvers, labourProfileResolvers],
  entities: [JobVacancyEntity, LabourProfileEntity],
  migrations: [CreateJobVacancy1764300000000, CreateLabourProfile1764300000001],
  createContext: (dataSource, base) => ({
    ...base,
    jobVacancies: new JobVacancyService(dataSource.getRepository(JobVacancyEntity)),
    labourProfiles: new LabourProfileService(dataSource.getRepository(LabourProfileEntity), base.caller, base.audit),
  }),
};
