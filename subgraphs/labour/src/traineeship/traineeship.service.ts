import {
  assertInNetwork,
  addMonths,
  badUserInput,
  conflict,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  notFound,
  isId,
  paginate,
  parseId,
  parseProvince,
  readDate,
  readEuros,
  readOptionalText,
  readText,
  SHORT_TEXT,
  todayInItaly,
  daysBetween,
  unknownPerson,
  unlessUnique,
  type CaseAccessLoader,
  type Caller,
  type Connection,
  type ContextWith,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type {
  EndTraineeshipInput,
  QueryTraineeshipsArgs,
  StartTraineeshipInput,
  TraineeshipAttendanceInput,
  TraineeshipFilter,
  TraineeshipInterruptionReason,
  TraineeshipStatus,
} from '../generated/resolvers-types.js';
import type { labourProfileServices } from '../labour-profile/labour-profile.module.js';
import type { LabourProfileService } from '../labour-profile/labour-profile.service.js';
import { minimumAllowanceCents } from './traineeship-allowances.js';
import { traineeshipWorkflow } from './traineeship-workflow.js';
import { TraineeshipAttendanceEntity, TraineeshipEntity, TraineeshipTransitionEntity } from './traineeship.entity.js';
import { restrictToReadable, traineeshipPolicy, type TraineeshipFacts } from './traineeship.policy.js';

const AUDITED_FIELDS = ['traineeships'];
/** The longest traineeship the hub records, in months (the 2017 guidelines' limit for disadvantaged people). */
export const MAX_TRAINEESHIP_MONTHS = 12;
const MAX_ALLOWANCE_EUROS = 5_000;

type Context = ContextWith<typeof labourProfileServices>;

/**
 * Traineeships for one request and one caller: only those the caller may see are ever loaded. A start, an
 * attendance and an ending are each one transaction with the history row, the labour profile's status and the
 * audit entry: all of them commit or none does.
 */
export class TraineeshipService {
  readonly #readable: EntityLoader<TraineeshipEntity>;
  readonly #history;
  readonly #attendance;
  readonly #byPerson;
  private readonly repository: Repository<TraineeshipEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly caseAccess: CaseAccessLoader;
  private readonly labourProfiles: LabourProfileService;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    const repository = dataSource.getRepository(TraineeshipEntity);
    this.repository = repository;
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.caseAccess = context.caseAccess;
    this.labourProfiles = context.labourProfiles;
    this.#readable = new EntityLoader(repository, 'traineeship', (ids) =>
      restrictToReadable(repository.createQueryBuilder('t').where('t.id IN (:...ids)', { ids }), caller).getMany(),
    );
    this.#history = createListLoader<string, TraineeshipTransitionEntity>(
      (ids) =>
        dataSource
          .getRepository(TraineeshipTransitionEntity)
          .find({ where: { traineeshipId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (transition) => transition.traineeshipId,
    );
    this.#byPerson = createListLoader<string, TraineeshipEntity>(
      (ids) =>
        restrictToReadable(repository.createQueryBuilder('t').where('t.beneficiary_id IN (:...people)', { people: [...ids] }), caller)
          .orderBy('t.starts_on', 'DESC')
          .addOrderBy('t.id', 'DESC')
          .getMany(),
      (traineeship) => traineeship.beneficiaryId,
    );
    this.#attendance = createListLoader<string, TraineeshipAttendanceEntity>(
      (ids) =>
        dataSource
          .getRepository(TraineeshipAttendanceEntity)
          .find({ where: { traineeshipId: In([...ids]) }, order: { periodStart: 'ASC', id: 'ASC' } }),
      (attendance) => attendance.traineeshipId,
    );
  }

  get(id: string, field = 'id'): Promise<TraineeshipEntity> {
    return this.#readable.get(id, field);
  }

  /** A traineeship the caller may see, noted in the audit trail. */
  async read(id: string): Promise<TraineeshipEntity> {
    const traineeship = await this.get(id);
    this.audit.read(traineeship.beneficiaryId, AUDITED_FIELDS);
    return traineeship;
  }

  async findById(id: string): Promise<TraineeshipEntity | null> {
    const traineeship = await this.#readable.find(id);
    if (traineeship) this.audit.read(traineeship.beneficiaryId, AUDITED_FIELDS);
    return traineeship;
  }

  async list(args: QueryTraineeshipsArgs): Promise<Connection<TraineeshipEntity>> {
    const query = restrictToReadable(this.repository.createQueryBuilder('t'), this.caller);
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 't.starts_on', direction: 'DESC', key: 'date', value: (row) => row.startsOn },
      { column: 't.id', direction: 'DESC', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
    for (const { node } of connection.edges) this.audit.read(node.beneficiaryId, AUDITED_FIELDS);
    return connection;
  }

  /** A person's traineeships the caller may see, latest first, batched across the people of one request. */
  async ofPerson(beneficiaryId: string): Promise<TraineeshipEntity[]> {
    if (!isId(beneficiaryId)) return [];
    const traineeships = await this.#byPerson.load(beneficiaryId.toLowerCase());
    this.#readable.prime(traineeships);
    for (const traineeship of traineeships) this.audit.read(traineeship.beneficiaryId, AUDITED_FIELDS);
    return traineeships;
  }

  historyOf(traineeship: TraineeshipEntity): Promise<TraineeshipTransitionEntity[]> {
    return this.#history.load(traineeship.id);
  }

  attendanceOf(traineeship: TraineeshipEntity): Promise<TraineeshipAttendanceEntity[]> {
    return this.#attendance.load(traineeship.id);
  }

  async hoursAttended(traineeship: TraineeshipEntity): Promise<number> {
    return (await this.#attendance.load(traineeship.id)).reduce((sum, period) => sum + period.hours, 0);
  }

  /** The person, for those who may see the case; null for host employers. */
  beneficiaryOf(traineeship: TraineeshipEntity): { id: string } | null {
    return traineeshipPolicy.may(this.caller, 'seeCase') ? { id: traineeship.beneficiaryId } : null;
  }

  /** The real facts even for a host employer (whose role reads no one's data): its rule needs the consent in force. */
  async factsOf(traineeship: TraineeshipEntity): Promise<TraineeshipFacts> {
    const person = (await this.caseAccess.load(traineeship.beneficiaryId)) ?? unknownPerson(traineeship.beneficiaryId);
    return { traineeship, person };
  }

  /** `viewerCan`: the policy's answer, and the workflow's (an ended traineeship takes no attendance change of status). */
  async viewerCan(traineeship: TraineeshipEntity): Promise<{ recordAttendance: boolean; end: boolean }> {
    const facts = await this.factsOf(traineeship);
    return {
      recordAttendance: traineeshipPolicy.may(this.caller, 'recordAttendance', facts),
      end: !traineeshipWorkflow.isFinal(traineeship.status) && traineeshipPolicy.may(this.caller, 'end', facts),
    };
  }

  async start(input: StartTraineeshipInput): Promise<TraineeshipEntity> {
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const person = await this.caseAccess.load(beneficiaryId);
    if (!person) throw notFound('beneficiary', input.beneficiaryId, 'input.beneficiaryId');
    traineeshipPolicy.assert(this.caller, 'start', person);
    traineeshipPolicy.assert(this.caller, 'consented', person);
    const values = readStart(input);
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    await assertInNetwork(this.dataSource, [
      { id: values.hostEmployerId, kind: 'ORGANISATION', field: 'input.hostEmployerId' },
      { id: values.promoterId, kind: 'ORGANISATION', field: 'input.promoterId' },
    ]);
    return this.dataSource.transaction(async (manager) => {
      const saved = await unlessUnique(
        manager
          .getRepository(TraineeshipEntity)
          .save({ ...values, beneficiaryId, status: 'ACTIVE' as const, startedBy: this.caller.userId }),
        () => conflict('This person already has a traineeship running: end it first', 'input.beneficiaryId'),
      );
      await this.record(manager, saved.id, null, 'ACTIVE', null, note);
      await this.labourProfiles.moveStatus(manager, beneficiaryId, 'IN_TRAINEESHIP', values.startsOn, null);
      await this.audit.change(manager, 'startTraineeship', {
        beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { traineeshipId: saved.id, hostEmployerId: values.hostEmployerId, promoterId: values.promoterId },
      });
      return manager.getRepository(TraineeshipEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async recordAttendance(id: string, input: TraineeshipAttendanceInput): Promise<TraineeshipEntity> {
    const traineeship = await this.get(id);
    traineeshipPolicy.assert(this.caller, 'recordAttendance', await this.factsOf(traineeship));
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      // The row lock orders concurrent recordings: the overlap check below sees every period committed before.
      const current = await manager
        .getRepository(TraineeshipEntity)
        .findOneOrFail({ where: { id: traineeship.id }, lock: { mode: 'pessimistic_write' } });
      checkPeriod(current, input);
      const overlapping = await manager
        .getRepository(TraineeshipAttendanceEntity)
        .createQueryBuilder('a')
        .where('a.traineeship_id = :id', { id: current.id })
        .andWhere('a.period_start <= :end AND a.period_end >= :start', { start: input.periodStart, end: input.periodEnd })
        .getOne();
      if (overlapping) {
        throw conflict(
          `Hours are already recorded from ${overlapping.periodStart} to ${overlapping.periodEnd}, which overlaps this period`,
          'input.periodStart',
        );
      }
      await manager.getRepository(TraineeshipAttendanceEntity).insert({
        traineeshipId: current.id,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        hours: input.hours,
        note,
        recordedBy: this.caller.userId,
      });
      await manager.getRepository(TraineeshipEntity).update({ id: current.id }, { version: current.version + 1 });
      await this.audit.change(manager, 'recordTraineeshipAttendance', {
        beneficiaryId: current.beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { traineeshipId: current.id, periodStart: input.periodStart, periodEnd: input.periodEnd, hours: input.hours },
      });
      return manager.getRepository(TraineeshipEntity).findOneByOrFail({ id: current.id });
    });
  }

  async end(id: string, input: EndTraineeshipInput): Promise<TraineeshipEntity> {
    const traineeship = await this.get(id);
    traineeshipPolicy.assert(this.caller, 'end', await this.factsOf(traineeship));
    const interrupted = input.outcome === 'INTERRUPTED';
    if (interrupted && input.reason == null) throw badUserInput('An interruption needs a reason', 'input.reason');
    if (!interrupted && input.reason != null) throw badUserInput('Only INTERRUPTED takes a reason', 'input.reason');
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    const endedOn = input.endedOn ?? todayInItaly();
    if (endedOn > todayInItaly()) throw badUserInput(`input.endedOn cannot be in the future (${endedOn})`, 'input.endedOn');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TraineeshipEntity);
      const current = await repository.findOneOrFail({ where: { id: traineeship.id }, lock: { mode: 'pessimistic_write' } });
      traineeshipWorkflow.assert(current.status, input.outcome, 'input.outcome');
      if (endedOn < current.startsOn) {
        throw badUserInput(`input.endedOn cannot be before the traineeship's first day (${current.startsOn})`, 'input.endedOn');
      }
      if (endedOn > current.endsOn) {
        throw badUserInput(`input.endedOn cannot be after the traineeship's last day planned (${current.endsOn})`, 'input.endedOn');
      }
      const reason: TraineeshipInterruptionReason | null = input.reason ?? null;
      await repository.update(
        { id: current.id },
        { status: input.outcome, endedOn, interruptionReason: reason, version: current.version + 1 },
      );
      await this.record(manager, current.id, current.status, input.outcome, reason, note);
      await this.labourProfiles.moveStatusFrom(
        manager,
        current.beneficiaryId,
        'IN_TRAINEESHIP',
        input.outcome === 'HIRED' ? 'EMPLOYED' : 'UNEMPLOYED',
        endedOn,
      );
      await this.audit.change(manager, 'endTraineeship', {
        beneficiaryId: current.beneficiaryId,
        fields: AUDITED_FIELDS,
        details: { traineeshipId: current.id, outcome: input.outcome, endedOn, ...(reason ? { reason } : {}) },
      });
      return repository.findOneByOrFail({ id: current.id });
    });
  }

  private async record(
    manager: EntityManager,
    traineeshipId: string,
    from: TraineeshipStatus | null,
    to: TraineeshipStatus,
    reason: TraineeshipInterruptionReason | null,
    note: string | null,
  ): Promise<void> {
    await manager.getRepository(TraineeshipTransitionEntity).insert({
      traineeshipId,
      fromStatus: from,
      toStatus: to,
      reason,
      note,
      byUser: this.caller.userId,
      at: () => 'clock_timestamp()',
    });
  }
}

