import { defineModule } from '@shubh/platform';
import { CriticalIssueEntity, FollowUpEntity, GoalProgressEntity } from './follow-up.entities.js';
import { followUpPolicy } from './follow-up.policy.js';
import { followUpResolvers } from './follow-up.resolvers.js';
import { FollowUpService } from './follow-up.service.js';
import { CreateFollowUp1764770000000 } from './migrations/1764770000000-create-follow-up.js';

/** The services this module adds to each request's context. */
export const followUpServices = { followUps: FollowUpService };

/** Follow-up of the plan: progress per goal, critical issues and their resolution, the next follow-up due. */
export const followUpModule = defineModule({
  name: 'follow-up',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: followUpResolvers,
  entities: [FollowUpEntity, GoalProgressEntity, CriticalIssueEntity],
  migrations: [CreateFollowUp1764770000000],
  services: followUpServices,
  policy: followUpPolicy,
});
