import type { Resolvers } from '../generated/resolvers-types.js';

export const auditTrailResolvers: Resolvers = {
  Beneficiary: {
    auditTrail: ({ id }, args, { auditTrail }) => auditTrail.ofBeneficiary(id, args),
  },
  Query: {
    myRecordAccesses: (_parent, args, { auditTrail }) => auditTrail.mine(args),
    auditTrailIntegrity: async (_parent, _args, { auditTrail }) => {
      const { valid, entries, firstBrokenId } = await auditTrail.integrity();
      return { valid, entries, firstBrokenEntryId: firstBrokenId };
    },
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
