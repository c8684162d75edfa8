import { badUserInput, createListLoader, EntityLoader, parseProvince, paginate, type Connection, type ServiceScope } from '@shubh/platform';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { HousingOfferFilter, QueryHousingOffersArgs } from '../generated/resolvers-types.js';
import { HousingOfferEntity } from './housing-offer.entity.js';

// The rent column is a PostgreSQL integer: a larger ceiling than its maximum filters nothing out.
const MAX_RENT_CENTS = 2_147_483_647;

/** Reads of housing offers for one request. Holds that request's DataLoaders. */
export class HousingOfferService {
  readonly #byId: EntityLoader<HousingOfferEntity>;
  readonly #availableByProvider;

  private readonly repository: Repository<HousingOfferEntity>;

  constructor({ dataSource }: ServiceScope) {
    const repository = dataSource.getRepository(HousingOfferEntity);
    this.repository = repository;
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
