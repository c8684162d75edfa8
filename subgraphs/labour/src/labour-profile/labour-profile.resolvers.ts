import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { labourProfileServices } from './labour-profile.module.js';

export const labourProfileResolvers: Resolvers<ContextWith<typeof labourProfileServices>> = {
  Mutation: {
    recordLabourProfile: (_parent, { input }, { labourProfiles }) => labourProfiles.recordProfile(input),
  },
  Beneficiary: {
    __resolveReference: resolveExtendedReference,
    labourProfile: ({ id }, _args, { labourProfiles }) => labourProfiles.of(id),
    labourViewerCan: ({ id }) => ({ id }),
  },
  LabourProfile: {
    availability: (profile) => profile,
    mobility: (profile) => profile,
    statusHistory: (profile, _args, { labourProfiles }) => labourProfiles.historyOf(profile),
  },
  LabourAvailability: {},
  LabourMobility: {
    provinces: ({ reachableProvinces }) => reachableProvinces,
    municipalities: ({ reachableMunicipalities }) => reachableMunicipalities,
  },
  EmploymentStatusChange: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
  },
};
