import type { RequestContext } from '@shubh/platform';
import type { BeneficiaryService } from './beneficiary/beneficiary.service.js';

export interface BeneficiariesContext extends RequestContext {
  beneficiaries: BeneficiaryService;
}
