import { defineModule } from '@shubh/platform';
import { Retention1768900000001 } from './migrations/1768900000001-retention.js';
import { applyRetentionJob } from './retention.jobs.js';

/**
 * Retention (GDPR art. 5(1)(e)): after the configured period past closure, the person's data is anonymised in every
 * subgraph, while the aggregate facts the results need remain.
 */
export const retentionModule = defineModule({
  name: 'retention',
  schema: new URL('./schema.graphql', import.meta.url),
  migrations: [Retention1768900000001],
  jobs: [applyRetentionJob],
});
