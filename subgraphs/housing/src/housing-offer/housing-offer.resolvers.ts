import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { housingOfferServices } from './housing-offer.module.js';

export const housingOfferResolvers: Resolvers<ContextWith<typeof housingOfferServices>> = {
  Query: {
    housingOffer: (_parent, { id }, { housingOffers }) => housingOffers.get(id),
    housingOffers: (_parent, args, { housingOffers }) => housingOffers.list(args),
  },
  HousingOffer: {
    __resolveReference: ({ id }, { housingOffers }) => housingOffers.findById(id),
    // The catalogue subgraph resolves the rest of the provider from its id.
    provider: ({ providerId }) => ({ id: providerId }),
    monthlyRentEuros: ({ monthlyRentCents }) => monthlyRentCents / 100,
  },
  Organisation: {
    __resolveReference: resolveExtendedReference,
    housingOffers: ({ id }, _args, { housingOffers }) => housingOffers.availableOffersOf(id),
  },
};
