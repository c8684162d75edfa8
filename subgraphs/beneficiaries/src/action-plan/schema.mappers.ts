import type {
  ActionPlanPermissionFacts,
  ActionPlanVersionEntity,
  ActionPlanView,
  PlanActionEntity,
  PlanGoalView,
} from './action-plan.entities.js';

export type ActionPlanMapper = ActionPlanView;
/** The actions the caller may take on a plan, answered from the plan's view (and its person) by the plan policy. */
export type ActionPlanViewerCanMapper = ActionPlanPermissionFacts;
export type PlanGoalMapper = PlanGoalView;
export type PlanActionMapper = PlanActionEntity;
export type PlanAgreementMapper = ActionPlanVersionEntity;
