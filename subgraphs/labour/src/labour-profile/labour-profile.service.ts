import {
  badUserInput,
  conflict,
  createListLoader,
  notFound,
  parseId,
  parseProvince,
  readText,
  SHORT_TEXT,
  SharedRecordReader,
  todayInItaly,
  type CaseAccessLoader,
  type ContextWith,
  type Caller,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { EmploymentStatus, RecordLabourProfileInput } from '../generated/resolvers-types.js';
import { parseDrivingLicence, parseIscoUnitGroup } from '../isco-08.js';
import { EmploymentStatusChangeEntity, LabourProfileEntity } from './labour-profile.entity.js';
import { labourProfilePolicy } from './labour-profile.policy.js';

const AUDITED_FIELDS = ['labourProfile'];
const MAX_DESIRED_OCCUPATIONS = 5;

/** A person's labour profile, for one request: read under the shared-record rule, recorded by the case's managers. */
export class LabourProfileService extends SharedRecordReader<LabourProfileEntity> {
  readonly #history;
  readonly #dataSource: DataSource;
  readonly #caller: Caller;
  readonly #audit: RequestAudit;
  readonly #caseAccess: CaseAccessLoader;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<{ caseAccess: typeof CaseAccessLoader }>>) {
    super(dataSource, LabourProfileEntity, caller, audit, { field: 'labourProfile', what: 'labour profile', purpose: 'LABOUR_MATCHING' });
    this.#dataSource = dataSource;
    this.#caller = caller;
    this.#audit = audit;
    this.#caseAccess = context.caseAccess;
    this.#history = createListLoader<string, EmploymentStatusChangeEntity>(
      (ids) =>
        dataSource
          .getRepository(EmploymentStatusChangeEntity)
          .find({ where: { beneficiaryId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (change) => change.beneficiaryId,
    );
  }

  /** The changes of status of a profile already read (so already authorized), oldest first; batched. */
  historyOf(profile: LabourProfileEntity): Promise<EmploymentStatusChangeEntity[]> {
    return this.#history.load(profile.beneficiaryId);
  }

  /** `LabourViewerCan.recordProfile`: the policy's `record`, on the contract's facts. */
  async mayRecord(beneficiaryId: string): Promise<boolean> {
    const facts = await this.#caseAccess.load(beneficiaryId);
    return !!facts && labourProfilePolicy.may(this.#caller, 'record', facts);
  }

  /** Records a first profile or replaces one (with the version read); a change of status joins the history. */
  async recordProfile(input: RecordLabourProfileInput): Promise<LabourProfileEntity> {
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const facts = await this.#caseAccess.load(beneficiaryId);
    if (!facts) throw notFound('beneficiary', input.beneficiaryId, 'input.beneficiaryId');
    labourProfilePolicy.assert(this.#caller, 'record', facts);
    const values = readProfile(input);
    const changedOn = notInFuture(input.statusChangedOn ?? todayInItaly(), 'input.statusChangedOn');
    return this.#dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(LabourProfileEntity);
      const current = await repository.findOne({ where: { beneficiaryId }, lock: { mode: 'pessimistic_write' } });
      if (current && input.expectedVersion == null) {
        throw conflict(
          `This person already has a labour profile (version ${current.version}): pass expectedVersion`,
          'input.expectedVersion',
          {
            currentVersion: current.version,
          },
        );
      }
      if (current && current.version !== input.expectedVersion) {
        throw conflict(
          `The labour profile changed since it was read (version ${current.version}, not ${input.expectedVersion})`,
          'input.expectedVersion',
          { currentVersion: current.version },
        );
      }
      if (!current && input.expectedVersion != null) {
        throw conflict('This person has no labour profile yet: omit expectedVersion', 'input.expectedVersion');
      }
      await repository.save({
        beneficiaryId,
        ...values,
        version: (current?.version ?? 0) + 1,
        updatedBy: this.#caller.userId,
      });
      if (current?.employmentStatus !== values.employmentStatus) {
        await this.recordStatusChange(manager, beneficiaryId, current?.employmentStatus ?? null, values.employmentStatus, changedOn, null);
      }
      await this.#audit.change(manager, current ? 'updateLabourProfile' : 'recordLabourProfile', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { version: (current?.version ?? 0) + 1, employmentStatus: values.employmentStatus },
      });
      return repository.findOneByOrFail({ beneficiaryId });
    });
  }

  /**
   * Moves a person's status inside the caller's transaction (a hire, a traineeship started), with its history row;
   * a person without a profile gets one. The caller of this method has authorized the change.
   */
  async moveStatus(
    manager: EntityManager,
    beneficiaryId: string,
    to: EmploymentStatus,
    changedOn: string,
    employmentId: string | null,
  ): Promise<void> {
    const repository = manager.getRepository(LabourProfileEntity);
    const current = await repository.findOne({ where: { beneficiaryId }, lock: { mode: 'pessimistic_write' } });
    if (current) {
      await repository.update({ beneficiaryId }, { employmentStatus: to, version: current.version + 1, updatedBy: this.#caller.userId });
    } else {
      await repository.insert({ beneficiaryId, employmentStatus: to, desiredIscoCodes: [], updatedBy: this.#caller.userId });
    }
    await this.recordStatusChange(manager, beneficiaryId, current?.employmentStatus ?? null, to, changedOn, employmentId);
  }

  /**
   * As `moveStatus`, only when the profile still says `from` (a traineeship ending moves a person IN_TRAINEESHIP;
   * a status someone recorded since is left as it is).
   */
  async moveStatusFrom(
    manager: EntityManager,
    beneficiaryId: string,
    from: EmploymentStatus,
    to: EmploymentStatus,
    changedOn: string,
  ): Promise<void> {
    const repository = manager.getRepository(LabourProfileEntity);
    const current = await repository.findOne({ where: { beneficiaryId }, lock: { mode: 'pessimistic_write' } });
    if (current?.employmentStatus !== from) return;
    await repository.update({ beneficiaryId }, { employmentStatus: to, version: current.version + 1, updatedBy: this.#caller.userId });
    await this.recordStatusChange(manager, beneficiaryId, from, to, changedOn, null);
  }

  private async recordStatusChange(
    manager: EntityManager,
    beneficiaryId: string,
    from: EmploymentStatus | null,
    to: EmploymentStatus,
    changedOn: string,
    employmentId: string | null,
  ): Promise<void> {
    await manager.getRepository(EmploymentStatusChangeEntity).insert({
      beneficiaryId,
      fromStatus: from,
      toStatus: to,
      changedOn,
      employmentId,
      byUser: this.#caller.userId,
      at: () => 'clock_timestamp()',
    });
  }
}

function notInFuture(day: string, field: string): string {
  if (day > todayInItaly()) throw badUserInput(`${field} cannot be in the future (${day})`, field);
  return day;
}

function readProfile(input: RecordLabourProfileInput) {
  if (input.desiredIscoCodes.length > MAX_DESIRED_OCCUPATIONS) {
    throw badUserInput(`input.desiredIscoCodes holds at most ${MAX_DESIRED_OCCUPATIONS} occupations`, 'input.desiredIscoCodes');
  }
  const desiredIscoCodes = input.desiredIscoCodes.map((code, i) => parseIscoUnitGroup(code, `input.desiredIscoCodes.${i}`));
  if (new Set(desiredIscoCodes).size !== desiredIscoCodes.length) {
    throw badUserInput('input.desiredIscoCodes names an occupation twice', 'input.desiredIscoCodes');
  }
  const years = input.workExperienceYears ?? null;
  if (years !== null && (years < 0 || years > 60)) {
    throw badUserInput(`input.workExperienceYears must be from 0 to 60, got ${years}`, 'input.workExperienceYears');
  }
  const hours = input.hoursPerWeek ?? null;
  if (hours !== null && (hours < 1 || hours > 60)) {
    throw badUserInput(`input.hoursPerWeek must be from 1 to 60, got ${hours}`, 'input.hoursPerWeek');
  }
  const registered = input.registeredWithEmploymentCentreOn ?? null;
  const declared = input.immediateAvailabilityDeclaredOn ?? null;
  if (registered) notInFuture(registered, 'input.registeredWithEmploymentCentreOn');
  if (declared) notInFuture(declared, 'input.immediateAvailabilityDeclaredOn');
  return {
    employmentStatus: input.employmentStatus,
    registeredWithEmploymentCentreOn: registered,
    immediateAvailabilityDeclaredOn: declared,
    desiredIscoCodes,
    workExperienceYears: years,
    hoursPerWeek: hours,
    shifts: [...new Set(input.shifts ?? [])],
    availableFrom: input.availableFrom ?? null,
    reachableProvinces: [...new Set((input.reachableProvinces ?? []).map((p, i) => parseProvince(p, `input.reachableProvinces.${i}`)))],
    reachableMunicipalities: [
      ...new Set((input.reachableMunicipalities ?? []).map((m, i) => readText(m, `input.reachableMunicipalities.${i}`, SHORT_TEXT))),
    ],
    drivingLicences: [...new Set((input.drivingLicences ?? []).map((l, i) => parseDrivingLicence(l, `input.drivingLicences.${i}`)))],
    ownVehicle: input.ownVehicle ?? false,
  };
}
