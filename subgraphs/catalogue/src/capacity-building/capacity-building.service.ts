import {
  badUserInput,
  type Caller,
  type Connection,
  isIsoDate,
  notFound,
  paginate,
  parseId,
  parseProvince,
  readText,
  type RequestAudit,
  type ServiceScope,
  SHORT_TEXT,
  todayInItaly,
} from '@shubh/platform';
import { In, type DataSource, type Repository } from 'typeorm';
import type { QueryCapacityBuildingEventsArgs, RecordCapacityBuildingEventInput } from '../generated/resolvers-types.js';
import { IntegraCornerEntity } from '../integra-corner/integra-corner.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';
import { capacityBuildingPolicy } from './capacity-building.policy.js';

const MAX_ATTENDEES = 10_000;

/** Capacity-building events of the network (WP1) for one request. */
export class CapacityBuildingService {
  readonly #repository: Repository<CapacityBuildingEventEntity>;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.#repository = dataSource.getRepository(CapacityBuildingEventEntity);
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
    if (!Number.isInteger(input.attendeeCount) || input.attendeeCount < 1 || input.attendeeCount > MAX_ATTENDEES) {
      throw badUserInput(`input.attendeeCount must be from 1 to ${MAX_ATTENDEES}, got ${input.attendeeCount}`, 'input.attendeeCount');
    }
    return this.dataSource.transaction(async (manager) => {
      if (!this.caller.isNetworkAdmin) {
        // A coordinator speaks for the provinces of their own corners.
        const ownCorners = this.caller.cornerIds.length
          ? await manager.getRepository(IntegraCornerEntity).findBy({ id: In([...this.caller.cornerIds]), province })
          : [];
        capacityBuildingPolicy.assert(this.caller, 'recordIn', {
          province,
          provincesOfOwnCorners: ownCorners.map((corner) => corner.province),
        });
      }
      const known = await manager.getRepository(OrganisationEntity).findBy({ id: In(organisationIds) });
      const missing = organisationIds.find((id) => !known.some((organisation) => organisation.id === id));
      if (missing) throw notFound('organisation', missing, 'input.organisationIds');
      const saved = await manager.getRepository(CapacityBuildingEventEntity).save({
        topic,
        heldOn: input.heldOn,
        province,
        organisationIds,
        attendeeCount: input.attendeeCount,
        recordedBy: this.caller.userId,
      });
      await this.audit.change(manager, 'recordCapacityBuildingEvent', {
        beneficiaryId: null,
        details: { eventId: saved.id, province, heldOn: input.heldOn, organisationIds, attendeeCount: input.attendeeCount },
      });
      return manager.getRepository(CapacityBuildingEventEntity).findOneByOrFail({ id: saved.id });
    });
  }
}
