import { ANONYMISED, defineModule } from '@shubh/platform';
import { ExternalServiceEntity } from './external-service.entity.js';
import { externalServicePolicy } from './external-service.policy.js';
import { externalServiceResolvers } from './external-service.resolvers.js';
import { ExternalServiceService } from './external-service.service.js';
import { CreateExternalService1768800000000 } from './migrations/1768800000000-create-external-service.js';

/** The services this module adds to each request's context. */
export const externalServiceServices = { externalServices: ExternalServiceService };

/**
 * Services a person received before SHUBH, outside the catalogue (SAI or CAS reception projects, IMPACT, PRIMA...),
 * recorded by the tutor at the assessment (WP2a): they feed the overlap check and `servicesReceived`.
 */
export const externalServiceModule = defineModule({
  name: 'external-service',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: externalServiceResolvers,
  entities: [ExternalServiceEntity],
  migrations: [CreateExternalService1768800000000],
  services: externalServiceServices,
  policy: externalServicePolicy,
  personalData: [
    {
      table: 'catalogue.external_service',
      description: 'The services you received before SHUBH, as your tutor recorded them (withdrawn ones too).',
      orderBy: 't.started_on, t.id',
      // The withdrawal reason stays non-empty where there is a withdrawal (the table's check), but says nothing.
      anonymise: {
        evidence: 'NULL',
        withdrawal_reason: `CASE WHEN t.withdrawal_reason IS NULL THEN NULL ELSE ${ANONYMISED} END`,
      },
    },
  ],
});
