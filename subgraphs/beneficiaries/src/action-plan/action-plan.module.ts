import { defineModule } from '@shubh/platform';
import { ActionPlanEntity, ActionPlanVersionEntity, PlanActionEntity, PlanGoalEntity } from './action-plan.entities.js';
import { actionPlanPolicy } from './action-plan.policy.js';
import { actionPlanResolvers } from './action-plan.resolvers.js';
import { ActionPlanService } from './action-plan.service.js';
import { CreateActionPlan1764760000000 } from './migrations/1764760000000-create-action-plan.js';
import { PublishPlanActionInForce1768300000002 } from './migrations/1768300000002-publish-plan-action-in-force.js';

/** The services this module adds to each request's context. */
export const actionPlanServices = { actionPlans: ActionPlanService };

/** The Individual Action Plan (PAI, WP3): versioned goals and actions, agreed by the person and the tutor. */
export const actionPlanModule = defineModule({
  name: 'action-plan',
  schema: new URL('./schema.graphql', import.meta.url),
  resolvers: actionPlanResolvers,
  entities: [ActionPlanEntity, ActionPlanVersionEntity, PlanGoalEntity, PlanActionEntity],
  migrations: [CreateActionPlan1764760000000, PublishPlanActionInForce1768300000002],
  services: actionPlanServices,
  policy: actionPlanPolicy,
});
