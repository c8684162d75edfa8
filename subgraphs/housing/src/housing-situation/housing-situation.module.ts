import { defineModule } from '@shubh/platform';
import { HousingSituationEntity } from './housing-situation.entity.js';
import { housingSituationResolvers } from './housing-situation.resolvers.js';
import { HousingSituationService } from './housing-situation.service.js';
import { CreateHousingSituation1764400000001 } from './migrations/1764400000001-create-housing-situation.js';

/** The services this module adds to each request's context. */
export const housingSituationServices = { housingSituations: HousingSituationService };

/** Where a beneficiary lives; personal data read under the platform's shared-record rule. */
export const housingSituationModule = defineModule({
  name: 'housing-situation',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: housingSituationResolvers,
  entities: [HousingSituationEntity],
  migrations: [CreateHousingSituation1764400000001],
  services: housingSituationServices,
});
