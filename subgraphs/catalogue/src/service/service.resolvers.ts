import type { Resolvers } from '../generated/resolvers-types.js';

export const serviceResolvers: Resolvers = {
  Query: {
    service: (_parent, { id }, { services }) => services.get(id),
    services: (_parent, args, { services }) => services.list(args),
  },
  Service: {
    __resolveReference: ({ id }, { services }) => services.findById(id),
    programme: ({ programmeId }, _args, { programmes }) => programmes.referencedBy(programmeId),
    provider: ({ providerId }, _args, { organisations }) => organisations.referencedBy(providerId),
  },
};
