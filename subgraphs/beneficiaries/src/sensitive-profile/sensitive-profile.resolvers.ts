import type { Resolvers } from '../generated/resolvers-types.js';

export const sensitiveProfileResolvers: Resolvers = {
  Beneficiary: {
    sensitiveProfile: (beneficiary, { reason }, { sensitiveProfiles }) => sensitiveProfiles.of(beneficiary, reason),
  },
  Mutation: {
    recordSensitiveProfile: (_parent, { beneficiaryId, input, reason }, { sensitiveProfiles }) =>
      sensitiveProfiles.record(beneficiaryId, input, reason),
  },
};
