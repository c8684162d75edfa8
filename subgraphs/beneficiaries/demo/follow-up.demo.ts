import type { DataSource, ObjectLiteral } from 'typeorm';
import { addDays, demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { ActionPlanEntity, PlanGoalEntity } from '../src/action-plan/action-plan.entities.js';
import type { CriticalIssueSeverity, GoalProgressStatus } from '../src/generated/resolvers-types.js';
import { CriticalIssueEntity, FollowUpEntity, GoalProgressEntity } from '../src/follow-up/follow-up.entities.js';

const DEMO_ACTOR = 'demo-data';
const PROGRESS: GoalProgressStatus[] = ['ON_TRACK', 'ON_TRACK', 'AT_RISK', 'NOT_STARTED', 'ACHIEVED'];
const ISSUES: [CriticalIssueSeverity, string, string][] = [
  ['HIGH', 'Eviction notice from the landlord at the end of the month', 'Appointment with the housing agency booked'],
  ['CRITICAL', 'Residence permit expired while the renewal is pending', 'Receipt of the renewal request checked; Questura contacted'],
  ['MEDIUM', 'Missed three Italian lessons in a row', 'Talked with the teacher about an evening class'],
  ['LOW', 'Late for the traineeship twice', 'Bus timetable checked together'],
];

/**
 * Follow-ups every 30 days since each plan was drafted, with the progress of its goals; one person in three stopped
 * being followed up two months ago (so overdue), and some follow-ups raised critical issues, a few resolved.
 */
export async function seedFollowUpDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const insert = async <T extends ObjectLiteral>(entity: new () => T, rows: Partial<T>[]) => {
    if (rows.length > 0) await dataSource.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
  };
  const ids = plan.beneficiaries.filter((person) => person.caseStatus === 'IN_PROGRESS').map((person) => person.id);
  if (ids.length === 0) return;
  const plans = await dataSource
    .getRepository(ActionPlanEntity)
    .createQueryBuilder('p')
    .where('p.beneficiary_id IN (:...ids)', { ids })
    .orderBy('p.beneficiary_id')
    .getMany();
  const goals = await dataSource
    .getRepository(PlanGoalEntity)
    .createQueryBuilder('g')
    .innerJoin(ActionPlanEntity, 'p', 'p.id = g.plan_id')
    .where('p.beneficiary_id IN (:...ids)', { ids })
    .getMany();
  const followUps: Partial<FollowUpEntity>[] = [];
  const progress: Partial<GoalProgressEntity>[] = [];
  const issues: Partial<CriticalIssueEntity>[] = [];
  const last = new Map<string, string>();

  plans.forEach((actionPlan, index) => {
    const closedOn = plan.beneficiaries.find((person) => person.id === actionPlan.beneficiaryId)?.closedOn ?? null;
    const lastDay = index % 3 === 0 ? addDays(plan.today, -60) : addDays(plan.today, -3);
    // No follow-up of the plan after the case was closed.
    const stopBefore = closedOn != null && closedOn <= lastDay ? addDays(closedOn, -1) : lastDay;
    for (let n = 1, heldOn = addDays(actionPlan.createdOn, 30); heldOn <= stopBefore; n += 1, heldOn = addDays(heldOn, 30)) {
      const id = demoId('follow-up', `${actionPlan.beneficiaryId}:${n}`);
      // Follow-ups check the goals of the version in force then (the first version's until the revision, 25 days in).
      const version = heldOn < addDays(actionPlan.createdOn, 25) ? 1 : actionPlan.currentVersion;
      const versionGoals = goals.filter(
        (goal) =>
          goal.planId === actionPlan.id && goal.versionId === demoId('action-plan-version', `${actionPlan.beneficiaryId}:${version}`),
      );
      followUps.push({
        id,
        beneficiaryId: actionPlan.beneficiaryId,
        planId: actionPlan.id,
        planVersion: version,
        heldOn,
        recordedAt: new Date(`${heldOn}T16:00:00Z`),
        recordedBy: DEMO_ACTOR,
      });
      versionGoals.forEach((goal, position) =>
        progress.push({
          followUpId: id,
          goalId: goal.id,
          position,
          progress: PROGRESS[(index + n + position) % PROGRESS.length]!,
          note: null,
        }),
      );
      if ((index + n) % 3 === 0) {
        const [severity, description, actionTaken] = ISSUES[(index + n) % ISSUES.length]!;
        const resolved = n % 2 === 0 && heldOn < addDays(plan.today, -30);
        issues.push({
          id: demoId('critical-issue', `${actionPlan.beneficiaryId}:${n}`),
          followUpId: id,
          beneficiaryId: actionPlan.beneficiaryId,
          severity,
          description,
          actionTaken,
          raisedOn: heldOn,
          resolvedAt: resolved ? new Date(`${addDays(heldOn, 10)}T12:00:00Z`) : null,
          resolvedBy: resolved ? DEMO_ACTOR : null,
          resolution: resolved ? 'Solved with the partner organisation' : null,
        });
      }
      last.set(actionPlan.id, heldOn);
    }
  });
  await insert(FollowUpEntity, followUps);
  await insert(GoalProgressEntity, progress);
  await insert(CriticalIssueEntity, issues);
  for (const [planId, heldOn] of last) {
    await dataSource.getRepository(ActionPlanEntity).update({ id: planId }, { lastFollowUpOn: heldOn });
  }
}
