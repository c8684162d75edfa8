import { defineModule } from '@shubh/platform';
import { AgreementEntity } from './agreement.entity.js';
import { AgreementService } from './agreement.service.js';
import { CreateCatalogue1764200000000 } from './migrations/1764200000000-create-catalogue.js';
import { NetworkManagement1765500000000 } from './migrations/1765500000000-network-management.js';
import { KeycloakOrganizationLink1768500000000 } from './migrations/1768500000000-keycloak-organization-link.js';
import { PublishNetworkDirectory1768700000001 } from './migrations/1768700000001-publish-network-directory.js';
import { PublishOrganisationMailbox1769000000000 } from './migrations/1769000000000-publish-organisation-mailbox.js';
import { OrganisationEntity } from './organisation.entity.js';
import { organisationPolicy } from './organisation.policy.js';
import { organisationResolvers } from './organisation.resolvers.js';
import { OrganisationService } from './organisation.service.js';

/** The services this module adds to each request's context. */
export const organisationServices = { organisations: OrganisationService, agreements: AgreementService };

/**
 * The organisations of the partner network and their agreements. Its first migration created the catalogue's base
 * tables (organisations, corners, programmes, services), which their modules own.
 */
export const organisationModule = defineModule({
  name: 'organisation',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: organisationResolvers,
  entities: [OrganisationEntity, AgreementEntity],
  migrations: [
    CreateCatalogue1764200000000,
    NetworkManagement1765500000000,
    KeycloakOrganizationLink1768500000000,
    PublishNetworkDirectory1768700000001,
    PublishOrganisationMailbox1769000000000,
  ],
  services: organisationServices,
  policy: organisationPolicy,
});
