import { definePolicy, followsCases } from '@shubh/platform';
import type { Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { IntakeReferralEntity } from './intake-referral.entity.js';

/**
 * Intake referrals are handled by the team of the corner they are addressed to (tutors and coordinators) and by
 * administrators. Nobody else sees them: the person is not a beneficiary yet, and has consented to nothing.
 */
export const intakePolicy = definePolicy('intake', {
  /** The role that handles intake at all (checked before any statement). */
  handle: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only Integra Corner teams and administrators handle intake referrals',
  },
  recordFor: {
    allow: (caller, corner: { integraCornerId: string }) => caller.isNetworkAdmin || caller.worksAt(corner.integraCornerId),
    refusal: 'Only the tutors and coordinators of that Integra Corner, or an administrator, may record a referral to it',
  },
  handleReferral: {
    allow: (caller, referral: { integraCornerId: string }) => caller.isNetworkAdmin || caller.worksAt(referral.integraCornerId),
    refusal: 'Only the tutors and coordinators of the Integra Corner it is addressed to, or an administrator, handle this referral',
  },
});

/** The SQL form of `handleReferral`, over `beneficiaries.intake_referral` aliased `alias`. */
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
