import { definePolicy, operatesFor, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ServiceEntity } from './service.entity.js';

/**
 * Who may see and change which services. The catalogue is public to every signed-in caller once published; a
 * draft is its provider's business until then. Applied in SQL (`restrictToVisible`), so lists, `service(id:)`
 * and federation references obey the same rule.
 *
 * - network-admin: every service; changes any.
 * - partner-operator: published and withdrawn services, and every service of their own organisation, which
 *   they create, change, publish and withdraw.
 * - anyone else: published and withdrawn services (withdrawn ones stay visible to the referrals and plans that
 *   point at them); no changes.
 */
export const servicePolicy = definePolicy('service', {
  /** The role that changes services at all (checked before any statement). */
  manageAny: {
    allow: (caller) => caller.isNetworkAdmin || (caller.has('partner-operator') && caller.organisationId !== null),
    refusal: "Only a partner operator (for their own organisation's services) or an administrator may change services",
  },
  manage: {
    allow: (caller, service: Pick<ServiceEntity, 'providerId'>) => caller.isNetworkAdmin || operatesFor(caller, service.providerId),
    refusal: "Only the provider's own operators or an administrator may change this service",
  },
  createFor: {
    allow: (caller, provider: { providerId: string }) => caller.isNetworkAdmin || operatesFor(caller, provider.providerId),
    refusal: 'A partner operator creates services of their own organisation only',
  },
});

/** Adds the caller's visibility to a query over `catalogue.service` aliased `alias`. */
export function restrictToVisible<T extends ServiceEntity>(
  query: SelectQueryBuilder<T>,
  caller: Caller,
  alias = 's',
): SelectQueryBuilder<T> {
  if (caller.isNetworkAdmin) return query;
  if (caller.has('partner-operator') && caller.organisationId) {
    return query.andWhere(`(${alias}.publication_status <> 'DRAFT' OR ${alias}.provider_id = :viewerOrganisation)`, {
      viewerOrganisation: caller.organisationId,
    });
  }
  return query.andWhere(`${alias}.publication_status <> 'DRAFT'`);
}
