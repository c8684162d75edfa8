import { defineModule } from '@shubh/platform';
import { CandidacyEntity, CandidacyTransitionEntity, EmploymentEntity } from './candidacy.entity.js';
import { candidacyPolicy } from './candidacy.policy.js';
import { candidacyResolvers } from './candidacy.resolvers.js';
import { CandidacyService } from './candidacy.service.js';
import { CreateCandidacy1765100000002 } from './migrations/1765100000002-create-candidacy.js';
import { EmploymentPayAndIncomeSpells1768700000000 } from './migrations/1768700000000-employment-pay-and-income-spells.js';

/** The services this module adds to each request's context. */
export const candidacyServices = { candidacies: CandidacyService };

/**
 * Candidacies with the person's agreement (PROPOSED -> ... -> HIRED), the employments hires record, and the
 * contract `labour.employment_spell` built from them.
 */
export const candidacyModule = defineModule({
  name: 'candidacy',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: candidacyResolvers,
  entities: [CandidacyEntity, CandidacyTransitionEntity, EmploymentEntity],
  migrations: [CreateCandidacy1765100000002, EmploymentPayAndIncomeSpells1768700000000],
  services: candidacyServices,
  policy: candidacyPolicy,
});
