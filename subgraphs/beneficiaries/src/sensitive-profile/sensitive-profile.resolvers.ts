import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { sensitiveProfileServices } from './sensitive-profile.module.js';
import { sensitiveProfilePolicy } from './sensitive-profile.policy.js';

export const sensitiveProfileResolvers: Resolvers<ContextWith<typeof sensitiveProfileServices>> = {
  Beneficiary: {
    sensitiveProfile: (beneficiary, { reason }, { sensitiveProfiles }) => sensitiveProfiles.of(beneficiary, reason),
  },
  BeneficiaryViewerCan: {
    readSensitiveProfile: (beneficiary, _args, { caller }) => sensitiveProfilePolicy.may(caller, 'read', beneficiary),
    recordSensitiveProfile: (beneficiary, _args, { caller }) => sensitiveProfilePolicy.may(caller, 'record', beneficiary),
  },
  Mutation: {
    recordSensitiveProfile: (_parent, { beneficiaryId, input, reason }, { sensitiveProfiles }) =>
      sensitiveProfiles.record(beneficiaryId, input, reason),
  },
};
