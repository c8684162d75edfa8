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

/** Why `from` cannot become `to`, naming the changes it allows; null when it can. */
export function illegalTransition(from: ReferralStatus, to: ReferralStatus): string | null {
  const allowed = REFERRAL_TRANSITIONS[from].map((transition) => transition.to);
  if (allowed.includes(to)) return null;
  if (allowed.length === 0) return `This referral is ${from}: no further change is possible`;
  return `This referral is ${from}: it can become ${allowed.join(' or ')}, not ${to}`;
}
