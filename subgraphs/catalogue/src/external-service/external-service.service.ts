import {
  badUserInput,
  caseClosed,
  type CaseAccessLoader,
  type Caller,
  conflict,
  type ContextWith,
  createListLoader,
  notFound,
  NOTE_TEXT,
  PAST_DAY,
  parseId,
  readDate,
  readOptionalDate,
  readOptionalText,
  readText,
  type RequestAudit,
  type ServiceScope,
  SHORT_TEXT,
  todayInItaly,
} from '@shubh/platform';
import { type DataSource, IsNull } from 'typeorm';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import type { enrollmentServices } from '../enrollment/enrollment.module.js';
import type { EnrollmentService } from '../enrollment/enrollment.service.js';
import type { ServiceEnrollmentEntity } from '../enrollment/service-enrollment.entity.js';
import type { RecordExternalServiceInput } from '../generated/resolvers-types.js';
import type { organisationServices } from '../organisation/organisation.module.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import { ExternalServiceEntity } from './external-service.entity.js';
import { externalServicePolicy } from './external-service.policy.js';

const AUDITED_FIELDS = ['externalServices'];

type Context = ContextWith<typeof caseAccessServices & typeof enrollmentServices & typeof organisationServices>;

/** A service the person received: an enrolment in the catalogue's, or one received before SHUBH. */
export type ServiceRecord = ServiceEnrollmentEntity | ExternalServiceEntity;

