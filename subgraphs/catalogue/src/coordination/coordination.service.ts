import {
  badUserInput,
  conflict,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  notFound,
  parseId,
  parseProvince,
  readOptionalText,
  readText,
  SHORT_TEXT,
  todayInItaly,
  unlessUnique,
  type Caller,
  type ContextWith,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import type DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type {
  CoordinationActionInput,
  CreateCoordinationTableInput,
  RecordCoordinationMeetingInput,
} from '../generated/resolvers-types.js';
import type { integraCornerServices } from '../integra-corner/integra-corner.module.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import {
  CoordinationActionEntity,
  CoordinationDecisionEntity,
  CoordinationMeetingEntity,
  CoordinationTableEntity,
  CoordinationTableMemberEntity,
} from './coordination.entities.js';
import { coordinationPolicy } from './coordination.policy.js';

const MAX_DECISIONS = 50;
const MAX_ACTIONS = 100;

type Context = ContextWith<typeof integraCornerServices>;

/** Provincial coordination tables, their meetings, decisions and follow-up actions, for one request. */
export class CoordinationService {
  readonly #tables: EntityLoader<CoordinationTableEntity>;
  readonly #meetings: EntityLoader<CoordinationMeetingEntity>;
  readonly #membersOf: DataLoader<string, CoordinationTableMemberEntity[]>;
  readonly #meetingsOf: DataLoader<string, CoordinationMeetingEntity[]>;
  readonly #decisionsOf: DataLoader<string, CoordinationDecisionEntity[]>;
  readonly #actionsOf: DataLoader<string, CoordinationActionEntity[]>;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.context = context;
    this.#tables = new EntityLoader(dataSource.getRepository(CoordinationTableEntity), 'coordination table');
    this.#meetings = new EntityLoader(dataSource.getRepository(CoordinationMeetingEntity), 'coordination meeting');
    this.#membersOf = createListLoader(
      (ids) =>
        dataSource.getRepository(CoordinationTableMemberEntity).find({ where: { tableId: In([...ids]) }, order: { joinedAt: 'ASC' } }),
      (member) => member.tableId,
    );
    this.#meetingsOf = createListLoader(
      (ids) =>
        dataSource
          .getRepository(CoordinationMeetingEntity)
          .find({ where: { tableId: In([...ids]) }, order: { heldOn: 'DESC', id: 'ASC' } }),
      (meeting) => meeting.tableId,
    );
    this.#decisionsOf = createListLoader(
      (ids) =>
        dataSource.getRepository(CoordinationDecisionEntity).find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC' } }),
      (decision) => decision.meetingId,
    );
    this.#actionsOf = createListLoader(
      (ids) => dataSource.getRepository(CoordinationActionEntity).find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC' } }),
      (action) => action.meetingId,
    );
  }

  table(id: string, field = 'id'): Promise<CoordinationTableEntity> {
    return this.#tables.get(id, field);
  }

  meeting(id: string): Promise<CoordinationMeetingEntity> {
    return this.#meetings.referenced(id);
  }

  /** Every table, or those of one province, by province and name. Tables are few: not paginated. */
  async tables(province: string | null | undefined): Promise<CoordinationTableEntity[]> {
    const where = province != null ? { province: parseProvince(province, 'province') } : {};
    const tables = await this.dataSource
      .getRepository(CoordinationTableEntity)
      .find({ where, order: { province: 'ASC', name: 'ASC', id: 'ASC' } });
    this.#tables.prime(tables);
    return tables;
  }

  async memberIdsOf(tableId: string): Promise<string[]> {
    return (await this.#membersOf.load(tableId)).map((member) => member.organisationId);
  }

  /** The most recent `first` meetings (a table meets a few times a year: all are loaded, for the whole page at once). */
  async meetingsOf(tableId: string, first: number): Promise<CoordinationMeetingEntity[]> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInput(`first must be from 1 to 100, got ${first}`, 'first');
    return (await this.#meetingsOf.load(tableId)).slice(0, first);
  }

  decisionsOf(meetingId: string): Promise<CoordinationDecisionEntity[]> {
    return this.#decisionsOf.load(meetingId);
  }

  actionsOfMeeting(meetingId: string): Promise<CoordinationActionEntity[]> {
    return this.#actionsOf.load(meetingId);
  }

  async actionsOfDecision(decision: CoordinationDecisionEntity): Promise<CoordinationActionEntity[]> {
    return (await this.#actionsOf.load(decision.meetingId)).filter((action) => action.decisionId === decision.id);
  }

  async createTable(input: CreateCoordinationTableInput): Promise<CoordinationTableEntity> {
    coordinationPolicy.assert(this.caller, 'manageTables');
    const province = parseProvince(input.province, 'input.province');
    const name = readText(input.name, 'input.name', SHORT_TEXT);
    const memberIds = parseIds(input.memberIds, 'input.memberIds');
    return this.dataSource.transaction(async (manager) => {
      await requireOrganisations(manager, memberIds, 'input.memberIds');
      const saved = await unlessUnique(
        manager.getRepository(CoordinationTableEntity).save({ province, name, createdBy: this.caller.userId }),
        () => conflict(`${province} already has a coordination table named ${name}`, 'input.name'),
        'coordination_table_name_unique',
      );
      if (memberIds.length > 0) {
        await manager
          .getRepository(CoordinationTableMemberEntity)
          .insert(memberIds.map((organisationId) => ({ tableId: saved.id, organisationId })));
      }
      await this.audit.change(manager, 'createCoordinationTable', {
        beneficiaryId: null,
        details: { tableId: saved.id, province, memberIds },
      });
      return manager.getRepository(CoordinationTableEntity).findOneByOrFail({ id: saved.id });
    });
  }

  /** Replaces who takes part; organisations that leave keep their past meetings and actions. */
  async setMembers(tableId: string, organisationIds: readonly string[]): Promise<CoordinationTableEntity> {
    coordinationPolicy.assert(this.caller, 'manageTables');
    const table = await this.table(tableId, 'tableId');
    const memberIds = parseIds(organisationIds, 'organisationIds');
    return this.dataSource.transaction(async (manager) => {
      await requireOrganisations(manager, memberIds, 'organisationIds');
      const members = manager.getRepository(CoordinationTableMemberEntity);
      const current = (await members.findBy({ tableId: table.id })).map((member) => member.organisationId);
      const leaving = current.filter((id) => !memberIds.includes(id));
      const joining = memberIds.filter((id) => !current.includes(id));
      if (leaving.length > 0) await members.delete({ tableId: table.id, organisationId: In(leaving) });
      if (joining.length > 0) await members.insert(joining.map((organisationId) => ({ tableId: table.id, organisationId })));
      await this.audit.change(manager, 'setCoordinationTableMembers', {
        beneficiaryId: null,
        details: { tableId: table.id, joining, leaving },
      });
      return table;
    });
  }

  /** A meeting with its minutes: the decisions in order, and the follow-up actions (of a decision or of the meeting). */
  async recordMeeting(input: RecordCoordinationMeetingInput, today = todayInItaly()): Promise<CoordinationMeetingEntity> {
    const table = await this.table(input.tableId, 'input.tableId');
    coordinationPolicy.assert(this.caller, 'recordMeeting', {
      province: table.province,
      provincesOfOwnCorners: await this.context.integraCorners.provincesOfOwnCorners(),
    });
    if (input.heldOn > today) throw badUserInput(`input.heldOn must be today or earlier, got ${input.heldOn}`, 'input.heldOn');
    const place = readText(input.place, 'input.place', SHORT_TEXT);
    const summary = readText(input.summary, 'input.summary', NOTE_TEXT);
    const decisions = input.decisions ?? [];
    if (decisions.length > MAX_DECISIONS) throw badUserInput(`input.decisions may hold at most ${MAX_DECISIONS}`, 'input.decisions');
    const decisionTexts = decisions.map((decision, index) => readText(decision.text, `input.decisions[${index}].text`, NOTE_TEXT));
    const actions = [
      ...decisions.flatMap((decision, index) =>
        (decision.actions ?? []).map((action, actionIndex) => ({
          action,
          decision: index,
          field: `input.decisions[${index}].actions[${actionIndex}]`,
        })),
      ),
      ...(input.actions ?? []).map((action, index) => ({ action, decision: null, field: `input.actions[${index}]` })),
    ];
    if (actions.length > MAX_ACTIONS) throw badUserInput(`A meeting may give at most ${MAX_ACTIONS} actions`, 'input.actions');
    const parsedActions = actions.map(({ action, decision, field }) => ({ ...parseAction(action, input.heldOn, field), decision, field }));

    return this.dataSource.transaction(async (manager) => {
      const memberIds = (await manager.getRepository(CoordinationTableMemberEntity).findBy({ tableId: table.id })).map(
        (m) => m.organisationId,
      );
      const attendingIds = parseIds(input.attendingOrganisationIds, 'input.attendingOrganisationIds');
      attendingIds.forEach((id, index) => {
        if (!memberIds.includes(id)) {
          throw badUserInput(
            `input.attendingOrganisationIds[${index}] is not a member of the table`,
            `input.attendingOrganisationIds[${index}]`,
          );
        }
      });
      for (const action of parsedActions) {
        if (!memberIds.includes(action.ownerOrganisationId)) {
          throw badUserInput(`${action.field}.ownerOrganisationId is not a member of the table`, `${action.field}.ownerOrganisationId`);
        }
      }
      const meeting = await manager.getRepository(CoordinationMeetingEntity).save({
        tableId: table.id,
        heldOn: input.heldOn,
        place,
        summary,
        attendingIds,
        recordedBy: this.caller.userId,
      });
      const savedDecisions = await manager
        .getRepository(CoordinationDecisionEntity)
        .save(decisionTexts.map((text, position) => ({ meetingId: meeting.id, position, text })));
      await manager.getRepository(CoordinationActionEntity).save(
        parsedActions.map(({ decision, field: _field, ...action }, position) => ({
          ...action,
          meetingId: meeting.id,
          decisionId: decision === null ? null : savedDecisions[decision]!.id,
          position,
          completedAt: null,
          completedBy: null,
        })),
      );
      await this.audit.change(manager, 'recordCoordinationMeeting', {
        beneficiaryId: null,
        details: {
          tableId: table.id,
          meetingId: meeting.id,
          heldOn: input.heldOn,
          decisions: savedDecisions.length,
          actions: parsedActions.length,
        },
      });
      return manager.getRepository(CoordinationMeetingEntity).findOneByOrFail({ id: meeting.id });
    });
  }

  async completeAction(id: string): Promise<CoordinationActionEntity> {
    const actionId = parseId(id, 'id');
    const action = await this.dataSource.getRepository(CoordinationActionEntity).findOneBy({ id: actionId });
    if (!action) throw notFound('coordination action', actionId, 'id');
    const meeting = await this.meeting(action.meetingId);
    const table = await this.#tables.referenced(meeting.tableId);
    coordinationPolicy.assert(this.caller, 'completeAction', {
      ownerOrganisationId: action.ownerOrganisationId,
      province: table.province,
      provincesOfOwnCorners: await this.context.integraCorners.provincesOfOwnCorners(),
    });
    return this.dataSource.transaction(async (manager) => {
      // Conditional: of two concurrent completions, exactly one writes.
      const result = await manager
        .createQueryBuilder()
        .update(CoordinationActionEntity)
        .set({ completedAt: () => 'now()', completedBy: this.caller.userId })
        .where('id = :id AND completed_at IS NULL', { id: actionId })
        .execute();
      if (result.affected !== 1) throw conflict('The action is already completed', 'id');
      await this.audit.change(manager, 'completeCoordinationAction', {
        beneficiaryId: null,
        details: { tableId: table.id, meetingId: meeting.id, actionId, ownerOrganisationId: action.ownerOrganisationId },
      });
      return manager.getRepository(CoordinationActionEntity).findOneByOrFail({ id: actionId });
    });
  }
}

function parseIds(ids: readonly string[], field: string): string[] {
  return [...new Set(ids.map((id, index) => parseId(id, `${field}[${index}]`)))];
}

function parseAction(action: CoordinationActionInput, heldOn: string, field: string) {
  if (action.dueOn < heldOn) throw badUserInput(`${field}.dueOn must be on or after the meeting's day`, `${field}.dueOn`);
  return {
    description: readText(action.description, `${field}.description`, NOTE_TEXT),
    ownerOrganisationId: parseId(action.ownerOrganisationId, `${field}.ownerOrganisationId`),
    ownerName: readOptionalText(action.ownerName, `${field}.ownerName`, SHORT_TEXT),
    dueOn: action.dueOn,
  };
}

async function requireOrganisations(manager: EntityManager, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const known = await manager.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  const missing = ids.find((id) => !known.some((organisation) => organisation.id === id));
  if (missing) throw notFound('organisation', missing, field);
}
