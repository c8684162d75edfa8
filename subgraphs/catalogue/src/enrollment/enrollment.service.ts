import {
  badUserInput,
  type CaseAccessLoader,
  type Caller,
  conflict,
  type ContextWith,
  createListLoader,
  isIsoDate,
  notFound,
  NOTE_TEXT,
  parseId,
  readOptionalText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unlessUnique,
} from '@shubh/platform';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnrollmentStatus, RecordEnrollmentInput, UpdateEnrollmentInput } from '../generated/resolvers-types.js';
import type { ReferralEntity } from '../referral/referral.entity.js';
import { releasePlace } from '../service/places.js';
import type { serviceServices } from '../service/service.module.js';
import { ServiceEntity } from '../service/service.entity.js';
import type { ServiceService } from '../service/service.service.js';
import { enrollmentPolicy } from './enrollment.policy.js';
import { ServiceEnrollmentEntity } from './service-enrollment.entity.js';

const FINISHED: readonly EnrollmentStatus[] = ['COMPLETED', 'DROPPED_OUT'];
const AUDITED_FIELDS = ['serviceHistory'];

/** Service histories for one request and one caller, and the changes to them. */
export class EnrollmentService {
  readonly #all;
  /** The enrolments in the caller's organisation's services (a partner operator's view). */
  readonly #inOwnServices;

  private readonly dataSource: DataSource;
  private readonly services: ServiceService;
  private readonly caseAccess: CaseAccessLoader;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof serviceServices & typeof caseAccessServices>>) {
    this.dataSource = dataSource;
    this.services = context.services;
    this.caseAccess = context.caseAccess;
    this.caller = caller;
    this.audit = audit;
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
  async historyOf(beneficiaryId: string): Promise<ServiceEnrollmentEntity[]> {
    const person = await this.caseAccess.factsOf(beneficiaryId);
    let enrollments: ServiceEnrollmentEntity[];
    if (enrollmentPolicy.may(this.caller, 'readHistory', person)) {
      enrollments = await this.#all.load(person.id);
    } else {
      enrollmentPolicy.assert(this.caller, 'readOwnServicesHistory');
      enrollments = await this.#inOwnServices.load(person.id);
    }
    this.audit.read(person.id, AUDITED_FIELDS);
    return enrollments;
  }

  /** Every enrolment of these people (batched): for checks that already authorized the caller. */
  allOf(beneficiaryId: string): Promise<ServiceEnrollmentEntity[]> {
    return this.#all.load(beneficiaryId);
  }

  async record(input: RecordEnrollmentInput): Promise<ServiceEnrollmentEntity> {
    enrollmentPolicy.assert(this.caller, 'recordAny');
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const service = await this.services.get(input.serviceId, 'input.serviceId');
    await this.requireRecorder(beneficiaryId, service, 'input.beneficiaryId');
    const referralId = input.referralId == null ? null : parseId(input.referralId, 'input.referralId');
    const fields = checkFields(input.status, input.startedOn, input.endedOn ?? null, parseOutcome(input.outcome, 'input.outcome'), 'input');
    return this.dataSource.transaction(async (manager) => {
      if (referralId) await checkReferral(manager, referralId, beneficiaryId, service.id);
      // Two recordings of the same referral at once: the unique index lets one through.
      const saved = await unlessUnique(
        manager
          .getRepository(ServiceEnrollmentEntity)
          .save({ beneficiaryId, serviceId: service.id, referralId, ...fields, recordedBy: this.caller.userId }),
        () => conflict('This referral already has its enrolment: change that one', 'input.referralId'),
      );
      await this.audit.change(manager, 'recordEnrollment', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { enrollmentId: saved.id, serviceId: service.id, referralId, status: fields.status },
      });
      return manager.getRepository(ServiceEnrollmentEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, input: UpdateEnrollmentInput): Promise<ServiceEnrollmentEntity> {
    enrollmentPolicy.assert(this.caller, 'recordAny');
    const enrollmentId = parseId(id, 'id');
    const existing = await this.dataSource.getRepository(ServiceEnrollmentEntity).findOneBy({ id: enrollmentId });
    if (!existing) throw notFound('service enrollment', id, 'id');
    await this.requireRecorder(existing.beneficiaryId, await this.services.referencedBy(existing.serviceId), 'id');
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
      // A drop-out from a referred place gives a concurrent place back (the rule: service/places.ts).
      if (existing.referralId && fields.status === 'DROPPED_OUT') await releasePlace(manager, existing.referralId, 'DROPPED_OUT');
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

  /** The person exists (NOT_FOUND on `field` otherwise) and the policy lets the caller record for them at this service. */
  private async requireRecorder(beneficiaryId: string, service: ServiceEntity, field: string): Promise<void> {
    const person = await this.caseAccess.load(beneficiaryId);
    if (!person) throw notFound('beneficiary', beneficiaryId, field);
    enrollmentPolicy.assert(this.caller, 'record', { person, providerId: service.providerId });
  }
}

function parseOutcome(outcome: string | null | undefined, field: string): string | null {
  return readOptionalText(outcome, field, NOTE_TEXT);
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
