import { defineModule } from '@shubh/platform';
import { auditTrailPolicy } from './audit-trail.policy.js';
import { auditTrailResolvers } from './audit-trail.resolvers.js';
import { AuditTrailService } from './audit-trail.service.js';

/** The services this module adds to each request's context. */
export const auditTrailServices = { auditTrail: AuditTrailService };

/** Reading the hub's audit trail (written by every subgraph through the platform): who saw or changed what, and its integrity. */
export const auditTrailModule = defineModule({
  name: 'audit-trail',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: auditTrailResolvers,
  services: auditTrailServices,
  policy: auditTrailPolicy,
  personalData: [
    {
      table: 'audit.entry',
      description: 'Who read or changed your records, when, from which service and why: the audit trail, kept as written.',
      orderBy: 't.id',
    },
  ],
});
