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
  personalData: [
    {
      table: 'housing.rent_guarantee',
      description: 'Rent guarantees and insurance activated for your tenancy.',
      orderBy: 't.starts_on, t.id',
    },
    {
      table: 'housing.rent_guarantee_claim',
      description: 'Claims on your rent guarantees.',
      rowsOf: 't.guarantee_id IN (SELECT id FROM housing.rent_guarantee WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.recorded_at, t.id',
      anonymise: { note: 'NULL' },
    },
  ],
});
