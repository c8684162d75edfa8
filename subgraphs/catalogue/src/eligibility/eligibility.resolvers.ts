import type { ContextWith } from '@shubh/platform';
import { resolveExtendedReference } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { overlapServices } from '../overlap/overlap.module.js';
import type { eligibilityServices } from './eligibility.module.js';
import type { EligibilityRepresentation } from './eligibility.service.js';

export const eligibilityResolvers: Resolvers<ContextWith<typeof eligibilityServices & typeof overlapServices>> = {
  Beneficiary: {
    // Keeps the eligibility facts the owner handed over with the reference (the default would keep only the id).
    __resolveReference: (reference: EligibilityRepresentation) => {
      const kept = resolveExtendedReference(reference);
      return kept
        ? {
            ...kept,
            protectionStatus: reference.protectionStatus,
            receptionExitDate: reference.receptionExitDate,
            birthDate: reference.birthDate,
            province: reference.province,
            italianLevel: reference.italianLevel,
          }
        : null;
    },
    // The parent is the reference kept above; codegen types it by its key only.
    eligibleServices: (beneficiary: EligibilityRepresentation, { first }, { eligibility }) =>
      eligibility.eligibleServices(beneficiary, first),
  },
  ServiceEligibility: {
    // The person's eligibility was already checked to be the caller's to see.
    overlap: ({ beneficiaryId, service }, _args, { overlaps }) => overlaps.forEligibleService(beneficiaryId, service.id),
  },
};
