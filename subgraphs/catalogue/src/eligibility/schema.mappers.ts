import type { EntityReference } from '@shubh/platform';
import type { EligibleService } from './eligibility-ranking.js';

/** A beneficiary: owned by the beneficiaries subgraph, known here by its id (and the eligibility facts it requires). */
export type BeneficiaryMapper = EntityReference;
export type ServiceEligibilityMapper = EligibleService;
