import { defineModule } from '@shubh/platform';
import { ContactAttemptEntity } from './contact-attempt.entity.js';
import { IntakeReferralEntity } from './intake-referral.entity.js';
import { intakePolicy } from './intake.policy.js';
import { intakeResolvers } from './intake.resolvers.js';
import { IntakeService } from './intake.service.js';
import { CreateIntakeReferral1764720000000 } from './migrations/1764720000000-create-intake-referral.js';

/** The services this module adds to each request's context. */
export const intakeServices = { intake: IntakeService };

/** Outreach and intake: people referred to the programme, contacted, then converted into beneficiaries or closed. */
export const intakeModule = defineModule({
  name: 'intake',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: intakeResolvers,
  entities: [IntakeReferralEntity, ContactAttemptEntity],
  migrations: [CreateIntakeReferral1764720000000],
  services: intakeServices,
  policy: intakePolicy,
});
