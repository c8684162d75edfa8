import {
  badUserInput,
  type Caller,
  type Connection,
  createListLoader,
  EntityLoader,
  isIsoDate,
  parseId,
  readPageRequest,
  type RequestAudit,
  toConnection,
  todayInItaly,
} from '@shubh/platform';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { QueryReferralsArgs, ReferralFilter } from '../generated/resolvers-types.js';
import { mayReadReferrals, requireReferralReadRole, restrictToReadable } from './referral-access.js';
import { ReferralTransitionEntity } from './referral-transition.entity.js';
import { AWAITING_ANSWER } from './referral-transitions.js';
import { ReferralEntity } from './referral.entity.js';

/** Newest first, ties by id: the cursor carries the send instant and the id. */
const SORT_KEY = ['text', 'id'] as const;

/**
 * The send instant as the cursor carries it: PostgreSQL's microseconds, in UTC. A JavaScript Date keeps
 * milliseconds only, and a cursor rounded to them would skip or repeat referrals sent within the same one.
 */
const SENT_AT_CURSOR = `to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}Z$/;

/** What a referral read tells the audit trail: the person, and that the referral itself was seen. */
const AUDITED_FIELDS = ['referral'];

/** Reads of referrals for one request and one caller: only the referrals the caller may see are ever loaded. */
export class ReferralService {
  readonly #readable: EntityLoader<ReferralEntity>;
  /** The transitions of the referrals already read (so already authorized), oldest first. */
  readonly #history;

  constructor(
    private readonly repository: Repository<ReferralEntity>,
    transitions: Repository<ReferralTransitionEntity>,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {
    this.#history = createListLoader<string, ReferralTransitionEntity>(
      (referralIds) => transitions.find({ where: { referralId: In([...referralIds]) }, order: { at: 'ASC', id: 'ASC' } }),
      (transition) => transition.referralId,
    );
    this.#readable = new EntityLoader(repository, 'referral', async (ids) =>
      // A role that sees no referral costs no statement.
      mayReadReferrals(caller)
        ? restrictToReadable(repository.createQueryBuilder('r').where('r.id IN (:...ids)', { ids }), caller).getMany()
        : [],
    );
  }

  /**
   * A referral the caller may see, for a mutation's argument: BAD_USER_INPUT when malformed, NOT_FOUND when unknown
   * or not theirs to see (so a mutation tells nobody else that it exists). The mutation audits what it changes.
   */
  get(id: string, field = 'id'): Promise<ReferralEntity> {
    return this.#readable.get(id, field);
  }

  /** Every change of status of a referral the caller already read, oldest first (batched). */
  historyOf(referral: ReferralEntity): Promise<ReferralTransitionEntity[]> {
    return this.#history.load(referral.id);
  }

  /** Still waiting for the partner's answer after the day it was due (until `expireOverdueReferrals` runs). */
  isOverdue(referral: ReferralEntity): boolean {
    return AWAITING_ANSWER.includes(referral.status) && referral.responseDueOn < todayInItaly();
  }

  /** For federation references: null when unknown or not the caller's to see, so it leaks nothing. */
  async findById(id: string): Promise<ReferralEntity | null> {
    const referral = await this.#readable.find(id);
    if (referral) this.audit.read(referral.beneficiaryId, AUDITED_FIELDS);
    return referral;
  }

  async list(args: QueryReferralsArgs): Promise<Connection<ReferralEntity>> {
    requireReferralReadRole(this.caller);
    const page = readPageRequest(args, SORT_KEY);
    const query = restrictToReadable(this.repository.createQueryBuilder('r'), this.caller);
    applyFilter(query, args.filter ?? {});
    if (page.after) {
      const [sentAt, id] = page.after;
      const instant = CURSOR_INSTANT.exec(sentAt);
      if (!instant || !isIsoDate(instant[1]!)) {
        throw badUserInput('after is not a cursor from this list; use pageInfo.endCursor of the previous page', 'after');
      }
      // Newest first, then by id: the keyset condition mirrors that mixed order.
      query.andWhere('(r.sent_at < :sentAt OR (r.sent_at = :sentAt AND r.id > :id))', { sentAt, id });
    }
    const { entities, raw } = await query
      .addSelect(SENT_AT_CURSOR, 'sent_at_cursor')
      .orderBy('r.sent_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(page.first + 1)
      .getRawAndEntities<{ r_id: string; sent_at_cursor: string }>();
    const sentAtCursor = new Map(raw.map((row) => [row.r_id, row.sent_at_cursor]));
    this.#readable.prime(entities);
    const connection = toConnection(entities, page, (row) => [sentAtCursor.get(row.id)!, row.id]);
    for (const { node } of connection.edges) this.audit.read(node.beneficiaryId, AUDITED_FIELDS);
    return connection;
  }
}

function applyFilter(query: SelectQueryBuilder<ReferralEntity>, filter: ReferralFilter): void {
  if (filter.integraCornerId != null) {
    query.andWhere('r.from_corner_id = :fromCornerId', { fromCornerId: parseId(filter.integraCornerId, 'filter.integraCornerId') });
  }
  if (filter.toOrganisationId != null) {
    query.andWhere('r.to_organisation_id = :toOrganisationId', {
      toOrganisationId: parseId(filter.toOrganisationId, 'filter.toOrganisationId'),
    });
  }
  if (filter.status != null) query.andWhere('r.status = :status', { status: filter.status });
}
