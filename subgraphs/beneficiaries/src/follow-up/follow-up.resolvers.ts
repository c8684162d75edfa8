import type { ContextWith } from '@shubh/platform';
import type { actionPlanServices } from '../action-plan/action-plan.module.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { followUpServices } from './follow-up.module.js';
import { followUpPolicy } from './follow-up.policy.js';

type Context = ContextWith<typeof followUpServices & typeof actionPlanServices & typeof beneficiaryServices>;

export const followUpResolvers: Resolvers<Context> = {
  Beneficiary: {
    followUps: (beneficiary, args, { followUps }) => followUps.of(beneficiary, args),
    nextFollowUpDue: (beneficiary, _args, { followUps }) => followUps.nextDue(beneficiary),
  },
  BeneficiaryViewerCan: {
    recordFollowUp: (beneficiary, _args, { caller }) => followUpPolicy.may(caller, 'record', beneficiary),
  },
  FollowUp: {
    goalProgress: (followUp, _args, { followUps }) => followUps.goalProgress(followUp),
    criticalIssues: (followUp, _args, { followUps }) => followUps.criticalIssues(followUp),
  },
  GoalProgress: {
    goal: ({ goalId }, _args, { actionPlans }) => actionPlans.currentGoal(goalId),
  },
  CriticalIssue: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaries.ofRow(beneficiaryId),
  },
  Mutation: {
    recordFollowUp: (_parent, { beneficiaryId, input, idempotencyKey }, { followUps }) =>
      followUps.record(beneficiaryId, input, idempotencyKey),
    resolveCriticalIssue: (_parent, { issueId, resolution }, { followUps }) => followUps.resolveCriticalIssue(issueId, resolution),
  },
};
