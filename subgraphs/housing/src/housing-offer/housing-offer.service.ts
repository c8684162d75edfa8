import {
  badUserInput,
  createListLoader,
  createRecordLoader,
  isIsoDate,
  notFound,
  parseId,
  parseProvince,
  readPageRequest,
  toConnection,
  type Connection,
} from '@shubh/platform';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { HousingOfferFilter, QueryHousingOffersArgs, ResolversTypes } from '../generated/resolvers-types.js';
import { HousingOfferEntity } from './housing-offer.entity.js';

const SORT_KEY_LENGTH = 2;
// The rent column is a PostgreSQL integer: a larger ceiling than its maximum filters nothing out.
const MAX_RENT_CENTS = 2_147_483_647;

/** Reads of housing offers for one request. Holds that request's DataLoaders. */
export class HousingOfferService {
  readonly #byId;
  readonly #availableByProvider;

  constructor(private readonly repository: Repository<HousingOfferEntity>) {
    this.#byId = createRecordLoader<string, HousingOfferEntity>(
      (ids) => repository.findBy({ id: In([...ids]) }),
      (offer) => offer.id,
    );
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
  async get(id: string, field = 'id'): Promise<HousingOfferEntity> {
    const offer = await this.#byId.load(parseId(id, field));
    if (!offer) throw notFound('housing offer', id, field);
    return offer;
  }

  /** For federation references: null when the id is unknown or malformed, so one bad reference does not fail a list. */
  async findById(id: string): Promise<HousingOfferEntity | null> {
    try {
      return await this.#byId.load(parseId(id, 'id'));
    } catch {
      return null;
    }
  }

  /** For federation references to an Organisation: its stub, or null for a malformed id (never sent to SQL). */
  organisationReference(id: string): ResolversTypes['Organisation'] | null {
    try {
      return organisationStub(parseId(id, 'id'));
    } catch {
      return null;
    }
  }

  /** The offers of one provider that are still open, the soonest available first. */
  availableOffersOf(providerId: string): Promise<HousingOfferEntity[]> {
    return this.#availableByProvider.load(providerId);
  }

  async list(args: QueryHousingOffersArgs): Promise<Connection<HousingOfferEntity>> {
    const page = readPageRequest(args, SORT_KEY_LENGTH);
    const query = this.repository.createQueryBuilder('o');
    applyFilter(query, args.filter ?? {});
    if (page.after) {
      const [availableFrom, id] = page.after.map(String) as [string, string];
      if (!isIsoDate(availableFrom)) throw badUserInput('after is not a cursor from this list', 'after');
      query.andWhere('(o.available_from, o.id) > (:availableFrom, :id)', { availableFrom, id: parseId(id, 'after') });
    }
    const rows = await query
      .orderBy('o.available_from')
      .addOrderBy('o.id')
      .limit(page.first + 1)
      .getMany();
    for (const row of rows) this.#byId.prime(row.id, row);
    return toConnection(rows, page, (row) => [row.availableFrom, row.id]);
  }
}

/**
 * Organisation is owned by the catalogue subgraph: this subgraph hands out `{ id }` stubs and resolves their
 * `housingOffers` from the id. (The generated parent type also lists `housingOffers`, hence the cast.)
 */
export function organisationStub(id: string): ResolversTypes['Organisation'] {
  return { id } as ResolversTypes['Organisation'];
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
