import { definePolicy, partnerReachSql, readsPersonalData, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { BeneficiaryEntity } from './beneficiary.entity.js';

/**
 * Who may see which beneficiaries. Every read of this subgraph goes through `restrictToReadable`, so the rule is
 * written once, in SQL, and holds for lists, single reads and federation references alike.
 *
 * - network-admin: everyone.
 * - corner-coordinator, tutor: the people of their Integra Corner(s).
 * - beneficiary: themself.
 * - partner-operator: a person referred to their organisation (an open referral in the catalogue), and only
 *   while that person's consent to share with that organisation is in force.
 * - employer, monitoring: nobody (monitoring reads aggregate indicators only).
 *
 * What a caller who sees a person may see of the person's records is each module's policy (the case file, the
 * household, consents, special-category data).
 */
export const beneficiaryPolicy = definePolicy('beneficiary', {
  /** Any personal data at all: refused before any statement to a role that reads no one. */
  readPersonalData: {
    allow: (caller) => readsPersonalData(caller),
    refusal: 'Your role does not give access to personal data of beneficiaries',
  },
});

/** Adds the caller's visibility to a query over `beneficiaries.beneficiary` aliased `alias`. */
export function restrictToReadable<T extends BeneficiaryEntity>(
  query: SelectQueryBuilder<T>,
  caller: Caller,
  alias = 'b',
): SelectQueryBuilder<T> {
  if (caller.isNetworkAdmin) return query;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (caller.hasAny('tutor', 'corner-coordinator') && caller.cornerIds.length > 0) {
    conditions.push(`${alias}.integra_corner_id IN (:...readerCorners)`);
    parameters.readerCorners = caller.cornerIds;
  }
  if (caller.has('beneficiary') && caller.beneficiaryId) {
    conditions.push(`${alias}.id = :readerSelf`);
    parameters.readerSelf = caller.beneficiaryId;
  }
  if (caller.has('partner-operator') && caller.organisationId) {
    conditions.push(partnerReachSql(`${alias}.id`, ':readerOrganisation::uuid'));
    parameters.readerOrganisation = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}
