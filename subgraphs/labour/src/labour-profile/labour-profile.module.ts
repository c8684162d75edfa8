import { CaseAccessLoader, defineModule } from '@shubh/platform';
import { EmploymentStatusChangeEntity, LabourProfileEntity } from './labour-profile.entity.js';
import { labourProfilePolicy } from './labour-profile.policy.js';
import { labourProfileResolvers } from './labour-profile.resolvers.js';
import { LabourProfileService } from './labour-profile.service.js';
import { CreateLabourProfile1764300000001 } from './migrations/1764300000001-create-labour-profile.js';
import { PublishEmploymentSpells1764990000000 } from './migrations/1764990000000-publish-employment-spells.js';
import { LabourProfileMutations1765100000000 } from './migrations/1765100000000-labour-profile-mutations.js';

/** The services this module adds to each request's context. */
export const labourProfileServices = { labourProfiles: LabourProfileService, caseAccess: CaseAccessLoader };

/** A beneficiary's place in the labour market; personal data read under the platform's shared-record rule,
 * recorded by whoever manages the case, with the history of its employment status. */
export const labourProfileModule = defineModule({
  name: 'labour-profile',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: labourProfileResolvers,
  entities: [LabourProfileEntity, EmploymentStatusChangeEntity],
  migrations: [CreateLabourProfile1764300000001, PublishEmploymentSpells1764990000000, LabourProfileMutations1765100000000],
  services: labourProfileServices,
  policy: labourProfilePolicy,
  personalData: [
    {
      table: 'labour.labour_profile',
      description: 'Your labour-market profile: status, occupations wanted, availability, licences.',
    },
    {
      table: 'labour.employment_status_change',
      description: 'Changes of your employment status.',
      orderBy: 't.at, t.id',
    },
  ],
});
