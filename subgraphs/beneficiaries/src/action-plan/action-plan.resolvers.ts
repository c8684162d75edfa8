import type { ContextWith } from '@shubh/platform';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { ActionPlanView } from './action-plan.entities.js';
import type { actionPlanServices } from './action-plan.module.js';
import { actionPlanPolicy } from './action-plan.policy.js';
import { statusFollowingReferral } from './referral-follow.js';

const isCurrentDraft = ({ plan, version }: ActionPlanView) =>
  version.version === plan.currentVersion && !(version.agreedByBeneficiaryAt && version.agreedByTutorAt);

export const actionPlanResolvers: Resolvers<ContextWith<typeof actionPlanServices & typeof beneficiaryServices>> = {
  Beneficiary: {
    actionPlan: (beneficiary, _args, { actionPlans }) => actionPlans.current(beneficiary),
    actionPlanHistory: (beneficiary, args, { actionPlans }) => actionPlans.history(beneficiary, args),
  },
  BeneficiaryViewerCan: {
    draftActionPlan: (beneficiary, _args, { caller }) => actionPlanPolicy.may(caller, 'edit', beneficiary),
  },
  ActionPlan: {
    id: ({ plan }) => plan.id,
    beneficiary: ({ plan }, _args, { beneficiaries }) => beneficiaries.ofRow(plan.beneficiaryId),
    viewerCan: async (view, _args, { beneficiaries }) => ({ view, beneficiary: await beneficiaries.ofRow(view.plan.beneficiaryId) }),
    version: ({ version }) => version.version,
    current: ({ plan, version }) => version.version === plan.currentVersion,
    revision: ({ plan }) => plan.revision,
    reason: ({ version }) => version.reason,
    status: ({ version }) => (version.agreedByBeneficiaryAt && version.agreedByTutorAt ? 'AGREED' : 'DRAFT'),
    cadenceDays: ({ version }) => version.cadenceDays,
    goals: (view, _args, { actionPlans }) => actionPlans.goals(view),
    agreement: ({ version }) => version,
    createdAt: ({ version }) => version.createdAt,
    createdBy: ({ version }) => version.createdBy,
  },
  ActionPlanViewerCan: {
    revise: ({ view, beneficiary }, _args, { caller }) =>
      view.version.version === view.plan.currentVersion && actionPlanPolicy.may(caller, 'edit', beneficiary),
    agree: ({ view, beneficiary }, _args, { caller }) => isCurrentDraft(view) && actionPlanPolicy.may(caller, 'agree', beneficiary),
    recordAgreementInPerson: ({ view, beneficiary }, _args, { caller }) =>
      isCurrentDraft(view) &&
      view.version.agreedByBeneficiaryAt === null &&
      actionPlanPolicy.may(caller, 'recordAgreementInPerson', beneficiary),
    updateActionStatus: ({ view, beneficiary }, _args, { caller }) =>
      view.version.version === view.plan.currentVersion && actionPlanPolicy.may(caller, 'edit', beneficiary),
  },
  PlanGoal: {
    actions: (goal, _args, { actionPlans }) => actionPlans.actions(goal),
  },
  PlanAction: {
    __resolveReference: ({ id }, { actionPlans }) => actionPlans.findAction(id),
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaries.ofRow(beneficiaryId),
    service: ({ serviceId }) => (serviceId ? { id: serviceId } : null),
    provider: ({ providerOrganisationId }) => (providerOrganisationId ? { id: providerOrganisationId } : null),
    status: (action) => statusFollowingReferral(action),
  },
  Mutation: {
    draftActionPlan: (_parent, { beneficiaryId, input }, { actionPlans }) => actionPlans.draft(beneficiaryId, input),
    reviseActionPlan: (_parent, { planId, input }, { actionPlans }) => actionPlans.revise(planId, input),
    agreeActionPlan: (_parent, { planId, input }, { actionPlans }) => actionPlans.agree(planId, input),
    updateActionStatus: (_parent, { actionId, status, expectedRevision }, { actionPlans }) =>
      actionPlans.updateActionStatus(actionId, status, expectedRevision),
  },
};
