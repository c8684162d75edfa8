import type { Resolvers } from '../generated/resolvers-types.js';
import { resolveBeneficiaryReference, type BeneficiaryRepresentation } from '@shubh/platform';

export const labourProfileResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: resolveBeneficiaryReference,
    // The parent is the reference kept above; codegen types it by its key only.
    labourProfile: (beneficiary: BeneficiaryRepresentation, _args, { labourProfiles }) => labourProfiles.of(beneficiary),
  },
};
