import type { GoalArea, PlanFieldsFragment, PlanGoalInput } from '../../graphql/generated/graphql';

/** The editor's working copy of a plan: what the tutor types, turned into the mutation's input on save. */
export interface ActionDraft {
  id?: string;
  description: string;
  plannedStart: string;
  plannedEnd: string;
  serviceId: string;
}

export interface GoalDraft {
  id?: string;
  area: GoalArea;
  description: string;
  targetDate: string;
  actions: ActionDraft[];
}

export function draftFromPlan(plan: PlanFieldsFragment | null | undefined): GoalDraft[] {
  return (plan?.goals ?? []).map((goal) => ({
    id: goal.id,
    area: goal.area,
    description: goal.description,
    targetDate: goal.targetDate,
    actions: goal.actions.map((action) => ({
      id: action.id,
      description: action.description,
      plannedStart: action.plannedStart,
      plannedEnd: action.plannedEnd ?? '',
      serviceId: action.service?.id ?? '',
    })),
  }));
}

export function toInput(goals: GoalDraft[]): PlanGoalInput[] {
  return goals.map((goal) => ({
    ...(goal.id ? { id: goal.id } : {}),
    area: goal.area,
    description: goal.description,
    targetDate: goal.targetDate,
    actions: goal.actions.map((action) => ({
      ...(action.id ? { id: action.id } : {}),
      description: action.description,
      plannedStart: action.plannedStart,
      plannedEnd: action.plannedEnd || null,
      serviceId: action.serviceId || null,
    })),
  }));
}

/** One line per goal and action, to compare two versions side by side on the conflict screen. */
export function describe(goals: GoalDraft[], areaLabel: (area: GoalArea) => string): string[] {
  return goals.flatMap((goal) => [
    `${areaLabel(goal.area)}: ${goal.description} (${goal.targetDate})`,
    ...goal.actions.map(
      (action) => `  • ${action.description} ${action.plannedStart}${action.plannedEnd ? ` → ${action.plannedEnd}` : ''}`,
    ),
  ]);
}
