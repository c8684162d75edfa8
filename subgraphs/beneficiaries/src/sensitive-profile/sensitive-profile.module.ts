import { defineModule } from '@shubh/platform';
import { SensitiveProfileEntity } from './sensitive-profile.entity.js';
import { sensitiveProfilePolicy } from './sensitive-profile.policy.js';
import { sensitiveProfileResolvers } from './sensitive-profile.resolvers.js';
import { SensitiveProfileService } from './sensitive-profile.service.js';

/** The services this module adds to each request's context. */
export const sensitiveProfileServices = { sensitiveProfiles: SensitiveProfileService };

/** Special-category data (vulnerabilities, health, legal-status documents); its table came with the consent module's first migration. */
export const sensitiveProfileModule = defineModule({
  name: 'sensitive-profile',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: sensitiveProfileResolvers,
  entities: [SensitiveProfileEntity],
  services: sensitiveProfileServices,
  policy: sensitiveProfilePolicy,
  personalData: [
    {
      table: 'beneficiaries.sensitive_profile',
      description: 'Special-category data (GDPR art. 9): vulnerabilities, health notes, legal-status documents.',
      anonymise: { health_notes: 'NULL', legal_status_documents: "'[]'::jsonb" },
    },
  ],
});
