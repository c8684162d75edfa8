import { beneficiaryOfRow } from '../assessment/case-data-access.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const actionPlanResolvers: Resolvers = {
  Beneficiary: {
    actionPlan: (beneficiary, _args, { actionPlans }) => actionPlans.current(beneficiary),
    actionPlanHistory: (beneficiary, args, { actionPlans }) => actionPlans.history(beneficiary, args),
  },
  ActionPlan: {
    id: ({ plan }) => plan.id,
    beneficiary: ({ plan }, _args, { beneficiaries }) => beneficiaryOfRow(beneficiaries, plan.beneficiaryId),
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
  PlanGoal: {
    actions: (goal, _args, { actionPlans }) => actionPlans.actions(goal),
  },
  PlanAction: {
    __resolveReference: ({ id }, { actionPlans }) => actionPlans.findAction(id),
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaryOfRow(beneficiaries, beneficiaryId),
    service: ({ serviceId }) => (serviceId ? { id: serviceId } : null),
    provider: ({ providerOrganisationId }) => (providerOrganisationId ? { id: providerOrganisationId } : null),
  },
  Mutation: {
    draftActionPlan: (_parent, { beneficiaryId, input }, { actionPlans }) => actionPlans.draft(beneficiaryId, input),
    reviseActionPlan: (_parent, { planId, input }, { actionPlans }) => actionPlans.revise(planId, input),
    agreeActionPlan: (_parent, { planId, input }, { actionPlans }) => actionPlans.agree(planId, input),
    updateActionStatus: (_parent, { actionId, status, expectedRevision }, { actionPlans }) =>
      actionPlans.updateActionStatus(actionId, status, expectedRevision),
  },
};
