import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { caseloadIndicatorServices } from './caseload-indicators.module.js';

export const caseloadIndicatorResolvers: Resolvers<ContextWith<typeof caseloadIndicatorServices>> = {
  Query: {
    caseloadIndicators: (_parent, args, { caseloadIndicators }) => caseloadIndicators.list(args),
  },
  CaseloadIndicator: {
    integraCorner: ({ integraCornerId }) => ({ id: integraCornerId }),
  },
};
