import { badUserInput, caseClosed, conflict, todayInItaly } from '@shubh/platform';
import type { EntityManager } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { CaseOutcome, CaseStatus } from '../generated/resolvers-types.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { entryConditionRefusal } from './case-entry-conditions.js';
import { outcomeRefusal, transitionRefusal } from './case-transitions.js';

export interface TransitionOptions {
  /** Required to close, refused otherwise. */
  outcome?: CaseOutcome | null;
  note?: string | null;
  /** The argument path an illegal transition is reported on (`input.to` by default). */
  field?: string;
  /** The argument a stale version is reported on, when the caller has one (`input.expectedVersion`). */
  versionField?: string;
  /** Columns that change with the status (enrolment sets `enrolledOn` and `tutorUserId`). */
  set?: Partial<Pick<BeneficiaryEntity, 'enrolledOn' | 'tutorUserId'>>;
}

/**
 * Changes a beneficiary's columns inside the caller's transaction, provided the row is still at the version it
 * was read at (CONFLICT otherwise, reported on `versionField` when given); bumps the version and answers the row as it is now.
 */
export async function updateCase(
  manager: EntityManager,
  beneficiary: BeneficiaryEntity,
  set: Partial<Pick<BeneficiaryEntity, 'caseStatus' | 'outcome' | 'closedOn' | 'enrolledOn' | 'tutorUserId'>>,
  versionField?: string,
): Promise<BeneficiaryEntity> {
  const result = await manager
    .createQueryBuilder()
    .update(BeneficiaryEntity)
    .set({ ...set, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id: beneficiary.id, version: beneficiary.version })
    .execute();
  if (result.affected !== 1) {
    throw conflict('The case was changed by someone else since it was read: reload it and decide again', versionField);
  }
  return manager.getRepository(BeneficiaryEntity).findOneByOrFail({ id: beneficiary.id });
}

/**
 * Moves a case to `to` inside the caller's transaction: checks the path (BAD_USER_INPUT naming the allowed
 * targets; CASE_CLOSED from a closed case), the outcome (required to close), the facts the status needs
 * (CASE_FACT_MISSING naming the missing one, `case-entry-conditions.ts`), the version the beneficiary was read at
 * (CONFLICT), and keeps the history. For modules whose own change moves the case (an agreed plan, an assessment): call it with the
 * transaction's manager, before `audit.change`. Authorization is the caller's business.
 */
export async function transitionCase(
  manager: EntityManager,
  beneficiary: BeneficiaryEntity,
  to: CaseStatus,
  actor: { userId: string },
  options: TransitionOptions = {},
): Promise<BeneficiaryEntity> {
  const field = options.field ?? 'input.to';
  const refusal = transitionRefusal(beneficiary.caseStatus, to);
  if (refusal) throw beneficiary.caseStatus === 'CLOSED' ? caseClosed(refusal, field) : badUserInput(refusal, field);
  const outcomeProblem = outcomeRefusal(to, options.outcome);
  if (outcomeProblem) throw badUserInput(outcomeProblem, 'input.outcome');
  const missingFact = await entryConditionRefusal(manager, beneficiary.id, to, field);
  if (missingFact) throw missingFact;
  const closing = to === 'CLOSED';
  const updated = await updateCase(
    manager,
    beneficiary,
    {
      ...options.set,
      caseStatus: to,
      outcome: closing ? options.outcome! : null,
      closedOn: closing ? todayInItaly() : null,
    },
    options.versionField,
  );
  await manager.getRepository(CaseStatusChangeEntity).insert({
    beneficiaryId: beneficiary.id,
    from: beneficiary.caseStatus,
    to,
    outcome: closing ? options.outcome! : null,
    note: options.note ?? null,
    changedAt: new Date(),
    changedBy: actor.userId,
  });
  return updated;
}
