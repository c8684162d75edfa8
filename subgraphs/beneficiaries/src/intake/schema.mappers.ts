import type { ContactAttemptEntity } from './contact-attempt.entity.js';
import type { IntakeReferralEntity } from './intake-referral.entity.js';

export type IntakeReferralMapper = IntakeReferralEntity;
export type ContactAttemptMapper = ContactAttemptEntity;
