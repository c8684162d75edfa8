import type { EntityReference } from '@shubh/platform';
import type { HousingSituationChangeEntity, HousingSituationEntity } from './housing-situation.entity.js';

/** A beneficiary: owned by the beneficiaries subgraph, known here by its id. */
export type BeneficiaryMapper = EntityReference;
export type HousingSituationMapper = HousingSituationEntity;
export type HousingSituationChangeMapper = HousingSituationChangeEntity;
