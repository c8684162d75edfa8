import type { RequestContext } from '@shubh/platform';
import type { ActionPlanService } from './action-plan/action-plan.service.js';
import type { AssessmentService } from './assessment/assessment.service.js';
import type { AttentionService } from './attention/attention.service.js';
import type { FollowUpService } from './follow-up/follow-up.service.js';
import type { AuditTrailService } from './audit-trail/audit-trail.service.js';
import type { CaseLifecycleService } from './case-lifecycle/case-lifecycle.service.js';
import type { EligibilityService } from './eligibility/eligibility.service.js';
import type { HouseholdService } from './household/household.service.js';
import type { IntakeService } from './intake/intake.service.js';
import type { BeneficiaryService } from './beneficiary/beneficiary.service.js';
import type { CaseloadIndicatorService } from './caseload-indicators/caseload-indicators.service.js';
import type { ConsentService } from './consent/consent.service.js';
import type { SensitiveProfileService } from './sensitive-profile/sensitive-profile.service.js';

export interface BeneficiariesContext extends RequestContext {
  beneficiaries: BeneficiaryService;
  consents: ConsentService;
  sensitiveProfiles: SensitiveProfileService;
  auditTrail: AuditTrailService;
  caseloadIndicators: CaseloadIndicatorService;
  intake: IntakeService;
  eligibility: EligibilityService;
  caseLifecycle: CaseLifecycleService;
  household: HouseholdService;
  assessments: AssessmentService;
  actionPlans: ActionPlanService;
  followUps: FollowUpService;
  attention: AttentionService;
}
