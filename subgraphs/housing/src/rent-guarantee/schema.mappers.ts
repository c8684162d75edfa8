import type { RentGuaranteeClaimEntity, RentGuaranteeEntity } from './rent-guarantee.entity.js';

/** GraphQL type -> what its resolvers receive as the parent. */
export type RentGuaranteeMapper = RentGuaranteeEntity;
export type RentGuaranteeClaimMapper = RentGuaranteeClaimEntity;
