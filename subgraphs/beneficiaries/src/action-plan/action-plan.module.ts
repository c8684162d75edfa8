import { ANONYMISED, defineModule } from '@shubh/platform';
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
  personalData: [
    {
      table: 'beneficiaries.action_plan',
      description: 'Your Individual Action Plan (PAI).',
      orderBy: 't.created_at, t.id',
    },
    {
      table: 'beneficiaries.action_plan_version',
      description: 'Each version of your plan, why it was revised and who agreed to it.',
      orderBy: 't.version',
      anonymise: { reason: 'NULL' },
    },
    {
      table: 'beneficiaries.plan_goal',
      description: 'The goals of each version of your plan.',
      rowsOf: 't.plan_id IN (SELECT id FROM beneficiaries.action_plan WHERE beneficiary_id = ANY($1::uuid[]))',
      orderBy: 't.version_id, t.position',
      anonymise: { description: ANONYMISED },
    },
    {
      table: 'beneficiaries.plan_action',
      description: 'The actions of each version of your plan.',
      orderBy: 't.version, t.position',
      anonymise: { description: ANONYMISED },
    },
  ],
});
