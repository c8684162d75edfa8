import type { Resolvers } from '../generated/resolvers-types.js';

export const programmeResolvers: Resolvers = {
  Query: {
    programmes: (_parent, _args, { programmes }) => programmes.list(),
    programme: (_parent, { code }, { programmes }) => programmes.getByCode(code),
  },
  Programme: {
    __resolveReference: ({ id }, { programmes }) => programmes.findById(id),
  },
};
