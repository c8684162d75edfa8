import { defineSubgraph } from '@shubh/platform';
import { jobVacancyModule } from './job-vacancy/job-vacancy.module.js';
import { labourProfileModule } from './labour-profile/labour-profile.module.js';
import { matchingModule } from './matching/matching.module.js';
import { candidacyModule } from './candidacy/candidacy.module.js';
import { traineeshipModule } from './traineeship/traineeship.module.js';
import { personalDataRightsModule } from './personal-data/personal-data.module.js';

/** The labour subgraph: vacancies of the network's employers and where beneficiaries stand in the labour market. */
export const labourSubgraph = defineSubgraph({
  name: 'labour',
  defaultPort: 4003,
  schema: new URL('./schema.graphql', import.meta.url),
  modules: [jobVacancyModule, labourProfileModule, matchingModule, candidacyModule, traineeshipModule, personalDataRightsModule],
});
