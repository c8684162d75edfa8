import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { housingSituationServices } from './housing-situation.module.js';

export const housingSituationResolvers: Resolvers<ContextWith<typeof housingSituationServices>> = {
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    housingSituation: ({ id }, _args, { housingSituations }) => housingSituations.of(id),
  },
};
