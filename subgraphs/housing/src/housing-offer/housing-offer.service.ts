import {
  badUserInput,
  type Caller,
  conflict,
  createListLoader,
  EntityLoader,
  NOTE_TEXT,
  parseProvince,
  paginate,
  readEuros,
  readOptionalText,
  readText,
  type RequestAudit,
  SHORT_TEXT,
  type Connection,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import type {
  HousingOfferFilter,
  PublishHousingOfferInput,
  QueryHousingOffersArgs,
  UpdateHousingOfferInput,
} from '../generated/resolvers-types.js';
import { HousingOfferEntity } from './housing-offer.entity.js';
import { housingOfferPolicy } from './housing-offer.policy.js';

const MAX_EUROS = 100_000;

// The rent column is a PostgreSQL integer: a larger ceiling than its maximum filters nothing out.
const MAX_RENT_CENTS = 2_147_483_647;

/** Reads of housing offers for one request. Holds that request's DataLoaders. */
export class HousingOfferService {
  readonly #byId: EntityLoader<HousingOfferEntity>;
  readonly #availableByProvider;

  private readonly repository: Repository<HousingOfferEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    const repository = dataSource.getRepository(HousingOfferEntity);
    this.repository = repository;
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.#byId = new EntityLoader(repository, 'housing offer');
    this.#availableByProvider = createListLoader<string, HousingOfferEntity>(
      (providerIds) =>
        repository.find({
          where: { providerId: In([...providerIds]), status: 'AVAILABLE' },
          order: { availableFrom: 'ASC', id: 'ASC' },
        }),
      (offer) => offer.providerId,
    );
  }

  /** An offer by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<HousingOfferEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown or malformed, so one bad reference does not fail a list. */
  findById(id: string): Promise<HousingOfferEntity | null> {
    return this.#byId.find(id);
  }

  /** Offers another read already loaded (a ranking): a later reference to them costs no statement. */
  prime(offers: readonly HousingOfferEntity[]): void {
    this.#byId.prime(offers);
  }

  /** The offer a proposal points at (foreign key): batched. */
  referencedBy(id: string): Promise<HousingOfferEntity> {
    return this.#byId.referenced(id);
  }

  /** The offers of one provider that are still open, the soonest available first. */
  availableOffersOf(providerId: string): Promise<HousingOfferEntity[]> {
    return this.#availableByProvider.load(providerId);
  }

  /** By the day they become available, then id. */
  async list(args: QueryHousingOffersArgs): Promise<Connection<HousingOfferEntity>> {
    const query = this.repository.createQueryBuilder('o');
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'o.available_from', key: 'date', value: (row) => row.availableFrom },
      { column: 'o.id', key: 'id', value: (row) => row.id },
    ]);
    this.#byId.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }

  /** Publishes an AVAILABLE offer of the caller's organisation. */
  async publish(input: PublishHousingOfferInput): Promise<HousingOfferEntity> {
    housingOfferPolicy.assert(this.caller, 'publish');
    const values = {
      ...readTerms(input, 'input'),
      title: readText(input.title, 'input.title', SHORT_TEXT),
      kind: input.kind,
      province: parseProvince(input.province, 'input.province'),
      municipality: readText(input.municipality, 'input.municipality', SHORT_TEXT),
      bedrooms: readBedrooms(input.bedrooms),
      monthlyRentCents: readEuros(input.monthlyRentEuros, 'input.monthlyRentEuros', MAX_EUROS),
      availableFrom: input.availableFrom,
      providerId: this.caller.organisationId!,
      status: 'AVAILABLE' as const,
    };
    return this.dataSource.transaction(async (manager) => {
      const { id } = await manager.getRepository(HousingOfferEntity).save(values);
      await this.audit.change(manager, 'publishHousingOffer', {
        beneficiaryId: null,
        details: { offerId: id, providerId: values.providerId, kind: values.kind, places: values.places ?? 1 },
      });
      return manager.getRepository(HousingOfferEntity).findOneByOrFail({ id });
    });
  }

  /** Changes the terms of an offer, against the version the caller read. */
  async update(id: string, expectedVersion: number, input: UpdateHousingOfferInput): Promise<HousingOfferEntity> {
    const offer = await this.get(id);
    housingOfferPolicy.assert(this.caller, 'manage', offer);
    const fields: Partial<HousingOfferEntity> = { ...readTerms(input, 'input') };
    if (input.title != null) fields.title = readText(input.title, 'input.title', SHORT_TEXT);
    if (input.monthlyRentEuros != null) fields.monthlyRentCents = readEuros(input.monthlyRentEuros, 'input.monthlyRentEuros', MAX_EUROS);
    if (input.availableFrom != null) fields.availableFrom = input.availableFrom;
    return this.change(offer, expectedVersion, 'updateHousingOffer', fields);
  }

  /** Withdraws an offer: no new proposal for it; proposals already made run their course. */
  async withdraw(id: string, expectedVersion: number): Promise<HousingOfferEntity> {
    const offer = await this.get(id);
    housingOfferPolicy.assert(this.caller, 'manage', offer);
    if (offer.status === 'WITHDRAWN') throw conflict('The offer is already withdrawn', 'id');
    return this.change(offer, expectedVersion, 'withdrawHousingOffer', { status: 'WITHDRAWN' });
  }

  private change(
    offer: HousingOfferEntity,
    expectedVersion: number,
    operation: string,
    fields: Partial<HousingOfferEntity>,
  ): Promise<HousingOfferEntity> {
    return this.dataSource.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder()
        .update(HousingOfferEntity)
        .set({ ...fields, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :expectedVersion', { id: offer.id, expectedVersion });
      // Capacity never below the places already taken (checked under the same row lock as the version).
      if (fields.places !== undefined) query.andWhere('places_taken <= :places', { places: fields.places });
      const result = await query.execute();
      if (result.affected !== 1) {
        const [current]: { version: number; places_taken: number }[] = await manager.query(
          'SELECT version, places_taken FROM housing.housing_offer WHERE id = $1',
          [offer.id],
        );
        if (current!.version !== expectedVersion) {
          throw conflict(
            `The offer changed since you read it (version ${current!.version}, not ${expectedVersion}): read it again`,
            'expectedVersion',
            {
              currentVersion: current!.version,
            },
          );
        }
        throw badUserInput(`input.places cannot be below the ${current!.places_taken} places already taken`, 'input.places');
      }
      await this.audit.change(manager, operation, {
        beneficiaryId: null,
        fields: Object.keys(fields).sort(),
        details: { offerId: offer.id, providerId: offer.providerId, version: expectedVersion + 1 },
      });
      return manager.getRepository(HousingOfferEntity).findOneByOrFail({ id: offer.id });
    });
  }
}

