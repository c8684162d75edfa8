import { definePolicy, operatesFor } from '@shubh/platform';
import type { HousingOfferEntity } from './housing-offer.entity.js';

/**
 * Who may publish and manage housing offers. Offers are not personal data: every signed-in caller reads them.
 *
 * - publish: a partner operator, for their own organisation (the token's `org`).
 * - manage (update, withdraw): the operators of the offer's organisation, and administrators.
 */
export const housingOfferPolicy = definePolicy('housing-offer', {
  publish: {
    allow: (caller) => caller.has('partner-operator') && caller.organisationId !== null,
    refusal: 'Only a partner operator of a housing organisation publishes offers, for their own organisation',
  },
  manage: {
    allow: (caller, offer: Pick<HousingOfferEntity, 'providerId'>) => caller.isNetworkAdmin || operatesFor(caller, offer.providerId),
    refusal: "Only the operators of the offer's organisation or an administrator may change it",
  },
});
