import type { Resolvers } from '../generated/resolvers-types.js';

export const integraCornerResolvers: Resolvers = {
  Query: {
    integraCorner: (_parent, { id }, { integraCorners }) => integraCorners.get(id),
    integraCorners: (_parent, { province }, { integraCorners }) => integraCorners.list(province),
  },
  IntegraCorner: {
    __resolveReference: ({ id }, { integraCorners }) => integraCorners.findById(id),
    hostOrganisation: ({ hostOrganisationId }, _args, { organisations }) => organisations.referencedBy(hostOrganisationId),
  },
};
