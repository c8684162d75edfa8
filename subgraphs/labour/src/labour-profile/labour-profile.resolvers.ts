import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { labourProfileServices } from './labour-profile.module.js';

export const labourProfileResolvers: Resolvers<ContextWith<typeof labourProfileServices>> = {
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    labourProfile: ({ id }, _args, { labourProfiles }) => labourProfiles.of(id),
  },
};