/** The services people received before SHUBH, for one request and one caller, and the changes to them. */
export class ExternalServiceService {
  /** Every record of these people, withdrawn ones too, newest first: one statement per batch of people. */
  readonly #all;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly caseAccess: CaseAccessLoader;
  private readonly enrollments: EnrollmentService;
  private readonly organisations: OrganisationService;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.caseAccess = context.caseAccess;
    this.enrollments = context.enrollments;
    this.organisations = context.organisations;
    const repository = dataSource.getRepository(ExternalServiceEntity);
    this.#all = createListLoader<string, ExternalServiceEntity>(
      (ids) =>
        repository
          .createQueryBuilder('x')
          .where('x.beneficiary_id IN (:...ids)', { ids })
          .orderBy('x.started_on', 'DESC')
          .addOrderBy('x.recorded_at', 'DESC')
          .addOrderBy('x.id')
          .getMany(),
      (record) => record.beneficiaryId,
    );
  }

  /** `Beneficiary.externalServices`: the case file's (FORBIDDEN before any read otherwise), withdrawn ones included. */
  async of(beneficiaryId: string): Promise<ExternalServiceEntity[]> {
    const person = await this.caseAccess.factsOf(beneficiaryId);
    externalServicePolicy.assert(this.caller, 'read', person);
    const records = await this.#all.load(person.id);
    this.audit.read(person.id, AUDITED_FIELDS);
    return records;
  }

  /**
   * `Beneficiary.servicesReceived`: the enrolments the caller may see (their own rule: a partner operator sees its
   * own services') and, for who reads the case file, the services received before SHUBH that stand; newest first.
   */
  async servicesReceived(beneficiaryId: string): Promise<ServiceRecord[]> {
    const person = await this.caseAccess.factsOf(beneficiaryId);
    const enrollments = await this.enrollments.historyOf(person.id);
    if (!externalServicePolicy.may(this.caller, 'read', person)) return enrollments;
    const external = (await this.#all.load(person.id)).filter((record) => record.withdrawnAt === null);
    this.audit.read(person.id, AUDITED_FIELDS);
    return [...enrollments, ...external].sort((a, b) => (a.startedOn < b.startedOn ? 1 : a.startedOn > b.startedOn ? -1 : 0));
  }

  /** Every record of the person, withdrawn ones too (batched): for checks that already authorized the caller. */
  allOf(beneficiaryId: string): Promise<ExternalServiceEntity[]> {
    return this.#all.load(beneficiaryId);
  }

  async record(input: RecordExternalServiceInput): Promise<ExternalServiceEntity> {
    externalServicePolicy.assert(this.caller, 'recordAny');
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const fields = readFields(input);
    const person = await this.caseAccess.load(beneficiaryId);
    if (!person) throw notFound('beneficiary', input.beneficiaryId, 'input.beneficiaryId');
    externalServicePolicy.assert(this.caller, 'record', person);
    if (person.caseStatus === 'CLOSED') {
      throw caseClosed('The case is CLOSED: nothing is recorded for it; a coordinator may reopen it', 'input.beneficiaryId');
    }
    const provider = await this.providerOf(fields.providerOrganisationId);
    // Left out, the name is the organisation's (readFields saw that one of the two is given).
    const providerName = fields.providerName ?? provider!.name;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ExternalServiceEntity);
      const saved = await repository.save({ beneficiaryId, ...fields, providerName, recordedBy: this.caller.userId });
      await this.audit.change(manager, 'recordExternalService', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { externalServiceId: saved.id, type: fields.type, area: fields.area, programme: fields.programme },
      });
      return repository.findOneByOrFail({ id: saved.id });
    });
  }

  /** Marks a mistaken record as withdrawn (kept, with who, when and why); it no longer counts anywhere. */
  async withdraw(id: string, reasonArgument: string): Promise<ExternalServiceEntity> {
    externalServicePolicy.assert(this.caller, 'recordAny');
    const recordId = parseId(id, 'id');
    const reason = readText(reasonArgument, 'reason', NOTE_TEXT);
    const repository = this.dataSource.getRepository(ExternalServiceEntity);
    const existing = await repository.findOneBy({ id: recordId });
    if (!existing) throw notFound('external service', id, 'id');
    const person = await this.caseAccess.factsOf(existing.beneficiaryId);
    externalServicePolicy.assert(this.caller, 'withdraw', person);
    if (person.caseStatus === 'CLOSED') {
      throw caseClosed('The case is CLOSED: nothing is withdrawn from it; a coordinator may reopen it', 'id');
    }
    return this.dataSource.transaction(async (manager) => {
      // Conditional: of two withdrawals at once, one goes through and the other is told.
      const { affected } = await manager
        .getRepository(ExternalServiceEntity)
        .update(
          { id: recordId, withdrawnAt: IsNull() },
          { withdrawnAt: () => 'now()', withdrawnBy: this.caller.userId, withdrawalReason: reason },
        );
      if (affected === 0) throw conflict('This record is already withdrawn', 'id');
      await this.audit.change(manager, 'withdrawExternalService', {
        beneficiaryId: existing.beneficiaryId,
        fields: AUDITED_FIELDS,
        reason,
        details: { externalServiceId: recordId },
      });
      return manager.getRepository(ExternalServiceEntity).findOneByOrFail({ id: recordId });
    });
  }

  /** The organisation named as provider: one the catalogue holds and has not deactivated, else BAD_USER_INPUT. */
  private async providerOf(organisationId: string | null) {
    if (organisationId === null) return null;
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation || organisation.deactivatedAt !== null) {
      throw badUserInput(
        'input.providerOrganisationId is no organisation of the network (unknown or deactivated): leave it out and give input.providerName',
        'input.providerOrganisationId',
      );
    }
    return organisation;
  }
}

/** The record's fields, each checked where it stands (nothing is read from the database here). */
function readFields(input: RecordExternalServiceInput) {
  const today = todayInItaly();
  const startedOn = readDate(input.startedOn, 'input.startedOn', PAST_DAY, today);
  const endedOn = readOptionalDate(input.endedOn ?? null, 'input.endedOn', PAST_DAY, today);
  if (endedOn !== null && endedOn < startedOn) {
    throw badUserInput(`input.endedOn must not be before input.startedOn (${startedOn})`, 'input.endedOn');
  }
  const providerName = readOptionalText(input.providerName, 'input.providerName', SHORT_TEXT);
  const providerOrganisationId =
    input.providerOrganisationId == null ? null : parseId(input.providerOrganisationId, 'input.providerOrganisationId');
  if (providerName === null && providerOrganisationId === null) {
    throw badUserInput('input.providerName is required when input.providerOrganisationId is not given', 'input.providerName');
  }
  return {
    providerName,
    providerOrganisationId,
    programme: readText(input.programme, 'input.programme', SHORT_TEXT),
    type: input.type,
    area: input.area,
    startedOn,
    endedOn,
    evidence: readOptionalText(input.evidence, 'input.evidence', SHORT_TEXT),
  };
}
