import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { housingOfferServices } from './housing-offer.module.js';

export const housingOfferResolvers: Resolvers<ContextWith<typeof housingOfferServices>> = {
  Query: {
    housingOffer: (_parent, { id }, { housingOffers }) => housingOffers.get(id),
    housingOffers: (_parent, args, { housingOffers }) => housingOffers.list(args),
  },
  Mutation: {
    publishHousingOffer: (_parent, { input }, { housingOffers }) => housingOffers.publish(input),
    updateHousingOffer: (_parent, { id, expectedVersion, input }, { housingOffers }) => housingOffers.update(id, expectedVersion, input),
    withdrawHousingOffer: (_parent, { id, expectedVersion }, { housingOffers }) => housingOffers.withdraw(id, expectedVersion),
  },
  HousingOffer: {
    __resolveReference: ({ id }, { housingOffers }) => housingOffers.findById(id),
    // The catalogue subgraph resolves the rest of the provider from its id.
    provider: ({ providerId }) => ({ id: providerId }),
    monthlyRentEuros: ({ monthlyRentCents }) => monthlyRentCents / 100,
    depositEuros: ({ depositCents }) => depositCents / 100,
    chargesEuros: ({ chargesCents }) => chargesCents / 100,
    placesLeft: ({ places, placesTaken }) => Math.max(0, places - placesTaken),
  },
  Organisation: {
    __resolveReference: resolveExtendedReference,
    housingOffers: ({ id }, _args, { housingOffers }) => housingOffers.availableOffersOf(id),
  },
};
