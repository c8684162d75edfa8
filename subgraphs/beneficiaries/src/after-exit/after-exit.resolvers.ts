import type { ContextWith } from '@shubh/platform';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { afterExitServices } from './after-exit.module.js';

export const afterExitResolvers: Resolvers<ContextWith<typeof afterExitServices & typeof beneficiaryServices>> = {
  Query: {
    afterExitFollowUpsDue: (_parent, args, { afterExit }) => afterExit.due(args),
  },
  Mutation: {
    recordAfterExitFollowUp: (_parent, { beneficiaryId, input }, { afterExit }) => afterExit.record(beneficiaryId, input),
  },
  Beneficiary: {
    afterExitFollowUps: (beneficiary, _args, { afterExit }) => afterExit.of(beneficiary),
  },
  AfterExitFollowUpDue: {
    beneficiary: ({ beneficiaryId }, _args, { beneficiaries }) => beneficiaries.ofRow(beneficiaryId),
  },
};
