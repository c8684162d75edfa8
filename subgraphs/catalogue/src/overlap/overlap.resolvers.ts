import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { overlapServices } from './overlap.module.js';
import type { PlanActionRepresentation } from './overlap.service.js';

export const overlapResolvers: Resolvers<ContextWith<typeof overlapServices>> = {
  Query: {
    overlapCheck: (_parent, { beneficiaryId, serviceId }, { overlaps }) => overlaps.check(beneficiaryId, serviceId),
  },
  PlanAction: {
    // Keeps what the owner handed over (`@requires`); the default would keep the key only.
    __resolveReference: (reference: PlanActionRepresentation) => reference,
    overlapWarning: (action, _args, { overlaps }) => overlaps.forPlanAction(action),
  },
};
