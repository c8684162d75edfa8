import type { Resolvers, ResolversTypes } from '../generated/resolvers-types.js';

export const jobVacancyResolvers: Resolvers = {
  Query: {
    jobVacancy: (_parent, { id }, { jobVacancies }) => jobVacancies.get(id),
    jobVacancies: (_parent, args, { jobVacancies }) => jobVacancies.list(args),
  },
  JobVacancy: {
    __resolveReference: ({ id }, { jobVacancies }) => jobVacancies.findById(id),
    // A reference is all an Organisation needs here (its jobVacancies resolve from the id), but codegen.ts maps
    // no parent type for Organisation, so the generated type still asks for the field.
    employer: (vacancy, _args, { jobVacancies }) => jobVacancies.employerOf(vacancy) as ResolversTypes['Organisation'],
  },
  Organisation: {
    __resolveReference: ({ id }, { jobVacancies }) => jobVacancies.organisationReference(id),
    jobVacancies: ({ id }, _args, { jobVacancies }) => jobVacancies.openVacanciesOf(id),
  },
};
