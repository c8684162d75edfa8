import { defineModule } from '@shubh/platform';
import { CreateCatalogue1764200000000 } from './migrations/1764200000000-create-catalogue.js';
import { OrganisationEntity } from './organisation.entity.js';
import { organisationResolvers } from './organisation.resolvers.js';
import { OrganisationService } from './organisation.service.js';

/** The services this module adds to each request's context. */
export const organisationServices = { organisations: OrganisationService };

/**
 * The organisations of the partner network. Its first migration created the catalogue's base tables (organisations,
 * corners, programmes, services), which their modules own.
 */
export const organisationModule = defineModule({
  name: 'organisation',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: organisationResolvers,
  entities: [OrganisationEntity],
  migrations: [CreateCatalogue1764200000000],
  services: organisationServices,
});
