import type { Resolvers } from '../generated/resolvers-types.js';

export const auditTrailResolvers: Resolvers = {
  Beneficiary: {
    auditTrail: ({ id }, args, { auditTrail }) => auditTrail.ofBeneficiary(id, args),
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
