import { resolveBeneficiaryReference, type BeneficiaryRepresentation } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';

export const enrollmentResolvers: Resolvers = {
  Mutation: {
    recordEnrollment: (_parent, { input }, { enrollments }) => enrollments.record(input),
    updateEnrollment: (_parent, { id, input }, { enrollments }) => enrollments.update(id, input),
  },
  Beneficiary: {
    // Keeps every fact the owner handed over (other modules' @requires read theirs), with the id checked; another
    // module of this subgraph may declare this resolver too, and whichever is merged last must keep them all.
    __resolveReference: (reference: BeneficiaryRepresentation) => {
      const kept = resolveBeneficiaryReference(reference);
      return kept ? { ...reference, ...kept } : null;
    },
    // The parent is the reference kept above; codegen types it by its key only.
    serviceHistory: (beneficiary: BeneficiaryRepresentation, _args, { enrollments }) => enrollments.historyOf(beneficiary),
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
  },
};
