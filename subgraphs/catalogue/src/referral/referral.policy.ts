import { definePolicy, followsCases, operatesFor, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ReferralEntity } from './referral.entity.js';

/**
 * Who may see and move which referrals. A referral says who was sent where, so it is personal data: every read
 * goes through `restrictToReadable`, the rule written once, in SQL, for lists and federation references alike.
 *
 * - network-admin: every referral; every move.
 * - corner-coordinator, tutor: the referrals their Integra Corner(s) sent; they send (from their own corner) and
 *   cancel them.
 * - partner-operator: the referrals addressed to their organisation; they receive, accept, reject and complete them,
 *   but do not see which plan action a referral was sent from (`Referral.planAction` null).
 * - employer, monitoring, beneficiary: none (FORBIDDEN on the list, null on a reference).
 */
export const referralPolicy = definePolicy('referral', {
  read: {
    allow: (caller) => followsCases(caller) || caller.has('partner-operator'),
    refusal: 'Your role does not give access to referrals',
  },
  send: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only tutors, coordinators and administrators send referrals',
  },
  sendFrom: {
    allow: (caller, corner: { integraCornerId: string }) => caller.isNetworkAdmin || caller.worksAt(corner.integraCornerId),
    refusal: 'You may send referrals only from an Integra Corner you work at',
  },
  /** Referring this person: `send`, from the corner that follows them (the contract's facts, `CaseAccessLoader`). */
  refer: {
    allow: (caller, person: { integraCornerId: string | null }) =>
      followsCases(caller) && (caller.isNetworkAdmin || (person.integraCornerId !== null && caller.worksAt(person.integraCornerId))),
    refusal: 'Only the tutors and coordinators of the Integra Corner that follows the person may refer them',
  },
  /** The provider's side: receive, accept, reject, complete. */
  answer: {
    allow: (caller, referral: Pick<ReferralEntity, 'toOrganisationId'>) =>
      caller.isNetworkAdmin || operatesFor(caller, referral.toOrganisationId),
    refusal: 'Only a partner operator of the organisation the referral is addressed to may answer it',
  },
  /** The sender's side. */
  cancel: {
    allow: (caller, referral: Pick<ReferralEntity, 'fromCornerId'>) => caller.isNetworkAdmin || caller.worksAt(referral.fromCornerId),
    refusal: 'Only the tutors and coordinators of the corner that sent the referral may cancel it',
  },
  /** Which plan action a referral was sent from is case data: the corner's side only, never the partner. */
  readPlanAction: {
    allow: (caller) => followsCases(caller),
    refusal: 'Only the case team sees the plan action a referral was sent from',
  },
  expireOverdue: {
    allow: (caller) => caller.isNetworkAdmin,
    refusal: 'Only administrators expire overdue referrals',
  },
});

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
