import type { DataSource } from 'typeorm';
import { addDays, addMonths } from '@shubh/platform';
import { demoId, type DemoPlan } from '../../../demo/demo-plan.js';
import { AfterExitFollowUpEntity } from '../src/after-exit/after-exit.entity.js';
import { AFTER_EXIT_MONTHS } from '../src/after-exit/after-exit.service.js';

const DEMO_ACTOR = 'demo-data';

/**
 * The follow-up contact six months after closure: of the closed cases whose contact is due, every other one is
 * recorded (the first reached and in work, the next not reached), the rest are left due for the case team.
 */
export async function seedAfterExitDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const due = plan.beneficiaries
    .filter((person) => person.closedOn != null && addMonths(person.closedOn, AFTER_EXIT_MONTHS) <= plan.today)
    .sort((a, b) => (a.closedOn! < b.closedOn! ? -1 : 1));
  const recorded = due.filter((_person, index) => index % 2 === 0);
  if (recorded.length === 0) return;
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(AfterExitFollowUpEntity)
    .values(
      recorded.map((person, index) => {
        const dueOn = addMonths(person.closedOn!, AFTER_EXIT_MONTHS);
        const contactedOn = addDays(dueOn, 7) < plan.today ? addDays(dueOn, 7) : plan.today;
        const reached = index % 2 === 0;
        return {
          id: demoId('after-exit-follow-up', person.id),
          beneficiaryId: person.id,
          closedOn: person.closedOn!,
          contactedOn,
          reached,
          employmentStatus: reached ? ('EMPLOYED' as const) : null,
          housingStatus: reached ? ('SHARED_RENT' as const) : null,
          note: reached ? 'Reached by phone: still working at the warehouse, sharing a flat.' : 'No answer on three calls; message left.',
          recordedAt: new Date(`${contactedOn}T10:00:00Z`),
          recordedBy: DEMO_ACTOR,
        };
      }),
    )
    .orIgnore()
    .execute();
}
