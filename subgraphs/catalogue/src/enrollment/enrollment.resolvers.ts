import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { programmeServices } from '../programme/programme.module.js';
import type { referralServices } from '../referral/referral.module.js';
import type { serviceServices } from '../service/service.module.js';
import type { enrollmentServices } from './enrollment.module.js';

type Context = ContextWith<
  typeof enrollmentServices & typeof serviceServices & typeof programmeServices & typeof referralServices & typeof organisationServices
>;

export const enrollmentResolvers: Resolvers<Context> = {
  Mutation: {
    recordEnrollment: (_parent, { input }, { enrollments }) => enrollments.record(input),
    updateEnrollment: (_parent, { id, input }, { enrollments }) => enrollments.update(id, input),
  },
  Beneficiary: {
    serviceHistory: ({ id }, _args, { enrollments }) => enrollments.historyOf(id),
  },
  ServiceEnrollment: {
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    service: ({ serviceId }, _args, { services }) => services.referencedBy(serviceId),
    // Null when the caller may not see the referral (its own rule), not an error.
    referral: ({ referralId }, _args, { referrals }) => (referralId ? referrals.findById(referralId) : null),
    area: async ({ serviceId }, _args, { services }) => (await services.referencedBy(serviceId)).area,
    type: async ({ serviceId }, _args, { services }) => (await services.referencedBy(serviceId)).type,
    programmeCode: async ({ serviceId }, _args, { services, programmes }) =>
      (await programmes.referencedBy((await services.referencedBy(serviceId)).programmeId)).code,
    programme: async ({ serviceId }, _args, { services, programmes }) =>
      (await programmes.referencedBy((await services.referencedBy(serviceId)).programmeId)).code,
    providerName: async ({ serviceId }, _args, { services, organisations }) =>
      (await organisations.referencedBy((await services.referencedBy(serviceId)).providerId)).name,
    external: () => false,
  },
};
