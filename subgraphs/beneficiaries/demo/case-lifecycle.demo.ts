import type { DataSource } from 'typeorm';
import { addDays, demoId, type DemoBeneficiary, type DemoPlan } from '../../../demo/demo-plan.js';
import { BeneficiaryEntity } from '../src/beneficiary/beneficiary.entity.js';
import { daysBetween } from '@shubh/platform';
import type { CaseOutcome, CaseStatus } from '../src/generated/resolvers-types.js';
import { CaseStatusChangeEntity } from '../src/case-lifecycle/case-status-change.entity.js';
import { TutorAssignmentEntity } from '../src/case-lifecycle/tutor-assignment.entity.js';

const DEMO_ACTOR = 'demo-data';
const OUTCOMES: CaseOutcome[] = ['AUTONOMY_REACHED', 'PARTIAL', 'DROPPED_OUT', 'TRANSFERRED'];
const NOTES: Record<CaseStatus, string> = {
  REFERRED: 'Converted from an intake referral',
  ENROLLED: 'Enrolled with the tutor of the corner',
  ASSESSED: 'Assessment done: services received, skills, documents, employability',
  PLAN_AGREED: 'Individual Action Plan (PAI) agreed and signed with the beneficiary',
  IN_PROGRESS: 'First actions of the plan under way',
  CLOSED: 'Path closed with the beneficiary',
};
const FORWARD: CaseStatus[] = ['ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS'];

/** The statuses a case went through to reach its plan status (a few plans re-modulated on the way). */
function pathTo(beneficiary: DemoBeneficiary, index: number): CaseStatus[] {
  if (beneficiary.caseStatus === 'REFERRED') return [];
  if (beneficiary.caseStatus === 'CLOSED') return [...FORWARD, 'CLOSED'];
  const path = FORWARD.slice(0, FORWARD.indexOf(beneficiary.caseStatus) + 1);
  // Every third running plan was re-modulated once: back to ASSESSED, then agreed and running again.
  if (beneficiary.caseStatus === 'IN_PROGRESS' && index % 3 === 0) path.push('ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS');
  return path;
}

/**
 * Status histories consistent with the plan's case statuses (REFERRED on the intake day, ENROLLED on the
 * enrolment day, later steps spread until yesterday), outcomes of the closed cases, and tutor assignments
 * (some cases handed over from a former tutor).
 */
export async function seedCaseLifecycleDemoData(dataSource: DataSource, plan: DemoPlan): Promise<void> {
  const changes: Partial<CaseStatusChangeEntity>[] = [];
  const assignments: Partial<TutorAssignmentEntity>[] = [];
  let closed = 0;
  for (const [index, beneficiary] of plan.beneficiaries.entries()) {
    const referredOn = minDay(addDays(beneficiary.receptionExitDate, 3), plan.today);
    const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    const change = (step: number, day: string, from: CaseStatus | null, to: CaseStatus, note: string, outcome: CaseOutcome | null = null) =>
      changes.push({
        id: demoId('case-status-change', `${beneficiary.id}:${step}`),
        beneficiaryId: beneficiary.id,
        from,
        to,
        outcome,
        note,
        changedAt: at(day, 9 + (step % 8)),
        changedBy: beneficiary.tutorUserId ?? DEMO_ACTOR,
      });
    change(0, referredOn, null, 'REFERRED', NOTES.REFERRED);
    const path = pathTo(beneficiary, index);
    const enrolledOn = minDay(beneficiary.enrolledOn ?? plan.today, plan.today);
    // A closed case's steps lead up to its closing day; the others' are spread until yesterday.
    const span = Math.max(daysBetween(enrolledOn, beneficiary.closedOn ?? addDays(plan.today, -1)), path.length);
    let from: CaseStatus = 'REFERRED';
    for (const [step, to] of path.entries()) {
      const day =
        to === 'CLOSED' && beneficiary.closedOn != null
          ? beneficiary.closedOn
          : step === 0
            ? enrolledOn
            : minDay(addDays(enrolledOn, Math.floor((span * step) / path.length)), plan.today);
      const outcome = to === 'CLOSED' ? OUTCOMES[closed % OUTCOMES.length]! : null;
      const note = to === 'ASSESSED' && from !== 'ENROLLED' ? 'Plan re-modulated with the beneficiary after a follow-up' : NOTES[to];
      change(step + 1, day, from, to, note, outcome);
      from = to;
    }
    if (beneficiary.caseStatus === 'CLOSED') {
      const closedOn = changes.at(-1)!.changedAt!.toISOString().slice(0, 10);
      await dataSource
        .createQueryBuilder()
        .update(BeneficiaryEntity)
        .set({ outcome: OUTCOMES[closed % OUTCOMES.length]!, closedOn })
        .where('id = :id AND outcome IS NULL', { id: beneficiary.id })
        .execute();
      closed += 1;
    }
    if (beneficiary.tutorUserId && beneficiary.enrolledOn) {
      const handedOver = index % 5 === 1;
      const formerTutor = demoId('user', `former-tutor:${beneficiary.integraCornerId}`);
      assignments.push({
        id: demoId('tutor-assignment', `${beneficiary.id}:0`),
        beneficiaryId: beneficiary.id,
        fromTutorUserId: null,
        toTutorUserId: handedOver ? formerTutor : beneficiary.tutorUserId,
        assignedAt: at(enrolledOn, 10),
        assignedBy: DEMO_ACTOR,
        note: 'Assigned at enrolment',
      });
      if (handedOver) {
        assignments.push({
          id: demoId('tutor-assignment', `${beneficiary.id}:1`),
          beneficiaryId: beneficiary.id,
          fromTutorUserId: formerTutor,
          toTutorUserId: beneficiary.tutorUserId,
          assignedAt: at(minDay(addDays(enrolledOn, Math.floor(span / 2)), plan.today), 11),
          assignedBy: DEMO_ACTOR,
          note: 'Hand-over: the former tutor moved to another project; the beneficiary met the new tutor.',
        });
      }
    }
  }
  await dataSource.createQueryBuilder().insert().into(CaseStatusChangeEntity).values(changes).orIgnore().execute();
  if (assignments.length > 0) {
    await dataSource.createQueryBuilder().insert().into(TutorAssignmentEntity).values(assignments).orIgnore().execute();
  }
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
