import {
  badUserInput,
  type BeneficiaryRepresentation,
  type Caller,
  conflict,
  createListLoader,
  forbidden,
  isIsoDate,
  notFound,
  parseId,
  readBeneficiary,
  type RequestAudit,
  todayInItaly,
} from '@shubh/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnrollmentStatus, RecordEnrollmentInput, UpdateEnrollmentInput } from '../generated/resolvers-types.js';
import type { ReferralEntity } from '../referral/referral.entity.js';
import { ServiceEntity } from '../service/service.entity.js';
import type { ServiceService } from '../service/service.service.js';
import { historyScope, requireEnrollmentRecorderRole } from './enrollment-access.js';
import { ServiceEnrollmentEntity } from './service-enrollment.entity.js';

const FINISHED: readonly EnrollmentStatus[] = ['COMPLETED', 'DROPPED_OUT'];
const MAX_OUTCOME = 2000;
const AUDITED_FIELDS = ['serviceHistory'];

/** Service histories for one request and one caller, and the changes to them. */
export class EnrollmentService {
  readonly #all;
  /** The enrolments in the caller's organisation's services (a partner operator's view). */
  readonly #inOwnServices;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: ServiceService,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    const repository = dataSource.getRepository(ServiceEnrollmentEntity);
    this.#all = createListLoader<string, ServiceEnrollmentEntity>(
      (ids) =>
        repository
          .createQueryBuilder('e')
          .where('e.beneficiary_id IN (:...ids)', { ids })
          .orderBy('e.started_on', 'DESC')
          .addOrderBy('e.id')
          .getMany(),
      (enrollment) => enrollment.beneficiaryId,
    );
    this.#inOwnServices = createListLoader<string, ServiceEnrollmentEntity>(
      (ids) =>
        repository
          .createQueryBuilder('e')
          .innerJoin(ServiceEntity, 's', 's.id = e.service_id')
          .where('e.beneficiary_id IN (:...ids)', { ids })
          .andWhere('s.provider_id = :organisation', { organisation: caller.organisationId })
          .orderBy('e.started_on', 'DESC')
          .addOrderBy('e.id')
          .getMany(),
      (enrollment) => enrollment.beneficiaryId,
    );
  }

  /**
   * `Beneficiary.serviceHistory`: what the caller may see of the person's enrolments (FORBIDDEN before any read
   * when nothing), batched across the request's beneficiaries, and noted for the audit trail.
   */
  async historyOf(representation: BeneficiaryRepresentation): Promise<ServiceEnrollmentEntity[]> {
    const beneficiary = readBeneficiary(representation);
    const scope = historyScope(this.caller, beneficiary);
    const enrollments = await (scope.kind === 'all' ? this.#all : this.#inOwnServices).load(beneficiary.id);
    this.audit.read(beneficiary.id, AUDITED_FIELDS);
    return enrollments;
  }

  /** Every enrolment of these people (batched): for checks that already authorized the caller. */
  allOf(beneficiaryId: string): Promise<ServiceEnrollmentEntity[]> {
    return this.#all.load(beneficiaryId);
  }

  async record(input: RecordEnrollmentInput): Promise<ServiceEnrollmentEntity> {
    requireEnrollmentRecorderRole(this.caller);
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const service = await this.services.get(input.serviceId, 'input.serviceId');
    await this.requireRecorder(beneficiaryId, service);
    const referralId = input.referralId == null ? null : parseId(input.referralId, 'input.referralId');
    const fields = checkFields(input.status, input.startedOn, input.endedOn ?? null, parseOutcome(input.outcome, 'input.outcome'), 'input');
    return this.dataSource.transaction(async (manager) => {
      if (referralId) await checkReferral(manager, referralId, beneficiaryId, service.id);
      const saved = await manager
        .getRepository(ServiceEnrollmentEntity)
        .save({ beneficiaryId, serviceId: service.id, referralId, ...fields, recordedBy: this.caller.userId })
        .catch((error: unknown) => {
          // Two recordings of the same referral at once: the unique index lets one through.
          if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') {
            throw conflict('This referral already has its enrolment: change that one', 'input.referralId');
          }
          throw error;
        });
      await this.audit.change(manager, 'recordEnrollment', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { enrollmentId: saved.id, serviceId: service.id, referralId, status: fields.status },
      });
      return manager.getRepository(ServiceEnrollmentEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, input: UpdateEnrollmentInput): Promise<ServiceEnrollmentEntity> {
    requireEnrollmentRecorderRole(this.caller);
    const enrollmentId = parseId(id, 'id');
    const existing = await this.dataSource.getRepository(ServiceEnrollmentEntity).findOneBy({ id: enrollmentId });
    if (!existing) throw notFound('service enrollment', id, 'id');
    await this.requireRecorder(existing.beneficiaryId, await this.services.referencedBy(existing.serviceId));
    if (input.status === null) throw badUserInput('input.status cannot be null: leave it out to keep it', 'input.status');
    if (input.startedOn === null) throw badUserInput('input.startedOn cannot be null: leave it out to keep it', 'input.startedOn');
    const fields = checkFields(
      input.status ?? existing.status,
      input.startedOn ?? existing.startedOn,
      input.endedOn === undefined ? existing.endedOn : input.endedOn,
      input.outcome === undefined ? existing.outcome : parseOutcome(input.outcome, 'input.outcome'),
      'input',
    );
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ServiceEnrollmentEntity).update({ id: enrollmentId }, { ...fields, updatedAt: () => 'now()' });
      await this.audit.change(manager, 'updateEnrollment', {
        beneficiaryId: existing.beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { enrollmentId, from: existing.status, to: fields.status },
      });
      return manager.getRepository(ServiceEnrollmentEntity).findOneByOrFail({ id: enrollmentId });
    });
  }

  /**
   * Completing a referral completes the person's enrolment in the service (their service history shows it),
   * creating it when the provider recorded none. Runs inside the referral's transaction.
   */
  async completeFromReferral(manager: EntityManager, referral: ReferralEntity, outcome: string): Promise<void> {
    const today = todayInItaly();
    const repository = manager.getRepository(ServiceEnrollmentEntity);
    const existing = await repository.findOneBy({ referralId: referral.id });
    if (existing) {
      const endedOn = existing.startedOn > today ? existing.startedOn : today;
      await repository.update({ id: existing.id }, { status: 'COMPLETED', endedOn, outcome, updatedAt: () => 'now()' });
      return;
    }
    const [accepted]: { day: string | null }[] = await manager.query(
      `SELECT to_char(max(at) AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD') AS day
       FROM catalogue.referral_transition WHERE referral_id = $1 AND to_status = 'ACCEPTED'`,
      [referral.id],
    );
    const startedOn = accepted?.day && accepted.day < today ? accepted.day : today;
    await repository.insert({
      beneficiaryId: referral.beneficiaryId,
      serviceId: referral.serviceId,
      referralId: referral.id,
      status: 'COMPLETED',
      startedOn,
      endedOn: today,
      outcome,
      recordedBy: this.caller.userId,
    });
  }

  /**
   * Administrators; a partner operator for their own organisation's services; a tutor or coordinator whose corner
   * referred the person (mutations cannot receive the person's corner, a referral of theirs is the link).
   */
  private async requireRecorder(beneficiaryId: string, service: ServiceEntity): Promise<void> {
    if (this.caller.isNetworkAdmin) return;
    if (this.caller.has('partner-operator') && this.caller.organisationId === service.providerId) return;
    if (this.caller.hasAny('tutor', 'corner-coordinator') && this.caller.cornerIds.length > 0) {
      const [link]: unknown[] = await this.dataSource.query(
        'SELECT 1 FROM catalogue.referral WHERE beneficiary_id = $1 AND from_corner_id = ANY($2::uuid[]) LIMIT 1',
        [beneficiaryId, this.caller.cornerIds],
      );
      if (link) return;
    }
    throw forbidden("Only an administrator, the service's provider or a corner that referred the person may record their enrolments");
  }
}

