import { defineModule } from '@shubh/platform';
import { matchingPolicy } from './matching.policy.js';
import { matchingResolvers } from './matching.resolvers.js';
import { MatchingService } from './matching.service.js';

/** The services this module adds to each request's context. */
export const matchingServices = { matching: MatchingService };

/** Explainable matching of people and vacancies, both ways, ranked in SQL over the other modules' tables. */
export const matchingModule = defineModule({
  name: 'matching',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: matchingResolvers,
  services: matchingServices,
  policy: matchingPolicy,
});
