import { beneficiaryOfRow } from '../assessment/case-data-access.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const followUpResolvers: Resolvers = {
  Beneficiary: {
    followUps: (beneficiary, args, { followUps }) => followUps.of(beneficiary, args),
    nextFollowUpDue: (beneficiary, _args, { followUps }) => followUps.nextDue(beneficiary),
  },
  FollowUp: {
    goalProgress: (followUp, _args, { followUps }) => followUps.goalProgress(followUp),
    criticalIssues: (followUp, _args, { followUps }) => followUps.criticalIssues(followUp),
  },
  GoalProgress: {
    goal: ({ goalId }, _args, { actionPlans }) => actionPlans.currentGoal(goalId),
  },
  CriticalIssue: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaryOfRow(beneficiaries, beneficiaryId),
  },
  Mutation: {
    recordFollowUp: (_parent, { beneficiaryId, input }, { followUps }) => followUps.record(beneficiaryId, input),
    resolveCriticalIssue: (_parent, { issueId, resolution }, { followUps }) => followUps.resolveCriticalIssue(issueId, resolution),
  },
};
