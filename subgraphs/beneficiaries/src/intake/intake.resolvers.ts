import type { ContextWith } from '@shubh/platform';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { intakeServices } from './intake.module.js';

export const intakeResolvers: Resolvers<ContextWith<typeof intakeServices & typeof beneficiaryServices>> = {
  Query: {
    intakeReferrals: (_parent, args, { intake }) => intake.list(args),
  },
  IntakeReferral: {
    referringOrganisation: ({ referringOrganisationId }) => (referringOrganisationId ? { id: referringOrganisationId } : null),
    integraCorner: ({ integraCornerId }) => ({ id: integraCornerId }),
    contactAttempts: ({ id }, _args, { intake }) => intake.attemptsOf(id),
    contacted: ({ id }, _args, { intake }) => intake.contacted(id),
    convertedBeneficiary: ({ convertedBeneficiaryId }, _args, { beneficiaries }) =>
      convertedBeneficiaryId ? beneficiaries.findById(convertedBeneficiaryId) : null,
  },
  Mutation: {
    recordIntakeReferral: (_parent, { input, idempotencyKey }, { intake }) => intake.record(input, idempotencyKey),
    recordContactAttempt: (_parent, { referralId, input }, { intake }) => intake.recordContactAttempt(referralId, input),
    closeIntakeReferral: (_parent, { referralId, input }, { intake }) => intake.close(referralId, input),
    convertIntakeReferral: (_parent, { referralId }, { intake }) => intake.convert(referralId),
  },
};
