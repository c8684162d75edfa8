import type { Resolvers } from '../generated/resolvers-types.js';

export const labourProfileResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: ({ id }, { labourProfiles }) => labourProfiles.beneficiaryReference(id),
    labourProfile: ({ id }, _args, { labourProfiles }) => labourProfiles.profileOf(id),
  },
};
