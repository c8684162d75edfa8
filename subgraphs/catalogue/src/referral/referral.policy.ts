import { definePolicy, followsCases, operatesFor, type CaseAccessFacts, type Caller } from '@shubh/platform';
import type { SelectQueryBuilder } from 'typeorm';
import type { ReferralEntity } from './referral.entity.js';
import type { ReferralStatus } from '../generated/resolvers-types.js';

/** The referral still waits for or runs with the provider: its details serve the provider's work. */
const OPEN: readonly ReferralStatus[] = ['SENT', 'RECEIVED', 'ACCEPTED'];

/** A referral and the person's facts, for `readDetails`. */
export interface ReferralDetailsAccess {
  referral: Pick<ReferralEntity, 'status' | 'fromCornerId' | 'toOrganisationId'>;
  /** The person's facts from the contract; null when no beneficiary has the id any more. */
  facts: CaseAccessFacts | null;
}

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
 *
 * A partner keeps seeing a referral addressed to it after it closed (COMPLETED, REJECTED, CANCELLED, EXPIRED) or
 * after the person withdrew their consent to share with it: the status, the service, the corner, the days and the
 * steps of its history with its own answers' reasons and outcome, for its own accounting. Its details (the
 * tutor's note, the reasons the sending corner wrote in the history) only while it is open and the consent in force (`readDetails`); the person was never shown through
 * a referral without both (`Referral.beneficiary` is null then, decided by the beneficiaries subgraph).
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
  /** The free text of a referral (note, reasons, outcome): the sender's side always; the provider's only while it serves. */
  readDetails: {
    allow: (caller, { referral, facts }: ReferralDetailsAccess) =>
      caller.isNetworkAdmin ||
      (followsCases(caller) && caller.worksAt(referral.fromCornerId)) ||
      (operatesFor(caller, referral.toOrganisationId) &&
        OPEN.includes(referral.status) &&
        facts !== null &&
        facts.reachedByCallerOrganisation),
    refusal: 'The details of a referral closed or no longer shared with your organisation are not yours to read',
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
