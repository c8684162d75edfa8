import { resolveExtendedReference } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';

export const labourProfileResolvers: Resolvers = {
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    labourProfile: ({ id }, _args, { labourProfiles }) => labourProfiles.profileOf(id),
  },
};
