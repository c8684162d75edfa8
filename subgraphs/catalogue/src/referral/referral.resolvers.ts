import type { Resolvers } from '../generated/resolvers-types.js';

export const referralResolvers: Resolvers = {
  Query: {
    referrals: (_parent, args, { referrals }) => referrals.list(args),
  },
  Mutation: {
    sendReferral: (_parent, { input }, { referralWorkflow }) => referralWorkflow.send(input),
    receiveReferral: (_parent, { id }, { referralWorkflow }) => referralWorkflow.receive(id),
    acceptReferral: (_parent, { id }, { referralWorkflow }) => referralWorkflow.accept(id),
    rejectReferral: (_parent, { id, reason }, { referralWorkflow }) => referralWorkflow.reject(id, reason),
    completeReferral: (_parent, { id, outcome }, { referralWorkflow }) => referralWorkflow.complete(id, outcome),
    cancelReferral: (_parent, { id, reason }, { referralWorkflow }) => referralWorkflow.cancel(id, reason),
    expireOverdueReferrals: (_parent, { toOrganisationId }, { referralWorkflow }) => referralWorkflow.expireOverdue(toOrganisationId),
  },
  Referral: {
    __resolveReference: ({ id }, { referrals }) => referrals.findById(id),
    // The beneficiaries subgraph resolves the person, and decides whether the caller may see them.
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    service: ({ serviceId }, _args, { services }) => services.referencedBy(serviceId),
    fromCorner: ({ fromCornerId }, _args, { integraCorners }) => integraCorners.referencedBy(fromCornerId),
    toOrganisation: ({ toOrganisationId }, _args, { organisations }) => organisations.referencedBy(toOrganisationId),
    overdue: (referral, _args, { referrals }) => referrals.isOverdue(referral),
    history: (referral, _args, { referrals }) => referrals.historyOf(referral),
  },
  ReferralTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
    by: ({ byUser }) => byUser,
  },
};
