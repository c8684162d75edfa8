import {
  badUserInput,
  type CaseAccessLoader,
  type Caller,
  conflict,
  type Connection,
  type ContextWith,
  CONTRACTS,
  createListLoader,
  createRecordLoader,
  EntityLoader,
  NOTE_TEXT,
  paginate,
  parseId,
  readEuros,
  readOptionalText,
  readText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unknownPerson,
  unlessUnique,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager, type Repository } from 'typeorm';
import type {
  EndHousingPlacementInput,
  HousingKind,
  HousingProposalStatus,
  HousingStatus,
  ProposeForHousingOfferInput,
  QueryHousingProposalsArgs,
  StartHousingPlacementInput,
} from '../generated/resolvers-types.js';
import { HousingOfferEntity } from '../housing-offer/housing-offer.entity.js';
import type { HousingOfferService } from '../housing-offer/housing-offer.service.js';
import type { HousingSituationService } from '../housing-situation/housing-situation.service.js';
import { HOLDS_A_PLACE, housingProposalWorkflow } from './housing-proposal-workflow.js';
import { HousingProposalEntity, HousingProposalTransitionEntity, HousingRequestEntity } from './housing-request.entity.js';
import { housingRequestPolicy, restrictProposals, type ProposalFacts } from './housing-request.policy.js';
import type { HousingRequestService } from './housing-request.service.js';

const FIELDS = ['housingProposal'];
const CANDIDATE_FIELDS = ['housingCandidate'];
const MAX_RENT_EUROS = 100_000;

/** The housing situation a placement in an offer of this kind becomes. */
const SITUATION_OF: Record<HousingKind, HousingStatus> = {
  APARTMENT: 'OWN_RENT',
  ROOM: 'SHARED_RENT',
  COHOUSING: 'COHOUSING',
  SOCIAL_HOUSING: 'SOCIAL_HOUSING',
  TRANSITIONAL_HOUSING: 'TRANSITIONAL_HOUSING',
};

export interface Candidate {
  givenName: string;
  familyName: string;
  householdSize: number;
}

type Context = ContextWith<{
  caseAccess: typeof CaseAccessLoader;
  housingOffers: typeof HousingOfferService;
  housingRequests: typeof HousingRequestService;
  housingSituations: typeof HousingSituationService;
}>;

