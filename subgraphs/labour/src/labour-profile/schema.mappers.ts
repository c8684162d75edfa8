import type { EntityReference } from '@shubh/platform';
import type { EmploymentStatusChangeEntity, LabourProfileEntity } from './labour-profile.entity.js';

/** A beneficiary: owned by the beneficiaries subgraph, known here by its id. */
export type BeneficiaryMapper = EntityReference;
export type LabourProfileMapper = LabourProfileEntity;
/** Availability and mobility are read from the profile's row. */
export type LabourAvailabilityMapper = LabourProfileEntity;
export type LabourMobilityMapper = LabourProfileEntity;
export type EmploymentStatusChangeMapper = EmploymentStatusChangeEntity;
/** Answered from the person's case facts, with the labour policies. */
export type LabourViewerCanMapper = EntityReference;
