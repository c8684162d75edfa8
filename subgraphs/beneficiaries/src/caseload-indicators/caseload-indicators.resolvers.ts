import type { Resolvers } from '../generated/resolvers-types.js';

export const caseloadIndicatorResolvers: Resolvers = {
  Query: {
    caseloadIndicators: (_parent, args, { caseloadIndicators }) => caseloadIndicators.list(args),
  },
  CaseloadIndicator: {
    integraCorner: ({ integraCornerId }) => ({ id: integraCornerId }),
  },
};
