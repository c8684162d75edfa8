import { defineModule } from '@shubh/platform';
import { LabourProfileEntity } from './labour-profile.entity.js';
import { labourProfileResolvers } from './labour-profile.resolvers.js';
import { LabourProfileService } from './labour-profile.service.js';
import { CreateLabourProfile1764300000001 } from './migrations/1764300000001-create-labour-profile.js';

/** The services this module adds to each request's context. */
export const labourProfileServices = { labourProfiles: LabourProfileService };

/** A beneficiary's place in the labour market; personal data read under the platform's shared-record rule. */
export const labourProfileModule = defineModule({
  name: 'labour-profile',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: labourProfileResolvers,
  entities: [LabourProfileEntity],
  migrations: [CreateLabourProfile1764300000001],
  services: labourProfileServices,
});
