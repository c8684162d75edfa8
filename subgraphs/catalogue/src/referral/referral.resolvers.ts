import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { serviceServices } from '../service/service.module.js';
import { referralWorkflow } from './referral-transitions.js';
import type { referralServices } from './referral.module.js';
import { referralPolicy } from './referral.policy.js';

type Context = ContextWith<typeof referralServices & typeof serviceServices & typeof integraCornerServices & typeof organisationServices>;

export const referralResolvers: Resolvers<Context> = {
  Query: {
    referrals: (_parent, args, { referrals }) => referrals.list(args),
  },
  Mutation: {
    sendReferral: (_parent, { input, idempotencyKey }, { referralWorkflow }) => referralWorkflow.send(input, idempotencyKey),
    receiveReferral: (_parent, { id }, { referralWorkflow }) => referralWorkflow.receive(id),
    acceptReferral: (_parent, { id }, { referralWorkflow }) => referralWorkflow.accept(id),
    rejectReferral: (_parent, { id, reason, reasonCode }, { referralWorkflow }) => referralWorkflow.reject(id, reason, reasonCode),
    completeReferral: (_parent, { id, outcome, outcomeCode }, { referralWorkflow }) => referralWorkflow.complete(id, outcome, outcomeCode),
    cancelReferral: (_parent, { id, reason }, { referralWorkflow }) => referralWorkflow.cancel(id, reason),
    expireOverdueReferrals: (_parent, { toOrganisationId }, { referralWorkflow }) => referralWorkflow.expireOverdue(toOrganisationId),
  },
  PlanAction: {
    referral: ({ id }, _args, { referrals }) => referrals.latestOfAction(id),
  },
  Beneficiary: {
    viewerCanSendReferral: ({ id }, _args, { referralWorkflow }) => referralWorkflow.maySendFor(id),
  },
  Referral: {
    __resolveReference: ({ id }, { referrals }) => referrals.findById(id),
    // The beneficiaries subgraph resolves the person, and decides whether the caller may see them.
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    service: ({ serviceId }, _args, { services }) => services.referencedBy(serviceId),
    fromCorner: ({ fromCornerId }, _args, { integraCorners }) => integraCorners.referencedBy(fromCornerId),
    toOrganisation: ({ toOrganisationId }, _args, { organisations }) => organisations.referencedBy(toOrganisationId),
    overdue: (referral, _args, { referrals }) => referrals.isOverdue(referral),
    note: (referral, _args, { referrals }) => referrals.noteOf(referral),
    history: (referral, _args, { referrals }) => referrals.historyOf(referral),
    lastChange: async (referral, _args, { referrals }) => (await referrals.historyOf(referral)).at(-1)!,
    planAction: ({ planActionId }, _args, { caller }) =>
      planActionId && referralPolicy.may(caller, 'readPlanAction') ? { id: planActionId } : null,
    viewerCan: (referral) => referral,
  },
  ReferralViewerCan: {
    receive: (referral, _args, { caller }) =>
      referralWorkflow.may(referral.status, 'RECEIVED') && referralPolicy.may(caller, 'answer', referral),
    accept: (referral, _args, { caller }) =>
      referralWorkflow.may(referral.status, 'ACCEPTED') && referralPolicy.may(caller, 'answer', referral),
    reject: (referral, _args, { caller }) =>
      referralWorkflow.may(referral.status, 'REJECTED') && referralPolicy.may(caller, 'answer', referral),
    complete: (referral, _args, { caller }) =>
      referralWorkflow.may(referral.status, 'COMPLETED') && referralPolicy.may(caller, 'answer', referral),
    cancel: (referral, _args, { caller }) =>
      referralWorkflow.may(referral.status, 'CANCELLED') && referralPolicy.may(caller, 'cancel', referral),
  },
  ReferralTransition: {
    from: ({ fromStatus }) => fromStatus,
    to: ({ toStatus }) => toStatus,
    by: ({ byUser }) => byUser,
  },
};
