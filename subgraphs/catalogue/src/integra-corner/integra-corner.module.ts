import { defineModule } from '@shubh/platform';
import { IntegraCornerEntity } from './integra-corner.entity.js';
import { PublishCornerTeam1768000000000 } from './migrations/1768000000000-publish-corner-team.js';
import { integraCornerPolicy } from './integra-corner.policy.js';
import { integraCornerResolvers } from './integra-corner.resolvers.js';
import { IntegraCornerService } from './integra-corner.service.js';

/** The services this module adds to each request's context. */
export const integraCornerServices = { integraCorners: IntegraCornerService };

/** The Integra Corners (one-stop shops), their hosts, opening hours and teams. */
export const integraCornerModule = defineModule({
  name: 'integra-corner',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: integraCornerResolvers,
  entities: [IntegraCornerEntity],
  migrations: [PublishCornerTeam1768000000000],
  services: integraCornerServices,
  policy: integraCornerPolicy,
});
