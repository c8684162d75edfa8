import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { programmeServices } from './programme.module.js';

export const programmeResolvers: Resolvers<ContextWith<typeof programmeServices>> = {
  Query: {
    programmes: (_parent, _args, { programmes }) => programmes.list(),
    programme: (_parent, { code }, { programmes }) => programmes.getByCode(code),
  },
  Programme: {
    __resolveReference: ({ id }, { programmes }) => programmes.findById(id),
  },
};
