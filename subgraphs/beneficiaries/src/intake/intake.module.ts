import { ANONYMISED, defineModule, yearOfBirthOnly } from '@shubh/platform';
import { ContactAttemptEntity } from './contact-attempt.entity.js';
import { IntakeReferralEntity } from './intake-referral.entity.js';
import { intakePolicy } from './intake.policy.js';
import { intakeResolvers } from './intake.resolvers.js';
import { IntakeService } from './intake.service.js';
import { CreateIntakeReferral1764720000000 } from './migrations/1764720000000-create-intake-referral.js';
import { SingleName1768900000002 } from './migrations/1768900000002-single-name.js';

/** The services this module adds to each request's context. */
export const intakeServices = { intake: IntakeService };

/** Outreach and intake: people referred to the programme, contacted, then converted into beneficiaries or closed. */
export const intakeModule = defineModule({
  name: 'intake',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: intakeResolvers,
  entities: [IntakeReferralEntity, ContactAttemptEntity],
  migrations: [CreateIntakeReferral1764720000000, SingleName1768900000002],
  services: intakeServices,
  policy: intakePolicy,
  personalData: [
    {
      table: 'beneficiaries.intake_referral',
      description: 'How you were referred to the Integra Corner (by whom, when, the details given then).',
      rowsOf: 't.converted_beneficiary_id = ANY($1::uuid[])',
      orderBy: 't.created_at, t.id',
      anonymise: {
        given_name: ANONYMISED,
        family_name: ANONYMISED,
        birth_date: yearOfBirthOnly('birth_date'),
        codice_fiscale: 'NULL',
        contact: 'NULL',
        closing_note: 'NULL',
      },
    },
    {
      table: 'beneficiaries.contact_attempt',
      description: "The Integra Corner's attempts to contact you after the referral.",
      rowsOf: 't.intake_referral_id IN (SELECT id FROM beneficiaries.intake_referral WHERE converted_beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.at, t.id',
      anonymise: { note: 'NULL' },
    },
  ],
});
