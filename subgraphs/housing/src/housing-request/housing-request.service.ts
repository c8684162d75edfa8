import {
  badUserInput,
  type CaseAccessLoader,
  type Caller,
  conflict,
  type ContextWith,
  CONTRACTS,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  notFound,
  parseId,
  parseProvince,
  readOptionalText,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
  unknownPerson,
  unlessUnique,
} from '@shubh/platform';
import { In, type DataSource } from 'typeorm';
import type { OpenHousingRequestInput } from '../generated/resolvers-types.js';
import { housingConfig } from '../housing-config.js';
import { HousingOfferEntity } from '../housing-offer/housing-offer.entity.js';
import type { HousingOfferService } from '../housing-offer/housing-offer.service.js';
import { OFFERS_FOR_SQL, rankOffer, type RankedOffer, type RankingRow } from './offer-ranking.js';
import { HousingProposalEntity, HousingRequestEntity } from './housing-request.entity.js';
import { housingRequestPolicy } from './housing-request.policy.js';

const FIELDS = ['housingRequest'];

type Context = ContextWith<{ caseAccess: typeof CaseAccessLoader; housingOffers: typeof HousingOfferService }>;

/** Housing requests for one request and one caller: only the person's case team ever reads one. */
export class HousingRequestService {
  readonly #byId: EntityLoader<HousingRequestEntity>;
  readonly #proposals;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly context: Context;

  constructor({ dataSource, caller, audit, context }: ServiceScope<Context>) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.context = context;
    this.#byId = new EntityLoader(dataSource.getRepository(HousingRequestEntity), 'housing request');
    this.#proposals = createListLoader<string, HousingProposalEntity>(
      (ids) =>
        dataSource
          .getRepository(HousingProposalEntity)
          .find({ where: { requestId: In([...ids]) }, order: { proposedAt: 'ASC', id: 'ASC' } }),
      (proposal) => proposal.requestId,
    );
  }

  /** A request the caller may read (NOT_FOUND otherwise, so that it tells nobody else it exists), audited. */
  async get(id: string, field = 'id'): Promise<HousingRequestEntity> {
    const request = await this.#byId.get(id, field);
    const facts = await this.context.caseAccess.factsOf(request.beneficiaryId);
    if (!housingRequestPolicy.may(this.caller, 'read', facts)) throw notFound('housing request', id, field);
    this.audit.read(request.beneficiaryId, FIELDS);
    return request;
  }

  /** The proposals of a request the caller already read (batched). */
  proposalsOf(request: HousingRequestEntity): Promise<HousingProposalEntity[]> {
    return this.#proposals.load(request.id);
  }

  async open(input: OpenHousingRequestInput): Promise<HousingRequestEntity> {
    const beneficiaryId = parseId(input.beneficiaryId, 'input.beneficiaryId');
    const province = parseProvince(input.province, 'input.province');
    const note = readOptionalText(input.note, 'input.note', NOTE_TEXT);
    const facts = await this.context.caseAccess.load(beneficiaryId);
    housingRequestPolicy.assert(this.caller, 'open', facts ?? unknownPerson(beneficiaryId));
    if (!facts?.integraCornerId) throw notFound('beneficiary', beneficiaryId, 'input.beneficiaryId');
    return this.dataSource.transaction(async (manager) => {
      // The household, from the beneficiaries subgraph's published contract.
      const [household]: { household_size: number; minors: number }[] = await manager.query(
        `SELECT household_size, minors FROM ${CONTRACTS.housingCandidate} WHERE beneficiary_id = $1`,
        [beneficiaryId],
      );
      const saved = await unlessUnique(
        manager.getRepository(HousingRequestEntity).save({
          beneficiaryId,
          integraCornerId: facts.integraCornerId!,
          province,
          householdSize: household?.household_size ?? 1,
          minors: household?.minors ?? 0,
          status: 'OPEN' as const,
          note,
          openedBy: this.caller.userId,
        }),
        () => conflict('This person already has an open housing request: close it first', 'input.beneficiaryId'),
      );
      await this.audit.change(manager, 'openHousingRequest', {
        beneficiaryId,
        fields: FIELDS,
        details: { requestId: saved.id, province },
      });
      return manager.getRepository(HousingRequestEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async close(id: string): Promise<HousingRequestEntity> {
    const request = await this.get(id);
    if (request.status === 'CLOSED') throw conflict('The housing request is already closed', 'id');
    return this.dataSource.transaction(async (manager) => {
      await manager.getRepository(HousingRequestEntity).update({ id: request.id }, { status: 'CLOSED' });
      await this.audit.change(manager, 'closeHousingRequest', {
        beneficiaryId: request.beneficiaryId,
        fields: FIELDS,
        details: { requestId: id },
      });
      return manager.getRepository(HousingRequestEntity).findOneByOrFail({ id: request.id });
    });
  }

  /**
   * The open offers of the request's province ranked for it in ONE statement (the request's row and the person's
   * situation joined in SQL), whatever `first` is; the reasons are worded from the row.
   */
  async offersFor(requestId: string, first: number | null | undefined): Promise<RankedOffer[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badUserInput('first must be between 1 and 100', 'first');
    const request = await this.get(requestId, 'requestId');
    const config = housingConfig();
    const rows: RankingRow[] = await this.dataSource.query(OFFERS_FOR_SQL, [
      request.id,
      request.province,
      todayInItaly(),
      config.rentShareCeiling,
      limit,
    ]);
    const offers = rows.map((row) => this.dataSource.getRepository(HousingOfferEntity).create(hydrateOffer(row)));
    this.context.housingOffers.prime(offers);
    return rows.map((row, index) => rankOffer(row, offers[index]!, request, config.rentShareCeiling));
  }
}

/** A raw row's offer columns, as the entity names them. */
function hydrateOffer(row: RankingRow): Partial<HousingOfferEntity> {
  return {
    id: row.id,
    title: row.title,
    providerId: row.provider_id,
    kind: row.kind,
    province: row.province,
    municipality: row.municipality,
    bedrooms: row.bedrooms,
    monthlyRentCents: row.monthly_rent_cents,
    availableFrom: row.available_from,
    status: row.status,
    createdAt: row.created_at,
    depositCents: row.deposit_cents,
    chargesCents: row.charges_cents,
    places: row.places,
    placesTaken: row.places_taken,
    accessible: row.accessible,
    furnished: row.furnished,
    minimumStayMonths: row.minimum_stay_months,
    conditions: row.conditions,
    version: row.version,
    updatedAt: row.updated_at,
  };
}
