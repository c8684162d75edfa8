import { defineModule } from '@shubh/platform';
import { caseRemindersJob } from './attention.jobs.js';
import { attentionPolicy } from './attention.policy.js';
import { attentionResolvers } from './attention.resolvers.js';
import { AttentionService } from './attention.service.js';
import { IndexNationalPaths1768600000000 } from './migrations/1768600000000-index-national-paths.js';

/** The services this module adds to each request's context. */
export const attentionServices = { attention: AttentionService };

/** What needs attention in a caseload: overdue follow-ups, open critical issues, permits about to expire. */
export const attentionModule = defineModule({
  name: 'attention',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: attentionResolvers,
  services: attentionServices,
  policy: attentionPolicy,
  migrations: [IndexNationalPaths1768600000000],
  jobs: [caseRemindersJob],
});
