import type { RequestContext } from '@shubh/platform';
import type { AuditTrailService } from './audit-trail/audit-trail.service.js';
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
}
