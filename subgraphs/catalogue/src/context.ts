import type { RequestContext } from '@shubh/platform';
import type { EnrollmentService } from './enrollment/enrollment.service.js';
import type { OverlapService } from './overlap/overlap.service.js';
import type { ReferralWorkflow } from './referral/referral-workflow.js';
import type { CapacityBuildingService } from './capacity-building/capacity-building.service.js';
import type { EligibilityService } from './eligibility/eligibility.service.js';
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
  capacityBuilding: CapacityBuildingService;
  eligibility: EligibilityService;
  referralWorkflow: ReferralWorkflow;
  enrollments: EnrollmentService;
  overlaps: OverlapService;
}