function readBedrooms(bedrooms: number): number {
  if (!Number.isInteger(bedrooms) || bedrooms < 0 || bedrooms > 20) throw badUserInput('input.bedrooms must be 0 to 20', 'input.bedrooms');
  return bedrooms;
}

type Terms = Pick<
  PublishHousingOfferInput,
  'depositEuros' | 'chargesEuros' | 'places' | 'accessible' | 'furnished' | 'minimumStayMonths' | 'conditions'
>;

/** The optional terms shared by publish and update, each checked and named by its input field. */
function readTerms(input: Terms, at: string): Partial<HousingOfferEntity> {
  const terms: Partial<HousingOfferEntity> = {};
  if (input.depositEuros != null) terms.depositCents = readEuros(input.depositEuros, `${at}.depositEuros`, MAX_EUROS);
  if (input.chargesEuros != null) terms.chargesCents = readEuros(input.chargesEuros, `${at}.chargesEuros`, MAX_EUROS);
  if (input.places != null) {
    if (!Number.isInteger(input.places) || input.places < 1 || input.places > 200) {
      throw badUserInput(`${at}.places must be 1 to 200`, `${at}.places`);
    }
    terms.places = input.places;
  }
  if (input.accessible != null) terms.accessible = input.accessible;
  if (input.furnished != null) terms.furnished = input.furnished;
  if (input.minimumStayMonths != null) {
    if (!Number.isInteger(input.minimumStayMonths) || input.minimumStayMonths < 1 || input.minimumStayMonths > 120) {
      throw badUserInput(`${at}.minimumStayMonths must be 1 to 120`, `${at}.minimumStayMonths`);
    }
    terms.minimumStayMonths = input.minimumStayMonths;
  }
  if (input.conditions !== undefined) terms.conditions = readOptionalText(input.conditions, `${at}.conditions`, NOTE_TEXT);
  return terms;
}

function applyFilter(query: SelectQueryBuilder<HousingOfferEntity>, filter: HousingOfferFilter): void {
  if (filter.province != null) {
    query.andWhere('o.province = :province', { province: parseProvince(filter.province, 'filter.province') });
  }
  if (filter.kind != null) query.andWhere('o.kind = :kind', { kind: filter.kind });
  if (filter.status != null) query.andWhere('o.status = :status', { status: filter.status });
  if (filter.maxMonthlyRentEuros != null) {
    if (filter.maxMonthlyRentEuros < 0) {
      throw badUserInput('filter.maxMonthlyRentEuros must be 0 or more', 'filter.maxMonthlyRentEuros');
    }
    const maxCents = Math.min(Math.round(filter.maxMonthlyRentEuros * 100), MAX_RENT_CENTS);
    query.andWhere('o.monthly_rent_cents <= :maxCents', { maxCents });
  }
}
