import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { housingSituationServices } from './housing-situation.module.js';

export const housingSituationResolvers: Resolvers<ContextWith<typeof housingSituationServices>> = {
  Mutation: {
    recordHousingSituation: (_parent, { input }, { housingSituations }) => housingSituations.recordSituation(input),
  },
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    housingSituation: ({ id }, _args, { housingSituations }) => housingSituations.of(id),
  },
  HousingSituation: {
    rentIncomeEuros: ({ rentIncomeCents }) => (rentIncomeCents === null ? null : rentIncomeCents / 100),
    needsAccessibleHome: ({ needsAccessible }) => needsAccessible,
    history: (situation, _args, { housingSituations }) => housingSituations.historyOf(situation),
  },
};