function parseOutcome(outcome: string | null | undefined, field: string): string | null {
  if (outcome == null) return null;
  const text = outcome.trim();
  if (text === '') return null;
  if (text.length > MAX_OUTCOME) throw badUserInput(`${field} must be at most ${MAX_OUTCOME} characters`, field);
  return text;
}

/** The fields of an enrolment, consistent: a finished one has an end, a running one has none. */
function checkFields(status: EnrollmentStatus, startedOn: string, endedOn: string | null, outcome: string | null, path: string) {
  const finished = FINISHED.includes(status);
  if (finished && endedOn === null) throw badUserInput(`A ${status} enrolment needs ${path}.endedOn`, `${path}.endedOn`);
  if (!finished && endedOn !== null) {
    throw badUserInput(`An ${status} enrolment has not ended: leave ${path}.endedOn out`, `${path}.endedOn`);
  }
  if (endedOn !== null && isIsoDate(endedOn) && endedOn < startedOn) {
    throw badUserInput(`${path}.endedOn must not be before ${path}.startedOn (${startedOn})`, `${path}.endedOn`);
  }
  return { status, startedOn, endedOn, outcome };
}

/** The referral an enrolment comes from: the same person, the same service, not linked to another enrolment. */
async function checkReferral(manager: EntityManager, referralId: string, beneficiaryId: string, serviceId: string): Promise<void> {
  const [referral]: { beneficiary_id: string; service_id: string; linked: boolean }[] = await manager.query(
    `SELECT r.beneficiary_id, r.service_id,
            EXISTS (SELECT 1 FROM catalogue.service_enrollment e WHERE e.referral_id = r.id) AS linked
     FROM catalogue.referral r WHERE r.id = $1`,
    [referralId],
  );
  if (!referral) throw notFound('referral', referralId, 'input.referralId');
  if (referral.beneficiary_id !== beneficiaryId || referral.service_id !== serviceId) {
    throw badUserInput('input.referralId is a referral of another person or to another service', 'input.referralId');
  }
  if (referral.linked) throw conflict('This referral already has its enrolment: change that one', 'input.referralId');
}
