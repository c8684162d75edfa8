import type { EntityReference } from '@shubh/platform';
import type { JobVacancyEntity } from './job-vacancy.entity.js';

/** GraphQL type -> what its resolvers receive as the parent. */
export type JobVacancyMapper = JobVacancyEntity;
/** The employer: owned by the catalogue subgraph, known here by its id. */
export type OrganisationMapper = EntityReference;
