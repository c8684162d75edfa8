import { badUserInput, defineWorkflow, parseId, readText, type NetworkReference } from '@shubh/platform';
import type { GoalArea, PlanActionStatus, PlanGoalInput } from '../generated/resolvers-types.js';
import type { PlanActionEntity, PlanGoalEntity } from './action-plan.entities.js';

export const MAX_GOALS = 20;
export const MAX_ACTIONS_PER_GOAL = 20;
/** A goal's or an action's description. */
const PLAN_TEXT = { max: 1000, multiline: true };

export interface PlannedAction {
  id: string;
  serviceId: string | null;
  providerOrganisationId: string | null;
  description: string;
  plannedStart: string;
  plannedEnd: string | null;
  status: PlanActionStatus;
}

export interface PlannedGoal {
  id: string;
  area: GoalArea;
  description: string;
  targetDate: string;
  actions: PlannedAction[];
}

/** What a revision may keep: the goals and actions of the version in force, by id. */
export interface KeptContent {
  goals: ReadonlyMap<string, PlanGoalEntity>;
  actions: ReadonlyMap<string, PlanActionEntity>;
}

function text(value: string, field: string): string {
  return readText(value, field, PLAN_TEXT);
}

/**
 * Checks the goals of a new version, naming the field at fault (`input.goals.1.actions.0.plannedEnd`). An id keeps
 * a goal or action of the version in force (`kept`); without one, a new id is given.
 */
export function readGoals(goals: readonly PlanGoalInput[], kept: KeptContent): PlannedGoal[] {
  if (goals.length === 0 || goals.length > MAX_GOALS) {
    throw badUserInput(`A plan has from 1 to ${MAX_GOALS} goals`, 'input.goals');
  }
  const seenGoals = new Set<string>();
  const seenActions = new Set<string>();
  return goals.map((goal, goalIndex): PlannedGoal => {
    const at = `input.goals.${goalIndex}`;
    const goalId = keptId(goal.id, `${at}.id`, kept.goals, seenGoals, 'goal');
    if (goal.actions.length > MAX_ACTIONS_PER_GOAL) {
      throw badUserInput(`A goal has at most ${MAX_ACTIONS_PER_GOAL} actions`, `${at}.actions`);
    }
    return {
      id: goalId ?? crypto.randomUUID(),
      area: goal.area,
      description: text(goal.description, `${at}.description`),
      targetDate: goal.targetDate,
      actions: goal.actions.map((action, actionIndex): PlannedAction => {
        const actionAt = `${at}.actions.${actionIndex}`;
        const actionId = keptId(action.id, `${actionAt}.id`, kept.actions, seenActions, 'action');
        if (action.plannedEnd != null && action.plannedEnd < action.plannedStart) {
          throw badUserInput(`${actionAt}.plannedEnd must not be before plannedStart`, `${actionAt}.plannedEnd`);
        }
        if (action.status === null) throw badUserInput(`${actionAt}.status cannot be null`, `${actionAt}.status`);
        return {
          id: actionId ?? crypto.randomUUID(),
          serviceId: action.serviceId == null ? null : parseId(action.serviceId, `${actionAt}.serviceId`),
          providerOrganisationId:
            action.providerOrganisationId == null ? null : parseId(action.providerOrganisationId, `${actionAt}.providerOrganisationId`),
          description: text(action.description, `${actionAt}.description`),
          plannedStart: action.plannedStart,
          plannedEnd: action.plannedEnd ?? null,
          status: action.status ?? (actionId ? kept.actions.get(actionId)!.status : 'PLANNED'),
        };
      }),
    };
  });
}

function keptId(
  id: string | null | undefined,
  field: string,
  kept: ReadonlyMap<string, unknown>,
  seen: Set<string>,
  what: string,
): string | null {
  if (id == null) return null;
  const parsed = parseId(id, field);
  if (!kept.has(parsed)) throw badUserInput(`${field} is not a ${what} of the plan version in force`, field);
  if (seen.has(parsed)) throw badUserInput(`${field} names the same ${what} twice`, field);
  seen.add(parsed);
  return parsed;
}

/** The steps an action may take: PLANNED -> IN_PROGRESS -> DONE, CANCELLED before DONE. */
export const actionWorkflow = defineWorkflow<PlanActionStatus>(
  'action',
  {
    PLANNED: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
    IN_PROGRESS: ['DONE', 'CANCELLED'],
    DONE: [],
    CANCELLED: [],
  },
  {
    final: (from, to) => `An action ${from} cannot become ${to}`,
    illegal: (from, to) => `An action ${from} cannot become ${to}`,
  },
);

/**
 * The catalogue services and organisations a plan's actions name, each with its input field (for `assertInNetwork`).
 * An action for a service is given by that service's provider: named, it must be the one; left out, it is taken from
 * the service (`withServiceProviders`). An action without a service may name any active organisation.
 */
export function networkReferencesOf(goals: readonly PlannedGoal[]): NetworkReference[] {
  return goals.flatMap((goal, goalIndex) =>
    goal.actions.flatMap((action, actionIndex) => {
      const at = `input.goals.${goalIndex}.actions.${actionIndex}`;
      const provider = { id: action.providerOrganisationId, field: `${at}.providerOrganisationId` };
      return [
        ...(action.serviceId ? [{ id: action.serviceId, kind: 'SERVICE' as const, field: `${at}.serviceId`, provider }] : []),
        ...(action.providerOrganisationId
          ? [{ id: action.providerOrganisationId, kind: 'ORGANISATION' as const, field: provider.field }]
          : []),
      ];
    }),
  );
}

/** The goals with each service's provider (from `assertInNetwork`) on the actions for a service that left it out. */
export function withServiceProviders(goals: readonly PlannedGoal[], providers: ReadonlyMap<string, string>): PlannedGoal[] {
  return goals.map((goal) => ({
    ...goal,
    actions: goal.actions.map((action) =>
      action.serviceId && action.providerOrganisationId == null
        ? { ...action, providerOrganisationId: providers.get(action.serviceId.toLowerCase()) ?? null }
        : action,
    ),
  }));
}
