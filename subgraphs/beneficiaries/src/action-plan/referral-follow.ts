import { CONTRACTS } from '@shubh/platform';
import type { PlanActionStatus } from '../generated/resolvers-types.js';
import type { PlanActionEntity, ReferralStatusOfAction } from './action-plan.entities.js';

/**
 * A plan action a referral was sent from follows its latest referral, so nobody types the same fact twice: ACCEPTED
 * makes the action IN_PROGRESS, COMPLETED makes it DONE. A referral is sent only from a PLANNED action, and the team
 * cannot move an action while its referral is open (`followsOpenReferral`), so the status it keeps is PLANNED: a
 * REJECTED, EXPIRED or CANCELLED referral leaves the action PLANNED again (the referral says why), free to be moved
 * by the team or referred anew. An action the team CANCELLED stays CANCELLED. The one place that rule is written.
 */
export function statusFollowingReferral(action: Pick<PlanActionEntity, 'status' | 'referralStatus'>): PlanActionStatus {
  if (action.status === 'CANCELLED') return 'CANCELLED';
  return FOLLOWS[action.referralStatus ?? 'NONE'] ?? action.status;
}

const FOLLOWS: Partial<Record<ReferralStatusOfAction | 'NONE', PlanActionStatus>> = {
  ACCEPTED: 'IN_PROGRESS',
  COMPLETED: 'DONE',
};

/**
 * True while the action's status is its referral's (accepted or completed, or waiting for the partner's answer):
 * the case team then moves the referral, not the action, except to cancel the action.
 */
export function followsOpenReferral(action: Pick<PlanActionEntity, 'referralStatus'>): boolean {
  return action.referralStatus !== null && ['SENT', 'RECEIVED', 'ACCEPTED', 'COMPLETED'].includes(action.referralStatus);
}

/** `statusFollowingReferral` in SQL, for the plan action row aliased `alias` (the case's entry conditions). */
export function statusFollowingReferralSql(alias: string): string {
  const follows = Object.entries(FOLLOWS)
    .map(([from, to]) => `WHEN '${from}' THEN '${to}'`)
    .join(' ');
  return `CASE WHEN ${alias}.status = 'CANCELLED' THEN 'CANCELLED' ELSE COALESCE(
    (SELECT CASE r.status ${follows} END FROM ${CONTRACTS.planActionReferral} r WHERE r.plan_action_id = ${alias}.id),
    ${alias}.status) END`;
}
