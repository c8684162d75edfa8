import type { Resolvers } from '../generated/resolvers-types.js';
import { organisationStub } from './housing-offer.service.js';

export const housingOfferResolvers: Resolvers = {
  Query: {
    housingOffer: (_parent, { id }, { housingOffers }) => housingOffers.get(id),
    housingOffers: (_parent, args, { housingOffers }) => housingOffers.list(args),
  },
  HousingOffer: {
    __resolveReference: ({ id }, { housingOffers }) => housingOffers.findById(id),
    provider: ({ providerId }) => organisationStub(providerId),
    monthlyRentEuros: ({ monthlyRentCents }) => monthlyRentCents / 100,
  },
  Organisation: {
    __resolveReference: ({ id }, { housingOffers }) => housingOffers.organisationReference(id),
    housingOffers: ({ id }, _args, { housingOffers }) => housingOffers.availableOffersOf(id),
  },
};
