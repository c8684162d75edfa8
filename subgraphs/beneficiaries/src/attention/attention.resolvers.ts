import type { ContextWith } from '@shubh/platform';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { attentionServices } from './attention.module.js';

export const attentionResolvers: Resolvers<ContextWith<typeof attentionServices & typeof beneficiaryServices>> = {
  Query: {
    overdueFollowUps: (_parent, args, { attention }) => attention.overdueFollowUps(args),
    openCriticalIssues: (_parent, args, { attention }) => attention.openCriticalIssues(args),
    permitsExpiring: (_parent, args, { attention }) => attention.permitsExpiring(args),
  },
  OverdueFollowUp: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaries.ofRow(beneficiaryId),
  },
};
