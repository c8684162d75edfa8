import type { Resolvers } from '../generated/resolvers-types.js';

export const housingSituationResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: ({ id }, { housingSituations }) => housingSituations.beneficiaryReference(id),
    housingSituation: ({ id }, _args, { housingSituations }) => housingSituations.situationOf(id),
  },
};
