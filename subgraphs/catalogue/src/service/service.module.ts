import { defineModule } from '@shubh/platform';
import { CapacityKind1765400000000 } from './migrations/1765400000000-capacity-kind.js';
import { NetworkAndServicePublication1764900000000 } from './migrations/1764900000000-network-and-service-publication.js';
import { PublishLanguageCourses1768100000002 } from './migrations/1768100000002-publish-language-courses.js';
import { PublishServiceProvider1769000000001 } from './migrations/1769000000001-publish-service-provider.js';
import { ServiceEntity } from './service.entity.js';
import { servicePolicy } from './service.policy.js';
import { serviceResolvers } from './service.resolvers.js';
import { ServiceService } from './service.service.js';

/** The services this module adds to each request's context. */
export const serviceServices = { services: ServiceService };

/**
 * The service catalogue: what partners offer, where, to whom, with how many places; drafts, publication and
 * withdrawal. Its migration also added the network's agreement, contact, opening-hour and team columns and the
 * capacity-building events, which their modules own.
 */
export const serviceModule = defineModule({
  name: 'service',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: serviceResolvers,
  entities: [ServiceEntity],
  migrations: [
    NetworkAndServicePublication1764900000000,
    CapacityKind1765400000000,
    PublishLanguageCourses1768100000002,
    PublishServiceProvider1769000000001,
  ],
  services: serviceServices,
  policy: servicePolicy,
});
