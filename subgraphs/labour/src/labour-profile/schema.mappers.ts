import type { EntityReference } from '@shubh/platform';
import type { LabourProfileEntity } from './labour-profile.entity.js';

/** A beneficiary: owned by the beneficiaries subgraph, known here by its id. */
export type BeneficiaryMapper = EntityReference;
export type LabourProfileMapper = LabourProfileEntity;
