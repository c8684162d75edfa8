import {
  badUserInput,
  type Caller,
  conflict,
  type ContextWith,
  createListLoader,
  isIsoDate,
  NOTE_TEXT,
  parseId,
  readOptionalText,
  readText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import { eligibilityOn } from '../eligibility/eligibility.js';
import type { ChangeCaseStatusInput, EnrolBeneficiaryInput } from '../generated/resolvers-types.js';
import { assertCaseOpen } from './case-guard.js';
import { caseLifecyclePolicy } from './case-lifecycle.policy.js';
import { assertOnCornerTeam } from './corner-team.js';
import { CaseStatusChangeEntity } from './case-status-change.entity.js';
import { transitionRefusal } from './case-transitions.js';
import { transitionCase, updateCase } from './transition-case.js';
import { TutorAssignmentEntity } from './tutor-assignment.entity.js';

/** Where a case stands and who follows it: status changes, enrolment, hand-overs between tutors. */
export class CaseLifecycleService {
  readonly #history;
  readonly #assignments;

  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    this.#history = createListLoader<string, CaseStatusChangeEntity>(
      (ids) =>
        dataSource
          .getRepository(CaseStatusChangeEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { changedAt: 'ASC', id: 'ASC' } }),
      (change) => change.beneficiaryId,
    );
    this.#assignments = createListLoader<string, TutorAssignmentEntity>(
      (ids) =>
        dataSource
          .getRepository(TutorAssignmentEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { assignedAt: 'ASC', id: 'ASC' } }),
      (assignment) => assignment.beneficiaryId,
    );
  }

  /** The status history of a person the caller may see, if they may read the case's history. */
  statusHistoryOf(beneficiary: BeneficiaryEntity): Promise<CaseStatusChangeEntity[]> {
    caseLifecyclePolicy.assert(this.caller, 'readHistory', beneficiary);
    this.audit.read(beneficiary.id, ['statusHistory']);
    return this.#history.load(beneficiary.id);
  }

  tutorAssignmentsOf(beneficiary: BeneficiaryEntity): Promise<TutorAssignmentEntity[]> {
    caseLifecyclePolicy.assert(this.caller, 'readHistory', beneficiary);
    this.audit.read(beneficiary.id, ['tutorAssignments']);
    return this.#assignments.load(beneficiary.id);
  }

  async changeStatus(beneficiaryId: string, input: ChangeCaseStatusInput): Promise<BeneficiaryEntity> {
    const beneficiary = await this.#editable(beneficiaryId);
    const note = readNote(input.note, 'input.note');
    if (input.to === 'ENROLLED') {
      // Checked against the path first, so that the message for, say, IN_PROGRESS -> ENROLLED names what is allowed.
      const refusal = transitionRefusal(beneficiary.caseStatus, 'ENROLLED');
      throw badUserInput(
        refusal ?? 'Enrolment records the enrolment day and the tutor: use enrolBeneficiary for REFERRED -> ENROLLED',
        'input.to',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedCase(manager, beneficiary.id);
      if (current.version !== input.expectedVersion) {
        throw conflict(
          `The case changed since version ${input.expectedVersion} (it is at version ${current.version}, ${current.caseStatus}): reload it and decide again`,
          'input.expectedVersion',
        );
      }
      // Closing is always possible; a closed case is refused by the path itself (CASE_CLOSED).
      if (current.caseStatus !== 'CLOSED' && input.to !== 'CLOSED') await assertCaseOpen(manager, current.id);
      const updated = await transitionCase(manager, current, input.to, this.caller, {
        outcome: input.outcome ?? null,
        note,
        versionField: 'input.expectedVersion',
      });
      await this.audit.change(manager, 'changeCaseStatus', {
        beneficiaryId: beneficiary.id,
        fields: input.to === 'CLOSED' ? ['caseStatus', 'outcome', 'closedOn'] : ['caseStatus'],
        details: { from: current.caseStatus, to: input.to, outcome: input.outcome ?? null, note },
      });
      return updated;
    });
  }

  async enrol(beneficiaryId: string, input: EnrolBeneficiaryInput): Promise<BeneficiaryEntity> {
    const tutorUserId = parseId(input.tutorUserId, 'input.tutorUserId');
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    // A tutor of the person's corner may enrol them by taking the case; handing it to someone else is the coordinator's.
    caseLifecyclePolicy.assert(this.caller, 'enrol', { person: beneficiary, tutorUserId });
    if (!isIsoDate(input.enrolledOn)) throw badUserInput('input.enrolledOn must be a day (YYYY-MM-DD)', 'input.enrolledOn');
    const today = todayInItaly();
    if (input.enrolledOn > today) throw badUserInput(`input.enrolledOn must not be in the future (today is ${today})`, 'input.enrolledOn');
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedCase(manager, beneficiary.id);
      if (current.caseStatus !== 'REFERRED') {
        throw conflict(`Only a REFERRED case can be enrolled; this one is ${current.caseStatus}`, 'beneficiaryId');
      }
      await assertCaseOpen(manager, current.id);
      await assertOnCornerTeam(manager, current.integraCornerId, tutorUserId, 'input.tutorUserId');
      const eligibility = eligibilityOn(current, input.enrolledOn, true);
      if (!eligibility.eligible) {
        // The reasons that refuse it: a protection status that is fine is not one of them.
        const refusing = eligibility.protectionEligible ? eligibility.reasons.slice(1) : eligibility.reasons;
        throw badUserInput(`Not eligible on ${input.enrolledOn}: ${refusing.join('; ')}`, 'input.enrolledOn');
      }
      const updated = await transitionCase(manager, current, 'ENROLLED', this.caller, {
        note: `Enrolled on ${input.enrolledOn}`,
        set: { enrolledOn: input.enrolledOn, tutorUserId },
      });
      if (current.tutorUserId !== tutorUserId) {
        await manager.getRepository(TutorAssignmentEntity).insert({
          beneficiaryId: current.id,
          fromTutorUserId: current.tutorUserId,
          toTutorUserId: tutorUserId,
          assignedAt: new Date(),
          assignedBy: this.caller.userId,
          note: 'Assigned at enrolment',
        });
      }
      await this.audit.change(manager, 'enrolBeneficiary', {
        beneficiaryId: current.id,
        fields: ['caseStatus', 'enrolledOn', 'tutorUserId'],
        details: { enrolledOn: input.enrolledOn, tutorUserId },
      });
      return updated;
    });
  }

  async assignTutor(
    beneficiaryId: string,
    tutorUserIdArgument: string,
    noteArgument: string | null | undefined,
  ): Promise<BeneficiaryEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    caseLifecyclePolicy.assert(this.caller, 'assignTutor', beneficiary);
    const tutorUserId = parseId(tutorUserIdArgument, 'tutorUserId');
    const note = readNote(noteArgument, 'note');
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedCase(manager, beneficiary.id);
      await assertCaseOpen(manager, current.id, 'record-keeping');
      if (current.tutorUserId === tutorUserId) throw badUserInput('This tutor already follows the case', 'tutorUserId');
      await assertOnCornerTeam(manager, current.integraCornerId, tutorUserId, 'tutorUserId');
      const updated = await updateCase(manager, current, { tutorUserId });
      await manager.getRepository(TutorAssignmentEntity).insert({
        beneficiaryId: current.id,
        fromTutorUserId: current.tutorUserId,
        toTutorUserId: tutorUserId,
        assignedAt: new Date(),
        assignedBy: this.caller.userId,
        note,
      });
      await this.audit.change(manager, 'assignTutor', {
        beneficiaryId: current.id,
        fields: ['tutorUserId'],
        details: { fromTutorUserId: current.tutorUserId, toTutorUserId: tutorUserId, note },
      });
      return updated;
    });
  }

  /**
   * Reopens a CLOSED case (a coordinator of the person's corner or an administrator, with a reason): the case goes
   * back to the status it was closed from, its outcome and closing day are cleared, and the history keeps both the
   * closure and the reopening.
   */
  async reopen(beneficiaryId: string, reasonArgument: string, expectedVersion: number): Promise<BeneficiaryEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    caseLifecyclePolicy.assert(this.caller, 'reopen', beneficiary);
    const reason = readText(reasonArgument, 'reason', { ...NOTE_TEXT, min: 10 });
    return this.dataSource.transaction(async (manager) => {
      const current = await lockedCase(manager, beneficiary.id);
      if (current.version !== expectedVersion) {
        throw conflict(
          `The case changed since version ${expectedVersion} (it is at version ${current.version}): reload it`,
          'expectedVersion',
        );
      }
      if (current.caseStatus !== 'CLOSED')
        throw conflict(`Only a CLOSED case is reopened; this one is ${current.caseStatus}`, 'beneficiaryId');
      if (current.anonymisedAt) {
        throw conflict('Retention anonymised this case: it cannot be reopened; record the person again', 'beneficiaryId');
      }
      const closure = await manager
        .getRepository(CaseStatusChangeEntity)
        .findOne({ where: { beneficiaryId: current.id, to: 'CLOSED' }, order: { changedAt: 'DESC', id: 'DESC' } });
      const to = closure?.from ?? 'ENROLLED';
      const updated = await updateCase(manager, current, { caseStatus: to, outcome: null, closedOn: null }, 'expectedVersion');
      await manager.getRepository(CaseStatusChangeEntity).insert({
        beneficiaryId: current.id,
        from: 'CLOSED',
        to,
        outcome: null,
        note: `Reopened: ${reason}`,
        changedAt: new Date(),
        changedBy: this.caller.userId,
      });
      await this.audit.change(manager, 'reopenCase', {
        beneficiaryId: current.id,
        fields: ['caseStatus', 'outcome', 'closedOn'],
        reason,
        details: { from: 'CLOSED', to, closedOutcome: current.outcome, closedOn: current.closedOn },
      });
      return updated;
    });
  }

  /** A beneficiary the caller may change: NOT_FOUND / FORBIDDEN otherwise. */
  async #editable(beneficiaryId: string): Promise<BeneficiaryEntity> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    caseLifecyclePolicy.assert(this.caller, 'changeStatus', beneficiary);
    return beneficiary;
  }
}

/** The case row, locked until the transaction ends: two changes of one case are made one after the other. */
function lockedCase(manager: EntityManager, id: string): Promise<BeneficiaryEntity> {
  return manager.getRepository(BeneficiaryEntity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
}

function readNote(note: string | null | undefined, field: string): string | null {
  return readOptionalText(note, field, NOTE_TEXT);
}
