import { EntityLoader, paginate, parseProvince, type Connection, type ServiceScope } from '@shubh/platform';
import type { Repository } from 'typeorm';
import type { QueryOrganisationsArgs } from '../generated/resolvers-types.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Reads of the partner network's organisations for one request. Holds that request's DataLoader. */
export class OrganisationService {
  readonly #byId: EntityLoader<OrganisationEntity>;

  private readonly repository: Repository<OrganisationEntity>;

  constructor({ dataSource }: ServiceScope) {
    this.repository = dataSource.getRepository(OrganisationEntity);
    this.#byId = new EntityLoader(this.repository, 'organisation');
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

  /** By name, then id. */
  async list(args: QueryOrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const query = this.repository.createQueryBuilder('o');
    const { type, province } = args.filter ?? {};
    if (type != null) query.andWhere('o.type = :type', { type });
    if (province != null) query.andWhere(':province = ANY(o.provinces)', { province: parseProvince(province, 'filter.province') });
    const connection = await paginate(query, args, [
      { column: 'o.name', key: 'text', value: (row) => row.name },
      { column: 'o.id', key: 'id', value: (row) => row.id },
    ]);
    this.#byId.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }
}
