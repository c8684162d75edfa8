import { defineModule } from '@shubh/platform';
import { AfterExitFollowUpEntity } from './after-exit.entity.js';
import { afterExitPolicy } from './after-exit.policy.js';
import { afterExitResolvers } from './after-exit.resolvers.js';
import { AfterExitService } from './after-exit.service.js';
import { CreateAfterExitFollowUp1768200000000 } from './migrations/1768200000000-create-after-exit-follow-up.js';

/** The services this module adds to each request's context. */
export const afterExitServices = { afterExit: AfterExitService };

/** The follow-up contact six months after a case closed: the due list and the recorded result (outcomes after exit). */
export const afterExitModule = defineModule({
  name: 'after-exit',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: afterExitResolvers,
  entities: [AfterExitFollowUpEntity],
  migrations: [CreateAfterExitFollowUp1768200000000],
  services: afterExitServices,
  policy: afterExitPolicy,
  personalData: [
    {
      table: 'beneficiaries.after_exit_follow_up',
      description: 'The contacts after your case closed (employment and housing then).',
      orderBy: 't.closed_on, t.id',
      anonymise: { note: 'NULL' },
    },
  ],
});
