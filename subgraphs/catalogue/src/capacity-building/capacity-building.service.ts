import {
  badUserInput,
  type Caller,
  type Connection,
  forbidden,
  isIsoDate,
  notFound,
  parseId,
  parseProvince,
  readPageRequest,
  type RequestAudit,
  toConnection,
  todayInItaly,
} from '@shubh/platform';
import { In, type DataSource, type Repository } from 'typeorm';
import type { QueryCapacityBuildingEventsArgs, RecordCapacityBuildingEventInput } from '../generated/resolvers-types.js';
import { IntegraCornerEntity } from '../integra-corner/integra-corner.entity.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { parseText } from '../service/service-input.js';
import { CapacityBuildingEventEntity } from './capacity-building-event.entity.js';

/** Most recent first, ties by id: the cursor carries the day and the id. */
const SORT_KEY = ['date', 'id'] as const;
const MAX_ATTENDEES = 10_000;

/** Capacity-building events of the network (WP1) for one request. */
export class CapacityBuildingService {
  readonly #repository: Repository<CapacityBuildingEventEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#repository = dataSource.getRepository(CapacityBuildingEventEntity);
  }

  /** Network information, no personal data: every signed-in caller reads it. One statement per page. */
  async list(args: QueryCapacityBuildingEventsArgs): Promise<Connection<CapacityBuildingEventEntity>> {
    const page = readPageRequest(args, SORT_KEY);
    const query = this.#repository.createQueryBuilder('e');
    const { province, organisationId, heldFrom, heldTo } = args.filter ?? {};
    if (province != null) query.andWhere('e.province = :province', { province: parseProvince(province, 'filter.province') });
    if (organisationId != null) {
      query.andWhere(':organisationId = ANY(e.organisation_ids)', { organisationId: parseId(organisationId, 'filter.organisationId') });
    }
    if (heldFrom != null) query.andWhere('e.held_on >= :heldFrom', { heldFrom });
    if (heldTo != null) query.andWhere('e.held_on <= :heldTo', { heldTo });
    if (page.after) {
      const [heldOn, id] = page.after;
      query.andWhere('(e.held_on < :afterDay OR (e.held_on = :afterDay AND e.id > :afterId))', { afterDay: heldOn, afterId: id });
    }
    const rows = await query
      .orderBy('e.held_on', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (row) => [row.heldOn, row.id]);
  }

  async record(input: RecordCapacityBuildingEventInput, today = todayInItaly()): Promise<CapacityBuildingEventEntity> {
    if (!this.caller.hasAny('network-admin', 'corner-coordinator')) {
      throw forbidden('Only an administrator or a corner coordinator may record a capacity-building event');
    }
    const topic = parseText(input.topic, 200, 'input.topic');
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
        if (ownCorners.length === 0) {
          throw forbidden(`A corner coordinator records events of their own corners' provinces only, not ${province}`);
        }
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
