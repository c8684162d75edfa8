import type { Resolvers } from '../generated/resolvers-types.js';

export const beneficiaryResolvers: Resolvers = {
  Query: {
    beneficiary: (_parent, { id }, { beneficiaries }) => beneficiaries.get(id),
    beneficiaries: (_parent, args, { beneficiaries }) => beneficiaries.list(args),
  },
  Beneficiary: {
    __resolveReference: ({ id }, { beneficiaries }) => beneficiaries.findById(id),
    integraCorner: ({ integraCornerId }) => ({ id: integraCornerId }),
  },
};