function readStart(input: StartTraineeshipInput) {
  const province = parseProvince(input.province, 'input.province');
  // A traineeship is recorded once it has started (the status it gives the person holds from that day).
  const startsOn = readDate(input.startsOn, 'input.startsOn', {
    what: 'the first day of a traineeship started',
    maxYearsAgo: 1,
    maxYearsAhead: 0,
  });
  if (input.endsOn <= startsOn) throw badUserInput('input.endsOn must be after input.startsOn', 'input.endsOn');
  const latest = addMonths(startsOn, MAX_TRAINEESHIP_MONTHS);
  if (input.endsOn > latest) {
    throw badUserInput(
      `A traineeship lasts at most ${MAX_TRAINEESHIP_MONTHS} months: input.endsOn must be ${latest} at the latest`,
      'input.endsOn',
    );
  }
  if (!Number.isInteger(input.weeklyHours) || input.weeklyHours < 1 || input.weeklyHours > 40) {
    throw badUserInput(`input.weeklyHours must be from 1 to 40, got ${input.weeklyHours}`, 'input.weeklyHours');
  }
  const allowanceCents = readEuros(input.monthlyAllowanceEuros, 'input.monthlyAllowanceEuros', MAX_ALLOWANCE_EUROS);
  const minimum = minimumAllowanceCents(province);
  if (allowanceCents <= 0 || allowanceCents < minimum.cents) {
    throw badUserInput(
      `The monthly allowance must be at least ${minimum.cents / 100} euros in ${minimum.region} (the workplace's region), got ${input.monthlyAllowanceEuros}`,
      'input.monthlyAllowanceEuros',
      { minimumEuros: minimum.cents / 100, region: minimum.region },
    );
  }
  return {
    hostEmployerId: parseId(input.hostEmployerId, 'input.hostEmployerId'),
    promoterId: parseId(input.promoterId, 'input.promoterId'),
    actionId: input.actionId == null ? null : parseId(input.actionId, 'input.actionId'),
    objectives: readText(input.objectives, 'input.objectives', NOTE_TEXT),
    activities: readText(input.activities, 'input.activities', NOTE_TEXT),
    province,
    municipality: readText(input.municipality, 'input.municipality', SHORT_TEXT),
    startsOn,
    endsOn: input.endsOn,
    weeklyHours: input.weeklyHours,
    monthlyAllowanceCents: allowanceCents,
    companyTutorName: readText(input.companyTutorName, 'input.companyTutorName', SHORT_TEXT),
    companyTutorContact: readOptionalText(input.companyTutorContact, 'input.companyTutorContact', SHORT_TEXT),
  };
}

