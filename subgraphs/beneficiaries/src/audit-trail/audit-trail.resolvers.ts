import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { auditTrailServices } from './audit-trail.module.js';
import { auditTrailPolicy } from './audit-trail.policy.js';

export const auditTrailResolvers: Resolvers<ContextWith<typeof auditTrailServices>> = {
  Beneficiary: {
    auditTrail: ({ id }, args, { auditTrail }) => auditTrail.ofBeneficiary(id, args),
  },
  BeneficiaryViewerCan: {
    readAuditTrail: (_beneficiary, _args, { caller }) => auditTrailPolicy.may(caller, 'readAnyone'),
  },
  Query: {
    myRecordAccesses: (_parent, args, { auditTrail }) => auditTrail.mine(args),
    auditTrailIntegrity: (_parent, _args, { auditTrail }) => auditTrail.integrity(),
    auditCheckpoints: (_parent, args, { auditTrail }) => auditTrail.checkpoints(args),
  },
  AuditEntry: {
    actor: (entry) => ({
      id: entry.actorId,
      username: entry.actorUsername,
      roles: entry.actorRoles,
      organisation: entry.actorOrganisationId ? { id: entry.actorOrganisationId } : null,
    }),
  },
};
