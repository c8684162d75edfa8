import { defineModule } from '@shubh/platform';
import { HousingOfferEntity } from './housing-offer.entity.js';
import { housingOfferResolvers } from './housing-offer.resolvers.js';
import { HousingOfferService } from './housing-offer.service.js';
import { housingOfferPolicy } from './housing-offer.policy.js';
import { CreateHousingOffer1764400000000 } from './migrations/1764400000000-create-housing-offer.js';
import { HousingOfferTermsAndPlaces1765200000002 } from './migrations/1765200000002-housing-offer-terms-and-places.js';

/** The services this module adds to each request's context. */
export const housingOfferServices = { housingOffers: HousingOfferService };

/**
 * Housing offers of the network's housing agencies, published and managed by their own operators; not personal data,
 * so every signed-in caller reads them.
 */
export const housingOfferModule = defineModule({
  name: 'housing-offer',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: housingOfferResolvers,
  entities: [HousingOfferEntity],
  migrations: [CreateHousingOffer1764400000000, HousingOfferTermsAndPlaces1765200000002],
  services: housingOfferServices,
  policy: housingOfferPolicy,
});
