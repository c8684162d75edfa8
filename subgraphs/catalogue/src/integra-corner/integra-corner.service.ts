import {
  badUserInput,
  conflict,
  createListLoader,
  EntityLoader,
  notFound,
  parseId,
  parseProvince,
  readText,
  SHORT_TEXT,
  type Caller,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type Repository } from 'typeorm';
import type { CornerTeamMemberInput, OpeningPeriodInput } from '../generated/resolvers-types.js';
import { IntegraCornerEntity, type OpeningPeriodRecord, type TeamMemberRecord } from './integra-corner.entity.js';
import { integraCornerPolicy } from './integra-corner.policy.js';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const MAX_PERIODS = 21;
const MAX_TEAM = 50;

const ORDER = { province: 'ASC', name: 'ASC', id: 'ASC' } as const;

/** Reads of the Integra Corners for one request. Holds that request's DataLoaders. */
export class IntegraCornerService {
  readonly #byId: EntityLoader<IntegraCornerEntity>;
  readonly #byHost;

  private readonly repository: Repository<IntegraCornerEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    const repository = dataSource.getRepository(IntegraCornerEntity);
    this.repository = repository;
    this.#byId = new EntityLoader(repository, 'Integra Corner');
    this.#byHost = createListLoader<string, IntegraCornerEntity>(
      (hostIds) => repository.find({ where: { hostOrganisationId: In([...hostIds]) }, order: ORDER }),
      (corner) => corner.hostOrganisationId,
    );
  }

  /** A corner by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<IntegraCornerEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown. */
  findById(id: string): Promise<IntegraCornerEntity | null> {
    return this.#byId.find(id);
  }

  /** The corner a row of this subgraph points at (a referral's sender): a foreign key guarantees it exists. */
  referencedBy(id: string): Promise<IntegraCornerEntity> {
    return this.#byId.referenced(id);
  }

  /** Every corner, or those of one province, ordered by province and name. */
  async list(province: string | null | undefined): Promise<IntegraCornerEntity[]> {
    const where = province != null ? { province: parseProvince(province, 'province') } : {};
    const corners = await this.repository.find({ where, order: ORDER });
    this.#byId.prime(corners);
    return corners;
  }

  /** The provinces of the caller's own corners (those their token names), for rules about "their province". */
  async provincesOfOwnCorners(): Promise<string[]> {
    if (this.caller.cornerIds.length === 0) return [];
    const corners = await this.repository.findBy({ id: In([...this.caller.cornerIds]) });
    return [...new Set(corners.map((corner) => corner.province))];
  }

  /** The corners an organisation hosts, ordered by province and name. */
  hostedBy(organisationId: string): Promise<IntegraCornerEntity[]> {
    return this.#byHost.load(organisationId);
  }

  /** Replaces the corner's opening hours (administrators, or the corner's coordinator). */
  setOpeningHours(cornerId: string, periods: readonly OpeningPeriodInput[], expectedVersion: number): Promise<IntegraCornerEntity> {
    const id = parseId(cornerId, 'cornerId');
    integraCornerPolicy.assert(this.caller, 'editDetails', { id });
    return this.#replace(id, expectedVersion, 'setCornerOpeningHours', 'openingHours', parseOpeningHours(periods, 'openingHours'));
  }

  /** Replaces the corner's team (administrators, or the corner's coordinator). */
  setTeam(cornerId: string, team: readonly CornerTeamMemberInput[], expectedVersion: number): Promise<IntegraCornerEntity> {
    const id = parseId(cornerId, 'cornerId');
    integraCornerPolicy.assert(this.caller, 'editDetails', { id });
    if (team.length > MAX_TEAM) throw badUserInput(`team may hold at most ${MAX_TEAM} members`, 'team');
    const userIds = new Set<string>();
    const members: TeamMemberRecord[] = team.map((member, index) => {
      const record: TeamMemberRecord = { name: readText(member.name, `team[${index}].name`, SHORT_TEXT), role: member.role };
      if (member.userId != null) {
        const userId = parseId(member.userId, `team[${index}].userId`);
        if (userIds.has(userId)) throw badUserInput(`team[${index}].userId is already another member's`, `team[${index}].userId`);
        userIds.add(userId);
        record.userId = userId;
      }
      return record;
    });
    return this.#replace(id, expectedVersion, 'setCornerTeam', 'team', members);
  }

  #replace(
    id: string,
    expectedVersion: number,
    operation: string,
    property: 'openingHours' | 'team',
    value: OpeningPeriodRecord[] | TeamMemberRecord[],
  ): Promise<IntegraCornerEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(IntegraCornerEntity);
      // Conditional on the version: of two concurrent editors, exactly one changes the row.
      const result = await repository
        .createQueryBuilder()
        .update()
        .set({ [property]: () => 'CAST(:value AS jsonb)', version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .setParameter('value', JSON.stringify(value))
        .execute();
      if (result.affected !== 1) {
        const current = await repository.findOneBy({ id });
        if (!current) throw notFound('Integra Corner', id, 'cornerId');
        throw conflict(
          `The corner changed since you read it (version ${current.version}, not ${expectedVersion}): read it again`,
          'expectedVersion',
          { currentVersion: current.version },
        );
      }
      await this.audit.change(manager, operation, {
        beneficiaryId: null,
        fields: [property],
        details: { cornerId: id, version: expectedVersion + 1 },
      });
      return repository.findOneByOrFail({ id });
    });
  }
}

/** Opening periods, each HH:MM with `closes` after `opens`, none overlapping another of the same day. */
function parseOpeningHours(periods: readonly OpeningPeriodInput[], field: string): OpeningPeriodRecord[] {
  if (periods.length > MAX_PERIODS) throw badUserInput(`${field} may hold at most ${MAX_PERIODS} periods`, field);
  const parsed = periods.map((period, index) => {
    const at = `${field}[${index}]`;
    for (const key of ['opens', 'closes'] as const) {
      if (!TIME.test(period[key])) throw badUserInput(`${at}.${key} must be a time as HH:MM, got ${period[key]}`, `${at}.${key}`);
    }
    if (period.closes <= period.opens) throw badUserInput(`${at}.closes must be later than ${at}.opens`, `${at}.closes`);
    return { day: period.day, opens: period.opens, closes: period.closes };
  });
  parsed.forEach((period, index) => {
    const overlapping = parsed.findIndex(
      (other, otherIndex) => otherIndex !== index && other.day === period.day && other.opens < period.closes && period.opens < other.closes,
    );
    if (overlapping !== -1 && overlapping < index) {
      throw badUserInput(`${field}[${index}] overlaps ${field}[${overlapping}] on ${period.day}`, `${field}[${index}]`);
    }
  });
  return parsed;
}
