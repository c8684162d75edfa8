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
});
