import { ANONYMISED, defineModule } from '@shubh/platform';
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
  personalData: [
    {
      table: 'labour.candidacy',
      description: 'Your candidacies for job vacancies and how each ended.',
      orderBy: 't.proposed_at, t.id',
      anonymise: { cv_name: ANONYMISED, end_reason: 'NULL' },
    },
    {
      table: 'labour.candidacy_transition',
      description: 'Each stage of your candidacies.',
      rowsOf: 't.candidacy_id IN (SELECT id FROM labour.candidacy WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.at, t.id',
      anonymise: { note: 'NULL', reason: 'NULL' },
    },
    {
      table: 'labour.employment',
      description: 'Your employments (contract, days, hours, pay) recorded by the programme.',
      orderBy: 't.started_on, t.id',
    },
  ],
});
