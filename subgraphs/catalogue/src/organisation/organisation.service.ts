import { EntityLoader, parseProvince, readPageRequest, toConnection, type Connection } from '@shubh/platform';
import type { Repository } from 'typeorm';
import type { QueryOrganisationsArgs } from '../generated/resolvers-types.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Organisations are listed by name, then id. */
const SORT_KEY = ['text', 'id'] as const;

/** Reads of the partner network's organisations for one request. Holds that request's DataLoader. */
export class OrganisationService {
  readonly #byId: EntityLoader<OrganisationEntity>;

  constructor(private readonly repository: Repository<OrganisationEntity>) {
    this.#byId = new EntityLoader(repository, 'organisation');
  }

  /** An organisation by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<OrganisationEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown, so one bad reference does not fail a list. */
  findById(id: string): Promise<OrganisationEntity | null> {
    return this.#byId.find(id);
  }

  /**
   * The organisation a row of this subgraph points at (a corner's host, a service's provider). A foreign key
   * guarantees it exists, so a miss is a server fault, not a client's.
   */
  referencedBy(id: string): Promise<OrganisationEntity> {
    return this.#byId.referenced(id);
  }

  async list(args: QueryOrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const page = readPageRequest(args, SORT_KEY);
    const query = this.repository.createQueryBuilder('o');
    const { type, province } = args.filter ?? {};
    if (type != null) query.andWhere('o.type = :type', { type });
    if (province != null) query.andWhere(':province = ANY(o.provinces)', { province: parseProvince(province, 'filter.province') });
    if (page.after) {
      const [name, id] = page.after;
      query.andWhere('(o.name, o.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('o.name')
      .addOrderBy('o.id')
      .limit(page.first + 1)
      .getMany();
    this.#byId.prime(rows);
    return toConnection(rows, page, (row) => [row.name, row.id]);
  }
}
