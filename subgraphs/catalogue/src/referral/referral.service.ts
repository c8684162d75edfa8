import {
  type Caller,
  type Connection,
  type ContextWith,
  createListLoader,
  createRecordLoader,
  EntityLoader,
  isId,
  paginate,
  parseId,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { QueryReferralsArgs, ReferralFilter } from '../generated/resolvers-types.js';
import type { caseAccessServices } from '../case-access/case-access.module.js';
import { referralPolicy, restrictToReadable } from './referral.policy.js';
import { ReferralTransitionEntity } from './referral-transition.entity.js';
import { AWAITING_ANSWER } from './referral-transitions.js';
import { ReferralEntity } from './referral.entity.js';

/** The moves only the provider makes: what it wrote in them is its own. */
const PROVIDER_ANSWERS: readonly string[] = ['RECEIVED', 'ACCEPTED', 'REJECTED', 'COMPLETED'];

/** What a referral read tells the audit trail: the person, and that the referral itself was seen. */
const AUDITED_FIELDS = ['referral'];

/** Reads of referrals for one request and one caller: only the referrals the caller may see are ever loaded. */
export class ReferralService {
  readonly #readable: EntityLoader<ReferralEntity>;
  /** The transitions of the referrals already read (so already authorized), oldest first. */
  readonly #history;
  /** The latest referral sent from each plan action, among those the caller may see. */
  readonly #latestOfAction;

  private readonly repository: Repository<ReferralEntity>;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  private readonly context: ContextWith<typeof caseAccessServices>;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof caseAccessServices>>) {
    this.context = context;
    const repository = dataSource.getRepository(ReferralEntity);
    const transitions = dataSource.getRepository(ReferralTransitionEntity);
    this.repository = repository;
    this.caller = caller;
    this.audit = audit;
    this.#history = createListLoader<string, ReferralTransitionEntity>(
      (referralIds) => transitions.find({ where: { referralId: In([...referralIds]) }, order: { at: 'ASC', id: 'ASC' } }),
      (transition) => transition.referralId,
    );
    this.#latestOfAction = createRecordLoader<string, ReferralEntity>(
      async (actionIds) =>
        referralPolicy.may(caller, 'read')
          ? restrictToReadable(
              repository
                .createQueryBuilder('r')
                .distinctOn(['r.plan_action_id'])
                .where('r.plan_action_id IN (:...actionIds)', { actionIds })
                .orderBy('r.plan_action_id')
                .addOrderBy('r.sent_at', 'DESC')
                .addOrderBy('r.id', 'DESC'),
              caller,
            ).getMany()
          : [],
      (referral) => referral.planActionId!,
    );
    this.#readable = new EntityLoader(repository, 'referral', async (ids) =>
      // A role that sees no referral costs no statement.
      referralPolicy.may(caller, 'read')
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
  async historyOf(referral: ReferralEntity): Promise<ReferralTransitionEntity[]> {
    const history = await this.#history.load(referral.id);
    if (await this.mayReadDetails(referral)) return history;
    // The steps and their days stay (the provider's accounting), and so do the provider's own answers (its rejection
    // reason, its outcome); what the sending corner wrote (a cancellation's reason) does not.
    return history.map((transition) =>
      PROVIDER_ANSWERS.includes(transition.toStatus)
        ? transition
        : Object.assign(new ReferralTransitionEntity(), transition, { reason: null, outcome: null }),
    );
  }

  /** The sender's note: null for a provider once the referral closed or the person's consent to share was withdrawn. */
  async noteOf(referral: ReferralEntity): Promise<string | null> {
    return (await this.mayReadDetails(referral)) ? referral.note : null;
  }

  /** The referral policy's `readDetails`; the person's facts are read (batched) only when the rule needs them. */
  private async mayReadDetails(referral: ReferralEntity): Promise<boolean> {
    if (referralPolicy.may(this.caller, 'readDetails', { referral, facts: null })) return true;
    if (!this.caller.has('partner-operator')) return false;
    const facts = await this.context.caseAccess.load(referral.beneficiaryId);
    return referralPolicy.may(this.caller, 'readDetails', { referral, facts });
  }

  /** Still waiting for the partner's answer after the day it was due (until `expireOverdueReferrals` runs). */
  isOverdue(referral: ReferralEntity): boolean {
    return AWAITING_ANSWER.includes(referral.status) && referral.responseDueOn < todayInItaly();
  }

  /** `PlanAction.referral`: the latest referral sent from the action that the caller may see; null when none. */
  async latestOfAction(actionId: string): Promise<ReferralEntity | null> {
    if (!isId(actionId)) return null;
    const referral = await this.#latestOfAction.load(actionId.toLowerCase());
    if (referral) this.audit.read(referral.beneficiaryId, AUDITED_FIELDS);
    return referral;
  }

  /** For federation references: null when unknown or not the caller's to see, so it leaks nothing. */
  async findById(id: string): Promise<ReferralEntity | null> {
    const referral = await this.#readable.find(id);
    if (referral) this.audit.read(referral.beneficiaryId, AUDITED_FIELDS);
    return referral;
  }

  /** Newest first, ties by id; the cursor carries the send instant to the microsecond. */
  async list(args: QueryReferralsArgs): Promise<Connection<ReferralEntity>> {
    referralPolicy.assert(this.caller, 'read');
    const query = restrictToReadable(this.repository.createQueryBuilder('r'), this.caller);
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'r.sent_at', direction: 'DESC', key: 'instant' },
      { column: 'r.id', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
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
