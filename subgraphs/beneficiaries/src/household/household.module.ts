import { ANONYMISED, defineModule, yearOfBirthOnly } from '@shubh/platform';
import { HouseholdMemberEntity } from './household-member.entity.js';
import { householdPolicy } from './household.policy.js';
import { householdResolvers } from './household.resolvers.js';
import { HouseholdService } from './household.service.js';
import { CreateHouseholdMember1764730000000 } from './migrations/1764730000000-create-household-member.js';
import { PublishHousingCandidate1765200000000 } from './migrations/1765200000000-publish-housing-candidate.js';

/** The services this module adds to each request's context. */
export const householdServices = { household: HouseholdService };

/** The people living with a beneficiary. */
export const householdModule = defineModule({
  name: 'household',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: householdResolvers,
  entities: [HouseholdMemberEntity],
  migrations: [CreateHouseholdMember1764730000000, PublishHousingCandidate1765200000000],
  services: householdServices,
  policy: householdPolicy,
  personalData: [
    {
      table: 'beneficiaries.household_member',
      description: 'The members of your household you told the Integra Corner about.',
      orderBy: 't.created_at, t.id',
      anonymise: { given_name: ANONYMISED, birth_date: yearOfBirthOnly('birth_date') },
    },
  ],
});
