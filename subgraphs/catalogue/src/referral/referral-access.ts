import { forbidden, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ReferralEntity } from './referral.entity.js';

/**
 * Who may see which referrals. A referral says who was sent where, so it is personal data: every read of this
 * module goes through `restrictToReadable`, so the rule is written once, in SQL, and holds for lists and
 * federation references alike.
 *
 * - network-admin: every referral.
 * - corner-coordinator, tutor: the referrals their Integra Corner(s) sent.
 * - partner-operator: the referrals addressed to their organisation.
 * - employer, monitoring, beneficiary: none (FORBIDDEN on the list, null on a reference).
 */
export function mayReadReferrals(caller: Caller): boolean {
  return caller.hasAny('network-admin', 'corner-coordinator', 'tutor', 'partner-operator');
}

/** Throws FORBIDDEN for a role that reads no referral at all. */
export function requireReferralReadRole(caller: Caller): void {
  if (!mayReadReferrals(caller)) throw forbidden('Your role does not give access to referrals');
}

/** Adds the caller's visibility to a query over `catalogue.referral` aliased `alias`. */
export function restrictToReadable(
  query: SelectQueryBuilder<ReferralEntity>,
  caller: Caller,
  alias = 'r',
): SelectQueryBuilder<ReferralEntity> {
  if (caller.isNetworkAdmin) return query;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (caller.hasAny('tutor', 'corner-coordinator') && caller.cornerIds.length > 0) {
    conditions.push(`${alias}.from_corner_id IN (:...readerCorners)`);
    parameters.readerCorners = caller.cornerIds;
  }
  if (caller.has('partner-operator') && caller.organisationId) {
    conditions.push(`${alias}.to_organisation_id = :readerOrganisation`);
    parameters.readerOrganisation = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
