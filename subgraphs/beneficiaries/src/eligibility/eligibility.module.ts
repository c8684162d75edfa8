import { defineModule } from '@shubh/platform';
import { eligibilityResolvers } from './eligibility.resolvers.js';
import { EligibilityService } from './eligibility.service.js';
import { IndexEligibilityWindows1764710000000 } from './migrations/1764710000000-index-eligibility-windows.js';

/** The services this module adds to each request's context. */
export const eligibilityServices = { eligibility: EligibilityService };

/** Eligibility for the programme (protection status, the 18-month window) and the outreach list of windows closing. */
export const eligibilityModule = defineModule({
  name: 'eligibility',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: eligibilityResolvers,
  migrations: [IndexEligibilityWindows1764710000000],
  services: eligibilityServices,
});
