import { defineModule } from '@shubh/platform';
import { CreateRentGuarantee1765200000004 } from './migrations/1765200000004-create-rent-guarantee.js';
import { RentGuaranteeClaimEntity, RentGuaranteeEntity } from './rent-guarantee.entity.js';
import { rentGuaranteePolicy } from './rent-guarantee.policy.js';
import { rentGuaranteeResolvers } from './rent-guarantee.resolvers.js';
import { RentGuaranteeService } from './rent-guarantee.service.js';

/** The services this module adds to each request's context. */
export const rentGuaranteeServices = { rentGuarantees: RentGuaranteeService };

/**
 * Rent guarantees and insurances for placements, bounded by the programme's end date and each province's fund
 * (configuration: `PROGRAMME_END_DATE`, `RENT_GUARANTEE_FUNDS_EUROS`), their claims and release; they feed the
 * published `housing.rent_guarantee_spell` contract and `HousingSituation.rentGuaranteeActive`.
 */
export const rentGuaranteeModule = defineModule({
  name: 'rent-guarantee',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: rentGuaranteeResolvers,
  entities: [RentGuaranteeEntity, RentGuaranteeClaimEntity],
  migrations: [CreateRentGuarantee1765200000004],
  services: rentGuaranteeServices,
  policy: rentGuaranteePolicy,
});
