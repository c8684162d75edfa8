import { forbidden, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { IntakeReferralEntity } from './intake-referral.entity.js';

/**
 * Intake referrals are handled by the team of the corner they are addressed to (tutors and coordinators) and
 * by administrators. Nobody else sees them: the person is not a beneficiary yet, and has consented to nothing.
 */
export function mayHandleIntake(caller: Caller): boolean {
  return caller.isNetworkAdmin || caller.hasAny('tutor', 'corner-coordinator');
}

export function requireIntakeRole(caller: Caller): void {
  if (!mayHandleIntake(caller)) throw forbidden('Only Integra Corner teams and administrators handle intake referrals');
}

/** May the caller handle referrals addressed to this corner? */
export function mayHandleIntakeFor(caller: Caller, integraCornerId: string): boolean {
  return caller.isNetworkAdmin || caller.worksAt(integraCornerId);
}

/** Adds the caller's visibility to a query over `beneficiaries.intake_referral` aliased `alias`. */
export function restrictIntakeToReadable(
  query: SelectQueryBuilder<IntakeReferralEntity>,
  caller: Caller,
  alias = 'r',
): SelectQueryBuilder<IntakeReferralEntity> {
  if (caller.isNetworkAdmin) return query;
  if (caller.hasAny('tutor', 'corner-coordinator') && caller.cornerIds.length > 0) {
    return query.andWhere(`${alias}.integra_corner_id IN (:...intakeCorners)`, { intakeCorners: caller.cornerIds });
  }
  return query.andWhere('FALSE');
}
