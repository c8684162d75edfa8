import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { eligibilityServices } from './eligibility.module.js';
import { eligibilityOf } from './eligibility.js';

export const eligibilityResolvers: Resolvers<ContextWith<typeof eligibilityServices>> = {
  Query: {
    eligibilityWindowsClosing: (_parent, args, { eligibility }) => eligibility.windowsClosing(args),
  },
  Beneficiary: {
    eligibility: (beneficiary, _args, { audit }) => {
      // Derived from protection status, reception exit and enrolment: reading it reads those.
      audit.read(beneficiary.id, ['eligibility']);
      return eligibilityOf(beneficiary);
    },
  },
};
