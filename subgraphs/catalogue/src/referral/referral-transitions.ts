import { defineWorkflow } from '@shubh/platform';
import type { ReferralStatus } from '../generated/resolvers-types.js';

/** Who makes a change: the partner the referral is addressed to, or the corner that sent it. */
export type ReferralSide = 'provider' | 'sender';

/** The changes a person can make to a referral in each status (EXPIRED is set by `expireOverdueReferrals` only). */
export const REFERRAL_TRANSITIONS: Record<ReferralStatus, { to: ReferralStatus; side: ReferralSide }[]> = {
  SENT: [
    { to: 'RECEIVED', side: 'provider' },
    { to: 'CANCELLED', side: 'sender' },
  ],
  RECEIVED: [
    { to: 'ACCEPTED', side: 'provider' },
    { to: 'REJECTED', side: 'provider' },
    { to: 'CANCELLED', side: 'sender' },
  ],
  ACCEPTED: [
    { to: 'COMPLETED', side: 'provider' },
    { to: 'CANCELLED', side: 'sender' },
  ],
  REJECTED: [],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
};

/** The statuses still waiting for the partner's answer: these expire when their response day has passed. */
export const AWAITING_ANSWER: readonly ReferralStatus[] = ['SENT', 'RECEIVED'];

/** Who may move a referral into `to`: every target status is reached from one side only. */
export function sideOf(to: ReferralStatus): ReferralSide {
  return to === 'CANCELLED' ? 'sender' : 'provider';
}

/** The closed loop as a workflow: the moves of each status, and why any other is refused. */
export const referralWorkflow = defineWorkflow<ReferralStatus>(
  'referral',
  Object.fromEntries(Object.entries(REFERRAL_TRANSITIONS).map(([from, moves]) => [from, moves.map((move) => move.to)])) as Record<
    ReferralStatus,
    ReferralStatus[]
  >,
  {
    final: (from) => `This referral is ${from}: no further change is possible`,
    illegal: (from, to, allowed) => `This referral is ${from}: it can become ${allowed.join(' or ')}, not ${to}`,
  },
);
