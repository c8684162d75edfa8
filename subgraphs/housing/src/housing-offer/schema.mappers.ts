import type { EntityReference } from '@shubh/platform';
import type { HousingOfferEntity } from './housing-offer.entity.js';

/** GraphQL type -> what its resolvers receive as the parent. */
export type HousingOfferMapper = HousingOfferEntity;
/** The provider: owned by the catalogue subgraph, known here by its id. */
export type OrganisationMapper = EntityReference;
