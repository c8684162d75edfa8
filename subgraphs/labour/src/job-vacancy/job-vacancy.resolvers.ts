import { resolveExtendedReference, type ContextWith } from '@shubh/platform';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { jobVacancyServices } from './job-vacancy.module.js';

export const jobVacancyResolvers: Resolvers<ContextWith<typeof jobVacancyServices>> = {
  Query: {
    jobVacancy: (_parent, { id }, { jobVacancies }) => jobVacancies.get(id),
    jobVacancies: (_parent, args, { jobVacancies }) => jobVacancies.list(args),
  },
  Mutation: {
    createJobVacancy: (_parent, { employerId, input }, { jobVacancies }) => jobVacancies.create(employerId, input),
    updateJobVacancy: (_parent, { id, expectedVersion, input }, { jobVacancies }) => jobVacancies.update(id, expectedVersion, input),
    publishJobVacancy: (_parent, { id, expectedVersion }, { jobVacancies }) => jobVacancies.publish(id, expectedVersion),
    closeJobVacancy: (_parent, { id, expectedVersion }, { jobVacancies }) => jobVacancies.close(id, expectedVersion),
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
