import type { DataSource } from 'typeorm';
import { addDays, addMonths } from '@shubh/platform';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { ReportingPeriodEntity, ResultTargetEntity } from '../src/results/results.entities.js';

const DEMO_ACTOR = 'demo-data';
/** The programme's 295 split over the demo corners (an administrator's setting; the national 295 is the migration's). */
const AUTONOMY_PER_CORNER = [80, 75, 75, 65];
/** A demo enrolment target: the project description names none, an administrator sets it. */
const ENROLMENT_TARGET = 400;

/** Reporting periods (the project, the last quarters and months, all open) and targets per corner. */
export async function seedResultsDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const month = `${plan.today.slice(0, 7)}-01`;
  const quarter = `${plan.today.slice(0, 5)}${String(Math.floor((Number(plan.today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const periods: Partial<ReportingPeriodEntity>[] = [
    { kind: 'PROJECT', startsOn: addMonths(month, -20), endsOn: addDays(addMonths(month, 16), -1) },
    ...[0, -3, -6].map((offset) => ({
      kind: 'QUARTER' as const,
      startsOn: addMonths(quarter, offset),
      endsOn: addDays(addMonths(quarter, offset + 3), -1),
    })),
    ...[0, -1, -2].map((offset) => ({
      kind: 'MONTH' as const,
      startsOn: addMonths(month, offset),
      endsOn: addDays(addMonths(month, offset + 1), -1),
    })),
  ];
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ReportingPeriodEntity)
    .values(
      periods.map((period) => ({ ...period, id: demoId('reporting-period', `${period.kind}:${period.startsOn}`), createdBy: DEMO_ACTOR })),
    )
    .orIgnore()
    .execute();
  const targets: Partial<ResultTargetEntity>[] = [
    ...plan.corners.map((corner, index) => ({
      id: demoId('result-target', `AUTONOMY_OUTCOME:${corner.id}`),
      indicator: 'AUTONOMY_OUTCOME' as const,
      integraCornerId: corner.id,
      value: AUTONOMY_PER_CORNER[index] ?? 0,
    })),
    { id: demoId('result-target', 'ENROLLED'), indicator: 'ENROLLED', value: ENROLMENT_TARGET },
  ];
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(ResultTargetEntity)
    .values(targets.map((target) => ({ province: null, integraCornerId: null, ...target, updatedBy: DEMO_ACTOR })))
    .orIgnore()
    .execute();
}
