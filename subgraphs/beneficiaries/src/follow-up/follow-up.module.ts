import { ANONYMISED, defineModule } from '@shubh/platform';
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
  personalData: [
    {
      table: 'beneficiaries.follow_up',
      description: 'The follow-up meetings of your plan.',
      orderBy: 't.held_on, t.id',
    },
    {
      table: 'beneficiaries.follow_up_goal_progress',
      description: 'The progress on each goal noted at a follow-up.',
      rowsOf: 't.follow_up_id IN (SELECT id FROM beneficiaries.follow_up WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.follow_up_id, t.position',
      anonymise: { note: 'NULL' },
    },
    {
      table: 'beneficiaries.critical_issue',
      description: 'Critical issues raised at a follow-up and how they were resolved.',
      orderBy: 't.raised_on, t.id',
      anonymise: { description: ANONYMISED, action_taken: 'NULL', resolution: 'NULL' },
    },
  ],
});
