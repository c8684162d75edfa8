import type { Resolvers } from '../generated/resolvers-types.js';
import { resolveBeneficiaryReference, type BeneficiaryRepresentation } from '@shubh/platform';

export const housingSituationResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: resolveBeneficiaryReference,
    // The parent is the reference kept above; codegen types it by its key only.
    housingSituation: (beneficiary: BeneficiaryRepresentation, _args, { housingSituations }) => housingSituations.of(beneficiary),
  },
};
