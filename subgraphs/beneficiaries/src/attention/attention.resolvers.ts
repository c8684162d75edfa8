import { beneficiaryOfRow } from '../assessment/case-data-access.js';
import type { Resolvers } from '../generated/resolvers-types.js';

export const attentionResolvers: Resolvers = {
  Query: {
    overdueFollowUps: (_parent, args, { attention }) => attention.overdueFollowUps(args),
    openCriticalIssues: (_parent, args, { attention }) => attention.openCriticalIssues(args),
    permitsExpiring: (_parent, args, { attention }) => attention.permitsExpiring(args),
  },
  OverdueFollowUp: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaryOfRow(beneficiaries, beneficiaryId),
  },
};
