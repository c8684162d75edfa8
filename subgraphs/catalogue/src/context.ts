import type { RequestContext } from '@shubh/platform';
import type { IntegraCornerService } from './integra-corner/integra-corner.service.js';
import type { OrganisationService } from './organisation/organisation.service.js';
import type { ProgrammeService } from './programme/programme.service.js';
import type { ReferralService } from './referral/referral.service.js';
import type { ServiceService } from './service/service.service.js';

/** One request's view of the catalogue: each module's service, with its own fresh DataLoaders. */
export interface CatalogueContext extends RequestContext {
  organisations: OrganisationService;
  integraCorners: IntegraCornerService;
  programmes: ProgrammeService;
  services: ServiceService;
  referrals: ReferralService;
}
