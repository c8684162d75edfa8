import { defineModule } from '@shubh/platform';
import {
  CoordinationActionEntity,
  CoordinationDecisionEntity,
  CoordinationMeetingEntity,
  CoordinationTableEntity,
  CoordinationTableMemberEntity,
} from './coordination.entities.js';
import { coordinationPolicy } from './coordination.policy.js';
import { coordinationResolvers } from './coordination.resolvers.js';
import { CoordinationService } from './coordination.service.js';
import { CreateCoordination1765510000000 } from './migrations/1765510000000-create-coordination.js';

/** The services this module adds to each request's context. */
export const coordinationServices = { coordination: CoordinationService };

/** The network's governance (WP1b-c): provincial coordination tables, their meetings, decisions and follow-up actions. */
export const coordinationModule = defineModule({
  name: 'coordination',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: coordinationResolvers,
  entities: [
    CoordinationTableEntity,
    CoordinationTableMemberEntity,
    CoordinationMeetingEntity,
    CoordinationDecisionEntity,
    CoordinationActionEntity,
  ],
  migrations: [CreateCoordination1765510000000],
  services: coordinationServices,
  policy: coordinationPolicy,
});
