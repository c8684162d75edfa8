import type { ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from '../job-vacancy/job-vacancy.module.js';
import type { matchingServices } from './matching.module.js';

export const matchingResolvers: Resolvers<ContextWith<typeof matchingServices & typeof jobVacancyServices>> = {
  Query: {
    candidatesFor: (_parent, { vacancyId, first }, { matching }) => matching.candidatesFor(vacancyId, first),
    vacanciesFor: (_parent, { beneficiaryId, first }, { matching }) => matching.vacanciesFor(beneficiaryId, first),
  },
  LabourMatch: {
    // The beneficiaries subgraph resolves the person, and decides what of them the caller may see.
    beneficiary: ({ beneficiaryId }) => ({ id: beneficiaryId }),
    vacancy: ({ vacancyId }, _args, { jobVacancies }) => jobVacancies.get(vacancyId),
  },
};
