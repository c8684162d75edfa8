import { createRecordLoader, notFound, parseId, parseProvince, readPageRequest, toConnection, type Connection } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import type { QueryOrganisationsArgs } from '../generated/resolvers-types.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Organisations are listed by name, then id. */
const SORT_KEY = ['text', 'id'] as const;

/** Reads of the partner network's organisations for one request. Holds that request's DataLoader. */
export class OrganisationService {
  readonly #byId;

  constructor(private readonly repository: Repository<OrganisationEntity>) {
    this.#byId = createRecordLoader<string, OrganisationEntity>(
      (ids) => repository.findBy({ id: In([...ids]) }),
      (organisation) => organisation.id,
    );
  }

  /** An organisation by id, or a NOT_FOUND error naming the argument. */
  async get(id: string, field = 'id'): Promise<OrganisationEntity> {
    const organisation = await this.#byId.load(parseId(id, field));
    if (!organisation) throw notFound('organisation', id, field);
    return organisation;
  }

  /** For federation references: null when the id is unknown, so one bad reference does not fail a list. */
  async findById(id: string): Promise<OrganisationEntity | null> {
    try {
      return await this.#byId.load(parseId(id, 'id'));
    } catch {
      return null;
    }
  }

  /**
   * The organisation a row of this subgraph points at (a corner's host, a service's provider). A foreign key
   * guarantees it exists, so a miss is a server fault, not a client's.
   */
  async referencedBy(id: string): Promise<OrganisationEntity> {
    const organisation = await this.#byId.load(id);
    if (!organisation) throw new Error(`Organisation ${id} is referenced but missing`);
    return organisation;
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
    for (const row of rows) this.#byId.prime(row.id, row);
    return toConnection(rows, page, (row) => [row.name, row.id]);
  }
}
