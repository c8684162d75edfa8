import { defineModule } from '@shubh/platform';
import { eligibilityPolicy } from './eligibility.policy.js';
import { eligibilityResolvers } from './eligibility.resolvers.js';
import { EligibilityService } from './eligibility.service.js';

/** The services this module adds to each request's context. */
export const eligibilityServices = { eligibility: EligibilityService };

/** The published services a person is eligible for now, ranked with the reasons. */
export const eligibilityModule = defineModule({
  name: 'eligibility',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: eligibilityResolvers,
  services: eligibilityServices,
  policy: eligibilityPolicy,
});
