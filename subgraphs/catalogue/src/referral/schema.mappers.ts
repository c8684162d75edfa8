import type { ReferralTransitionEntity } from './referral-transition.entity.js';
import type { ReferralEntity } from './referral.entity.js';

export type ReferralMapper = ReferralEntity;
/** The actions the caller may take on a referral, answered from its row by the referral policy. */
export type ReferralViewerCanMapper = ReferralEntity;
export type ReferralTransitionMapper = ReferralTransitionEntity;
