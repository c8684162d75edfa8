import type { EntityReference } from '@shubh/platform';
import type { BeneficiaryEntity } from './beneficiary.entity.js';

/** GraphQL type -> what its resolvers receive as the parent. */
export type BeneficiaryMapper = BeneficiaryEntity;
/** The actions the caller may take on a person: answered from the person's row by each module's policy. */
export type BeneficiaryViewerCanMapper = BeneficiaryEntity;
/** Owned by the catalogue subgraph, known here by its id. */
export type IntegraCornerMapper = EntityReference;
export type OrganisationMapper = EntityReference;
export type ServiceMapper = EntityReference;