/** Proposals of people for offers, and their placements, for one request and one caller. */
export class HousingProposalService {
  readonly #readable: EntityLoader<HousingProposalEntity>;
  readonly #history;
  readonly #candidates;
  private readonly repository: Repository<HousingProposalEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    const repository = dataSource.getRepository(HousingProposalEntity);
    this.repository = repository;
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.context = context;
    this.#readable = new EntityLoader(repository, 'housing proposal', async (ids) =>
      housingRequestPolicy.may(caller, 'listProposals')
        ? restrictProposals(repository.createQueryBuilder('p').where('p.id IN (:...ids)', { ids }), caller).getMany()
        : [],
    );
    this.#history = createListLoader<string, HousingProposalTransitionEntity>(
      (ids) =>
        dataSource
          .getRepository(HousingProposalTransitionEntity)
          .find({ where: { proposalId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } }),
      (transition) => transition.proposalId,
    );
    this.#candidates = createRecordLoader<
      string,
      { beneficiary_id: string; given_name: string; family_name: string; household_size: number }
    >(
      (ids) =>
        dataSource.query(
          `SELECT beneficiary_id::text, given_name, family_name, household_size FROM ${CONTRACTS.housingCandidate}
           WHERE beneficiary_id = ANY($1::uuid[])`,
          [ids],
        ),
      (row) => row.beneficiary_id,
    );
  }

  /** A proposal the caller may see: NOT_FOUND when unknown or not theirs to see. */
  get(id: string, field = 'id'): Promise<HousingProposalEntity> {
    return this.#readable.get(id, field);
  }

  /** A proposal the caller may see, or null. */
  find(id: string): Promise<HousingProposalEntity | null> {
    return this.#readable.find(id);
  }

  /** Newest first. */
  async list(args: QueryHousingProposalsArgs): Promise<Connection<HousingProposalEntity>> {
    housingRequestPolicy.assert(this.caller, 'listProposals');
    const query = restrictProposals(this.repository.createQueryBuilder('p'), this.caller);
    const filter = args.filter ?? {};
    if (filter.offerId != null) query.andWhere('p.offer_id = :offerId', { offerId: parseId(filter.offerId, 'filter.offerId') });
    if (filter.status != null) query.andWhere('p.status = :status', { status: filter.status });
    const connection = await paginate(query, args, [
      { column: 'p.proposed_at', direction: 'DESC', key: 'instant' },
      { column: 'p.id', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
    for (const { node } of connection.edges) this.audit.read(node.beneficiaryId, FIELDS);
    return connection;
  }

  historyOf(proposal: HousingProposalEntity): Promise<HousingProposalTransitionEntity[]> {
    return this.#history.load(proposal.id);
  }

  /** The facts the policy decides a proposal by: the proposal and its person (batched). */
  async factsOf(proposal: HousingProposalEntity): Promise<ProposalFacts> {
    return { proposal, person: await this.context.caseAccess.factsOf(proposal.beneficiaryId) };
  }

  /** The agreed minimum about the person, for those the policy lets see it; null for anyone else. Audited. */
  async candidateOf(proposal: HousingProposalEntity): Promise<Candidate | null> {
    if (!housingRequestPolicy.may(this.caller, 'seeCandidate', await this.factsOf(proposal))) return null;
    const row = await this.#candidates.load(proposal.beneficiaryId);
    if (!row) return null;
    this.audit.read(proposal.beneficiaryId, CANDIDATE_FIELDS);
    return { givenName: row.given_name, familyName: row.family_name, householdSize: row.household_size };
  }

  async propose(input: ProposeForHousingOfferInput): Promise<HousingProposalEntity> {
    const request = await this.context.housingRequests.get(input.requestId, 'input.requestId');
    // The consent is a fact even an administrator needs: read, never assumed.
    const person = (await this.context.caseAccess.load(request.beneficiaryId)) ?? unknownPerson(request.beneficiaryId);
    housingRequestPolicy.assert(this.caller, 'propose', person);
    housingRequestPolicy.assert(this.caller, 'proposeWithConsent', person);
    if (request.status !== 'OPEN') throw badUserInput('The housing request is closed: open a new one', 'input.requestId');
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    const offer = await this.context.housingOffers.get(input.offerId, 'input.offerId');
    if (offer.status !== 'AVAILABLE')
      throw badUserInput(`The offer is ${offer.status}: only AVAILABLE offers take proposals`, 'input.offerId');
    if (offer.placesTaken >= offer.places) throw conflict('No places left in this offer', 'input.offerId');
    return this.dataSource.transaction(async (manager) => {
      const saved = await unlessUnique(
        manager.getRepository(HousingProposalEntity).save({
          requestId: request.id,
          offerId: offer.id,
          beneficiaryId: request.beneficiaryId,
          providerId: offer.providerId,
          status: 'PROPOSED' as const,
          proposedBy: this.caller.userId,
        }),
        () => conflict('The person is already proposed for this offer', 'input.offerId'),
      );
      await this.record(manager, saved.id, null, 'PROPOSED', note);
      await this.audit.change(manager, 'proposeForHousingOffer', {
        beneficiaryId: request.beneficiaryId,
        fields: FIELDS,
        details: { proposalId: saved.id, offerId: offer.id, providerId: offer.providerId },
      });
      return manager.getRepository(HousingProposalEntity).findOneByOrFail({ id: saved.id });
    });
  }

  recordViewing(id: string, viewingOn: string): Promise<HousingProposalEntity> {
    return this.move(id, 'VIEWING', 'recordHousingViewing', 'answer', { viewingOn });
  }

  accept(id: string): Promise<HousingProposalEntity> {
    return this.move(id, 'ACCEPTED', 'acceptHousingProposal', 'answer', {});
  }

  decline(id: string, reason: string): Promise<HousingProposalEntity> {
    return this.move(id, 'DECLINED', 'declineHousingProposal', 'answer', {}, readText(reason, 'reason', NOTE_TEXT));
  }

  withdraw(id: string, reason: string): Promise<HousingProposalEntity> {
    return this.move(id, 'WITHDRAWN', 'withdrawHousingProposal', 'withdraw', {}, readText(reason, 'reason', NOTE_TEXT));
  }

  startPlacement(id: string, input: StartHousingPlacementInput): Promise<HousingProposalEntity> {
    const rentCents = readEuros(input.monthlyRentEuros, 'input.monthlyRentEuros', MAX_RENT_EUROS);
    return this.move(id, 'PLACED', 'startHousingPlacement', 'place', {
      contractType: input.contractType,
      startsOn: input.startsOn,
      rentCents,
    });
  }

  endPlacement(id: string, input: EndHousingPlacementInput): Promise<HousingProposalEntity> {
    if (input.endedOn > todayInItaly()) throw badUserInput(`input.endedOn must be today (${todayInItaly()}) or earlier`, 'input.endedOn');
    return this.move(id, 'ENDED', 'endHousingPlacement', 'place', { endedOn: input.endedOn, outcome: input.outcome });
  }

  /**
   * One change of stage, in one transaction holding the proposal's row lock: the stage read again under it, the
   * place taken or given back (a conditional update of the offer: of two acceptances racing for its last place,
   * the second finds none), the person's situation when the placement begins, the transition and the audit entry.
   */
  private async move(
    id: string,
    to: HousingProposalStatus,
    operation: string,
    action: 'answer' | 'withdraw' | 'place',
    fields: Partial<HousingProposalEntity>,
    note: string | null = null,
  ): Promise<HousingProposalEntity> {
    housingRequestPolicy.assert(this.caller, 'listProposals');
    const proposal = await this.get(id);
    housingRequestPolicy.assert(this.caller, action, await this.factsOf(proposal));
    return this.dataSource.transaction(async (manager) => {
      const [current]: { status: HousingProposalStatus; starts_on: string | null }[] = await manager.query(
        'SELECT status, starts_on FROM housing.housing_proposal WHERE id = $1 FOR UPDATE',
        [proposal.id],
      );
      const from = current!.status;
      housingProposalWorkflow.assert(from, to, 'id');
      if (to === 'ENDED' && fields.endedOn! < current!.starts_on!) {
        throw badUserInput(`input.endedOn cannot be before the placement began (${current!.starts_on})`, 'input.endedOn');
      }
      if (to === 'ACCEPTED') await takePlace(manager, proposal.offerId);
      if (HOLDS_A_PLACE.includes(from) && !HOLDS_A_PLACE.includes(to)) await givePlaceBack(manager, proposal.offerId);
      await manager
        .getRepository(HousingProposalEntity)
        .update({ id: proposal.id }, { ...fields, status: to, version: () => 'version + 1' });
      if (to === 'PLACED') {
        const offer = await manager.getRepository(HousingOfferEntity).findOneByOrFail({ id: proposal.offerId });
        await this.context.housingSituations.applyPlacement(manager, proposal.beneficiaryId, {
          status: SITUATION_OF[offer.kind],
          municipality: offer.municipality,
          since: fields.startsOn!,
        });
        await manager.getRepository(HousingRequestEntity).update({ id: proposal.requestId }, { status: 'CLOSED' });
      }
      await this.record(manager, proposal.id, from, to, note);
      await this.audit.change(manager, operation, {
        beneficiaryId: proposal.beneficiaryId,
        fields: FIELDS,
        details: { proposalId: proposal.id, offerId: proposal.offerId, from, to, ...(note ? { note } : {}) },
      });
      return manager.getRepository(HousingProposalEntity).findOneByOrFail({ id: proposal.id });
    });
  }

  private async record(
    manager: EntityManager,
    proposalId: string,
    from: HousingProposalStatus | null,
    to: HousingProposalStatus,
    note: string | null,
  ) {
    await manager.getRepository(HousingProposalTransitionEntity).insert({
      proposalId,
      fromStatus: from,
      toStatus: to,
      note,
      byUser: this.caller.userId,
      at: () => 'clock_timestamp()',
    });
  }
}

async function takePlace(manager: EntityManager, offerId: string): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(HousingOfferEntity)
    .set({ placesTaken: () => 'places_taken + 1' })
    .where('id = :offerId AND places_taken < places', { offerId })
    .execute();
  if (result.affected !== 1) throw conflict('No places left in this offer: the proposal cannot be accepted', 'id');
}

async function givePlaceBack(manager: EntityManager, offerId: string): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(HousingOfferEntity)
    .set({ placesTaken: () => 'places_taken - 1' })
    .where('id = :offerId AND places_taken > 0', { offerId })
    .execute();
}
