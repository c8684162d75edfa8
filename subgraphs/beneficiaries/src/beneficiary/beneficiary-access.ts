import { forbidden, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { BeneficiaryEntity } from './beneficiary.entity.js';

/**
 * Who may see and change which beneficiaries. Every read of this subgraph goes through `restrictToReadable`,
 * so a rule is written once, in SQL, and holds for lists, single reads and federation references alike.
 *
 * - network-admin: everyone.
 * - corner-coordinator, tutor: the people of their Integra Corner(s).
 * - beneficiary: themself.
 * - partner-operator: a person referred to their organisation (an open referral in the catalogue), and only
 *   while that person's consent to share with that organisation is in force.
 * - employer, monitoring: nobody (monitoring reads aggregate indicators only).
 */
export function mayReadPersonalData(caller: Caller): boolean {
  return caller.hasAny('network-admin', 'corner-coordinator', 'tutor', 'beneficiary', 'partner-operator');
}

/** Throws FORBIDDEN for a role that reads no personal data at all. */
export function requireReadRole(caller: Caller): void {
  if (!mayReadPersonalData(caller)) {
    throw forbidden('Your role does not give access to personal data of beneficiaries');
  }
}

/** Adds the caller's visibility to a query over `beneficiaries.beneficiary` aliased `alias`. */
export function restrictToReadable(
  query: SelectQueryBuilder<BeneficiaryEntity>,
  caller: Caller,
  alias = 'b',
): SelectQueryBuilder<BeneficiaryEntity> {
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
    // catalogue.referral_addressee is the catalogue's published view of open referrals (its only contract here).
    conditions.push(`(${alias}.id IN (
        SELECT ra.beneficiary_id FROM catalogue.referral_addressee ra WHERE ra.organisation_id = :readerOrganisation)
      AND EXISTS (
        SELECT 1 FROM beneficiaries.consent c
        WHERE c.beneficiary_id = ${alias}.id AND c.purpose = 'SHARE_WITH_ORGANISATION'
          AND c.organisation_id = :readerOrganisation AND c.withdrawn_at IS NULL))`);
    parameters.readerOrganisation = caller.organisationId;
  }
  if (conditions.length === 0) return query.andWhere('FALSE');
  return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
}

/**
 * May the caller change this person's case (consents, sensitive profile)? The assigned tutor, a coordinator of
 * the person's corner, an administrator; the person themself for what is theirs to manage (`self`).
 */
export function mayEdit(caller: Caller, beneficiary: BeneficiaryEntity, options: { self: boolean }): boolean {
  if (caller.isNetworkAdmin) return true;
  if (caller.has('corner-coordinator') && caller.cornerIds.includes(beneficiary.integraCornerId)) return true;
  if (caller.has('tutor') && beneficiary.tutorUserId === caller.userId && caller.cornerIds.includes(beneficiary.integraCornerId)) {
    return true;
  }
  return options.self && caller.has('beneficiary') && caller.beneficiaryId === beneficiary.id;
}

/**
 * Special-category data (GDPR art. 9: vulnerabilities, health, legal-status documents): the assigned tutor, the
 * corner's coordinator and administrators only; never partners. Each read names its reason in the audit trail.
 */
export function mayReadSensitive(caller: Caller, beneficiary: BeneficiaryEntity): boolean {
  return mayEdit(caller, beneficiary, { self: false });
}
