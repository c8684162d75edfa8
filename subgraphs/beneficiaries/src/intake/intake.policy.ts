import { definePolicy, followsCases } from '@shubh/platform';
import type { Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { IntakeReferralEntity } from './intake-referral.entity.js';

/**
 * Intake referrals are handled by the team of the corner they are addressed to (tutors and coordinators) and by
 * administrators. A reception managing body's operator sends them for people leaving its projects, as their own
 * organisation, and sees what became of its own referrals (status, whether the person was contacted, the closing
 * reason), never the contact attempts or the case. Nobody else sees them: the person has consented to nothing yet.
 */
export const intakePolicy = definePolicy('intake', {
  /** The roles that take part in intake at all (checked before any statement). */
  handle: {
    allow: (caller) => followsCases(caller) || refersAsReceptionBody(caller),
    refusal: 'Only Integra Corner teams, reception managing bodies and administrators take part in intake referrals',
  },
  recordFor: {
    allow: (caller, corner: { integraCornerId: string }) =>
      caller.isNetworkAdmin || caller.worksAt(corner.integraCornerId) || refersAsReceptionBody(caller),
    refusal:
      'Only the tutors and coordinators of that Integra Corner, a reception managing body, or an administrator, may record a referral to it',
  },
  /** A reception body refers as itself: the referring organisation is the operator's own. */
  referAs: {
    allow: (caller, referral: { referringOrganisationId: string | null }) =>
      !refersAsReceptionBody(caller) || referral.referringOrganisationId === caller.organisationId,
    refusal: 'A reception managing body refers as its own organisation only',
  },
  /** The contact attempts and the converted case: the corner's work, not the referring body's. */
  readCaseDetail: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only Integra Corner teams and administrators see the contact attempts and the case',
  },
  handleReferral: {
    allow: (caller, referral: { integraCornerId: string }) => caller.isNetworkAdmin || caller.worksAt(referral.integraCornerId),
    refusal: 'Only the tutors and coordinators of the Integra Corner it is addressed to, or an administrator, handle this referral',
  },
});

/** An operator of a reception managing body (their organisation in the token), not also on a corner's team. */
export function refersAsReceptionBody(caller: Caller): boolean {
  return caller.has('reception-operator') && caller.organisationId !== null && !followsCases(caller);
}

/** The SQL form of `handleReferral` (and, for a reception body, of its own referrals), over `beneficiaries.intake_referral` aliased `alias`. */
export function restrictIntakeToReadable(
  query: SelectQueryBuilder<IntakeReferralEntity>,
  caller: Caller,
  alias = 'r',
): SelectQueryBuilder<IntakeReferralEntity> {
  if (caller.isNetworkAdmin) return query;
  if (caller.hasAny('tutor', 'corner-coordinator') && caller.cornerIds.length > 0) {
    return query.andWhere(`${alias}.integra_corner_id IN (:...intakeCorners)`, { intakeCorners: caller.cornerIds });
  }
  if (refersAsReceptionBody(caller)) {
    return query.andWhere(`${alias}.referring_organisation_id = :referringBody`, { referringBody: caller.organisationId });
  }
  return query.andWhere('FALSE');
}
