import { defineModule } from '@shubh/platform';
import { overlapPolicy } from './overlap.policy.js';
import { overlapResolvers } from './overlap.resolvers.js';
import { OverlapService } from './overlap.service.js';

/** The services this module adds to each request's context. */
export const overlapServices = { overlaps: OverlapService };

/** Overlap checks (WP2a): whether a service would duplicate what the person already received. */
export const overlapModule = defineModule({
  name: 'overlap',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: overlapResolvers,
  services: overlapServices,
  policy: overlapPolicy,
});
