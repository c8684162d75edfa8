import { resolveExtendedReference } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';

export const housingSituationResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    housingSituation: ({ id }, _args, { housingSituations }) => housingSituations.situationOf(id),
  },
};