/** A period within the traineeship's days, not in the future, with no more hours than the project has in it. */
function checkPeriod(traineeship: TraineeshipEntity, input: TraineeshipAttendanceInput): void {
  const lastDay = traineeship.endedOn ?? traineeship.endsOn;
  if (input.periodEnd < input.periodStart) throw badUserInput('input.periodEnd cannot be before input.periodStart', 'input.periodEnd');
  if (input.periodStart < traineeship.startsOn) {
    throw badUserInput(`input.periodStart cannot be before the traineeship's first day (${traineeship.startsOn})`, 'input.periodStart');
  }
  if (input.periodEnd > lastDay) {
    throw badUserInput(`input.periodEnd cannot be after the traineeship's last day (${lastDay})`, 'input.periodEnd');
  }
  if (input.periodEnd > todayInItaly()) throw badUserInput('input.periodEnd cannot be in the future', 'input.periodEnd');
  const days = daysBetween(input.periodStart, input.periodEnd) + 1;
  const most = Math.ceil((traineeship.weeklyHours * days) / 7);
  if (!Number.isInteger(input.hours) || input.hours < 0 || input.hours > most) {
    throw badUserInput(
      `input.hours must be from 0 to ${most} (${traineeship.weeklyHours} h a week over ${days} days), got ${input.hours}`,
      'input.hours',
    );
  }
}

function applyFilter(query: SelectQueryBuilder<TraineeshipEntity>, filter: TraineeshipFilter): void {
  if (filter.beneficiaryId != null) {
    query.andWhere('t.beneficiary_id = :beneficiaryId', { beneficiaryId: parseId(filter.beneficiaryId, 'filter.beneficiaryId') });
  }
  if (filter.hostEmployerId != null) {
    query.andWhere('t.host_employer_id = :hostEmployerId', { hostEmployerId: parseId(filter.hostEmployerId, 'filter.hostEmployerId') });
  }
  if (filter.status != null) query.andWhere('t.status = :status', { status: filter.status });
}
