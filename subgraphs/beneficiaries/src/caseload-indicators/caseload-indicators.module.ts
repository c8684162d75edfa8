import { defineModule } from '@shubh/platform';
import { caseloadIndicatorsPolicy } from './caseload-indicators.policy.js';
import { caseloadIndicatorResolvers } from './caseload-indicators.resolvers.js';
import { CaseloadIndicatorService } from './caseload-indicators.service.js';

/** The services this module adds to each request's context. */
export const caseloadIndicatorServices = { caseloadIndicators: CaseloadIndicatorService };

/** Counts of cases per corner and status, small groups withheld. */
export const caseloadIndicatorsModule = defineModule({
  name: 'caseload-indicators',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: caseloadIndicatorResolvers,
  services: caseloadIndicatorServices,
  policy: caseloadIndicatorsPolicy,
});
