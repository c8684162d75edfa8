import type { RequestContext } from '@shubh/platform';
import type { HousingOfferService } from './housing-offer/housing-offer.service.js';
import type { HousingSituationService } from './housing-situation/housing-situation.service.js';

export interface HousingContext extends RequestContext {
  housingOffers: HousingOfferService;
  housingSituations: HousingSituationService;
}
