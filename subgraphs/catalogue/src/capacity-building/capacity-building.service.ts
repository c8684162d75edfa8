import {
  badUserInput,
  conflict,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  readOptionalText,
  readPersonName,
  type Caller,
  type Connection,
  isIsoDate,
  notFound,
  paginate,
  parseId,
  parseProvince,
  readText,
  type RequestAudit,
  type ContextWith,
  type ServiceScope,
  SHORT_TEXT,
  todayInItaly,
} from '@shubh/platform';
import type DataLoader from 'dataloader';
import { In, type DataSource, type Repository } from 'typeorm';
import type { QueryCapacityBuildingEventsArgs, RecordCapacityBuildingEventInput } from '../generated/resolvers-types.js';
import { CapacityBuildingAttendanceEntity } from './capacity-building-attendance.entity.js';
import { certificateHtml } from './certificate.js';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';
import { capacityBuildingPolicy } from './capacity-building.policy.js';

const MAX_ATTENDEES = 10_000;
const MAX_LISTED_ATTENDEES = 500;

/** Capacity-building events of the network (WP1) for one request. */
type Context = ContextWith<typeof integraCornerServices>;

export class CapacityBuildingService {
  readonly #repository: Repository<CapacityBuildingEventEntity>;
  /** Every attendance of a page of events in one statement. */
  readonly #byId: EntityLoader<CapacityBuildingEventEntity>;
  readonly #attendanceOf: DataLoader<string, CapacityBuildingAttendanceEntity[]>;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.context = context;
    this.#repository = dataSource.getRepository(CapacityBuildingEventEntity);
    this.#byId = new EntityLoader(this.#repository, 'capacity-building event');
    this.#attendanceOf = createListLoader(
      (ids) =>
        dataSource
          .getRepository(CapacityBuildingAttendanceEntity)
          .find({ where: { eventId: In([...ids]) }, order: { fullName: 'ASC', userId: 'ASC' } }),
      (attendance) => attendance.eventId,
    );
  }

  /** The attendees of an event the caller may see (the policy's `seeAttendee`), by name. */
  async attendeesOf(eventId: string): Promise<CapacityBuildingAttendanceEntity[]> {
    return (await this.#attendanceOf.load(eventId)).filter((attendee) => capacityBuildingPolicy.may(this.caller, 'seeAttendee', attendee));
  }

  /** Responses and average score over every attendee (an aggregate: no one's score is shown through it). */
  async evaluationOf(eventId: string): Promise<{ responses: number; averageScore: number | null }> {
    const scores = (await this.#attendanceOf.load(eventId)).flatMap((attendee) =>
      attendee.evaluationScore === null ? [] : [attendee.evaluationScore],
    );
    if (scores.length === 0) return { responses: 0, averageScore: null };
    return {
      responses: scores.length,
      averageScore: Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100,
    };
  }

  get(id: string, field = 'id'): Promise<CapacityBuildingEventEntity> {
    return this.#byId.get(id, field);
  }

  /** The printable certificate of an attendance the caller may see. */
  async certificate(attendee: CapacityBuildingAttendanceEntity, organisationName: string): Promise<string> {
    capacityBuildingPolicy.assert(this.caller, 'seeAttendee', attendee);
    return certificateHtml(await this.#byId.referenced(attendee.eventId), attendee, organisationName);
  }

  /** The attendee's own evaluation, once; all-or-nothing with its audit entry. */
  async evaluate(eventId: string, score: number, comment: string | null | undefined): Promise<CapacityBuildingEventEntity> {
    const event = await this.get(eventId, 'eventId');
    const attendance = await this.dataSource
      .getRepository(CapacityBuildingAttendanceEntity)
      .findOneBy({ eventId: event.id, userId: this.caller.userId });
    capacityBuildingPolicy.assert(this.caller, 'evaluate', attendance);
    if (!Number.isInteger(score) || score < 1 || score > 5)
      throw badUserInput(`score must be a whole number from 1 to 5, got ${score}`, 'score');
    const text = readOptionalText(comment, 'comment', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CapacityBuildingAttendanceEntity)
        .set({ evaluationScore: score, evaluationComment: text, evaluatedAt: () => 'now()' })
        .where('event_id = :eventId AND user_id = :userId AND evaluated_at IS NULL', { eventId: event.id, userId: this.caller.userId })
        .execute();
      if (result.affected !== 1) throw conflict('You have already evaluated this event', 'eventId');
      await this.audit.change(manager, 'evaluateCapacityBuildingEvent', { beneficiaryId: null, details: { eventId: event.id, score } });
      return event;
    });
  }

  /** Network information, no personal data: every signed-in caller reads it. One statement per page. */
  async list(args: QueryCapacityBuildingEventsArgs): Promise<Connection<CapacityBuildingEventEntity>> {
    const query = this.#repository.createQueryBuilder('e');
    const { province, organisationId, heldFrom, heldTo } = args.filter ?? {};
    if (province != null) query.andWhere('e.province = :province', { province: parseProvince(province, 'filter.province') });
    if (organisationId != null) {
      query.andWhere(':organisationId = ANY(e.organisation_ids)', { organisationId: parseId(organisationId, 'filter.organisationId') });
    }
    if (heldFrom != null) query.andWhere('e.held_on >= :heldFrom', { heldFrom });
    if (heldTo != null) query.andWhere('e.held_on <= :heldTo', { heldTo });
    // Most recent first, ties by id.
    return paginate(query, args, [
      { column: 'e.held_on', direction: 'DESC', key: 'date', value: (row) => row.heldOn },
      { column: 'e.id', key: 'id', value: (row) => row.id },
    ]);
  }

  async record(input: RecordCapacityBuildingEventInput, today = todayInItaly()): Promise<CapacityBuildingEventEntity> {
    capacityBuildingPolicy.assert(this.caller, 'record');
    const topic = readText(input.topic, 'input.topic', SHORT_TEXT);
    if (!isIsoDate(input.heldOn) || input.heldOn > today) {
      throw badUserInput(`input.heldOn must be the day the event was held, today or earlier, got ${input.heldOn}`, 'input.heldOn');
    }
    const province = parseProvince(input.province, 'input.province');
    if (input.organisationIds.length === 0)
      throw badUserInput('input.organisationIds needs at least one organisation', 'input.organisationIds');
    const organisationIds = [...new Set(input.organisationIds.map((id, index) => parseId(id, `input.organisationIds[${index}]`)))];
    const attendees = (input.attendees ?? []).map((attendee, index) => {
      const at = `input.attendees[${index}]`;
      const organisationId = parseId(attendee.organisationId, `${at}.organisationId`);
      if (!organisationIds.includes(organisationId)) {
        throw badUserInput(`${at}.organisationId must be one of input.organisationIds`, `${at}.organisationId`);
      }
      return {
        userId: readText(attendee.userId, `${at}.userId`, SHORT_TEXT),
        fullName: readPersonName(attendee.fullName, `${at}.fullName`),
        organisationId,
      };
    });
    if (attendees.length > MAX_LISTED_ATTENDEES)
      throw badUserInput(`input.attendees may list at most ${MAX_LISTED_ATTENDEES}`, 'input.attendees');
    const duplicate = attendees.findIndex((attendee, index) => attendees.findIndex((other) => other.userId === attendee.userId) !== index);
    if (duplicate !== -1) throw badUserInput(`input.attendees[${duplicate}] repeats an attendee`, `input.attendees[${duplicate}].userId`);
    const attendeeCount = input.attendeeCount ?? attendees.length;
    if (!Number.isInteger(attendeeCount) || attendeeCount < Math.max(1, attendees.length) || attendeeCount > MAX_ATTENDEES) {
      throw badUserInput(
        `input.attendeeCount must be from ${Math.max(1, attendees.length)} (the attendees listed) to ${MAX_ATTENDEES}, got ${attendeeCount}`,
        'input.attendeeCount',
      );
    }
    let durationMinutes: number | null = null;
    if (input.hours != null) {
      durationMinutes = input.hours * 60;
      if (!Number.isInteger(durationMinutes / 15) || durationMinutes < 15 || durationMinutes > 6000) {
        throw badUserInput(`input.hours must be 0.25 to 100 in quarters of an hour, got ${input.hours}`, 'input.hours');
      }
    }
    // A coordinator speaks for the provinces of their own corners: the same reading coordination uses.
    if (!this.caller.isNetworkAdmin) {
      capacityBuildingPolicy.assert(this.caller, 'recordIn', {
        province,
        provincesOfOwnCorners: await this.context.integraCorners.provincesOfOwnCorners(),
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const known = await manager.getRepository(OrganisationEntity).findBy({ id: In(organisationIds) });
      const missing = organisationIds.find((id) => !known.some((organisation) => organisation.id === id));
      if (missing) throw notFound('organisation', missing, 'input.organisationIds');
      const saved = await manager.getRepository(CapacityBuildingEventEntity).save({
        topic,
        heldOn: input.heldOn,
        province,
        organisationIds,
        attendeeCount,
        kind: input.kind ?? 'TRAINING',
        reach: input.reach ?? 'PROVINCIAL',
        durationMinutes,
        recordedBy: this.caller.userId,
      });
      if (attendees.length > 0) {
        await manager
          .getRepository(CapacityBuildingAttendanceEntity)
          .insert(attendees.map((attendee) => ({ ...attendee, eventId: saved.id })));
      }
      await this.audit.change(manager, 'recordCapacityBuildingEvent', {
        beneficiaryId: null,
        details: {
          eventId: saved.id,
          province,
          heldOn: input.heldOn,
          organisationIds,
          attendeeCount,
          attendees: attendees.map((a) => a.userId),
        },
      });
      return manager.getRepository(CapacityBuildingEventEntity).findOneByOrFail({ id: saved.id });
    });
  }
}
