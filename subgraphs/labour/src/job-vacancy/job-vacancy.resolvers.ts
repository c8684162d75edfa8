import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from './job-vacancy.module.js';

export const jobVacancyResolvers: Resolvers<ContextWith<typeof jobVacancyServices>> = {
  Query: {
    jobVacancy: (_parent, { id }, { jobVacancies }) => jobVacancies.get(id),
    jobVacancies: (_parent, args, { jobVacancies }) => jobVacancies.list(args),
  },
  JobVacancy: {
    __resolveReference: ({ id }, { jobVacancies }) => jobVacancies.findById(id),
    // The catalogue subgraph resolves the rest of the employer from its id.
    employer: ({ employerId }) => ({ id: employerId }),
  },
  Organisation: {
    __resolveReference: resolveExtendedReference,
    jobVacancies: ({ id }, _args, { jobVacancies }) => jobVacancies.openVacanciesOf(id),
  },
};
