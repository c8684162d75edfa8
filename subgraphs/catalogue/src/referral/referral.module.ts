import { defineModule } from '@shubh/platform';
import { CreateReferral1764600000000 } from './migrations/1764600000000-create-referral.js';
import { ReferralWorkflowAndEnrolments1764950000000 } from './migrations/1764950000000-referral-workflow-and-enrolments.js';
import { PublishReferralOutcomes1765300000001 } from './migrations/1765300000001-publish-referral-outcomes.js';
import { PublishServiceDeliveries1768200000002 } from './migrations/1768200000002-publish-service-deliveries.js';
import { ReferralPlanActionAndCodes1768300000000 } from './migrations/1768300000000-referral-plan-action-and-codes.js';
import { ReferralOutcomeSetBased1769000000002 } from './migrations/1769000000002-referral-outcome-set-based.js';
import { ReferralTransitionEntity } from './referral-transition.entity.js';
import { ReferralWorkflow } from './referral-workflow.js';
import { ReferralEntity } from './referral.entity.js';
import { expireOverdueReferralsJob, referralRemindersJob } from './referral.jobs.js';
import { referralPolicy } from './referral.policy.js';
import { referralResolvers } from './referral.resolvers.js';
import { ReferralService } from './referral.service.js';

/** The services this module adds to each request's context. */
export const referralServices = { referrals: ReferralService, referralWorkflow: ReferralWorkflow };

/**
 * Closed-loop referrals from a corner to a provider (SENT -> RECEIVED -> ACCEPTED/REJECTED -> COMPLETED, CANCELLED,
 * EXPIRED), and the published contract `catalogue.referral_addressee`. Its second migration also created the
 * service enrolments, which the enrollment module owns.
 */
export const referralModule = defineModule({
  name: 'referral',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: referralResolvers,
  entities: [ReferralEntity, ReferralTransitionEntity],
  migrations: [
    CreateReferral1764600000000,
    ReferralWorkflowAndEnrolments1764950000000,
    PublishReferralOutcomes1765300000001,
    PublishServiceDeliveries1768200000002,
    ReferralPlanActionAndCodes1768300000000,
    ReferralOutcomeSetBased1769000000002,
  ],
  services: referralServices,
  policy: referralPolicy,
  jobs: [expireOverdueReferralsJob, referralRemindersJob],
  personalData: [
    {
      table: 'catalogue.referral',
      description: 'Your referrals to services of the network: to whom, when, and the note sent with them.',
      orderBy: 't.sent_at, t.id',
      anonymise: { note: 'NULL' },
    },
    {
      table: 'catalogue.referral_transition',
      description: 'Each step of your referrals (accepted, rejected, completed...), with its coded reason or outcome.',
      rowsOf: 't.referral_id IN (SELECT id FROM catalogue.referral WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.at, t.id',
      anonymise: { reason: 'NULL', outcome: 'NULL' },
    },
  ],
});
