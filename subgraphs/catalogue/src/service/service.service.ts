import {
  EntityLoader,
  parseProvince,
  readPageRequest,
  toConnection,
  type Connection,
} from '@shubh/platform';
import type { Repository } from 'typeorm';
import type { QueryServicesArgs, ServiceFilter } from '../generated/resolvers-types.js';
import { parseProgrammeCode } from '../programme/programme.service.js';
import { ProgrammeEntity } from '../programme/programme.entity.js';
import { ServiceEntity } from './service.entity.js';

/** Services are listed by name, then id. */
const SORT_KEY = ['text', 'id'] as const;

/** Reads of the service catalogue for one request. Holds that request's DataLoader. */
export class ServiceService {
  readonly #byId: EntityLoader<ServiceEntity>;

  constructor(private readonly repository: Repository<ServiceEntity>) {
    this.#byId = new EntityLoader(repository, 'service');
  }

  /** A service by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<ServiceEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown. */
  findById(id: string): Promise<ServiceEntity | null> {
    return this.#byId.find(id);
  }

  /** The service a row of this subgraph points at (a referral's): a foreign key guarantees it exists. */
  referencedBy(id: string): Promise<ServiceEntity> {
    return this.#byId.referenced(id);
  }

  async list(args: QueryServicesArgs): Promise<Connection<ServiceEntity>> {
    const page = readPageRequest(args, SORT_KEY);
    const query = this.repository.createQueryBuilder('s');
    applyFilter(query, args.filter ?? {});
    if (page.after) {
      const [name, id] = page.after;
      query.andWhere('(s.name, s.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('s.name')
      .addOrderBy('s.id')
      .limit(page.first + 1)
      .getMany();
    this.#byId.prime(rows);
    return toConnection(rows, page, (row) => [row.name, row.id]);
  }
}

function applyFilter(query: ReturnType<Repository<ServiceEntity>['createQueryBuilder']>, filter: ServiceFilter): void {
  if (filter.area != null) query.andWhere('s.area = :area', { area: filter.area });
  if (filter.type != null) query.andWhere('s.type = :type', { type: filter.type });
  if (filter.province != null) {
    query.andWhere(':province = ANY(s.provinces)', { province: parseProvince(filter.province, 'filter.province') });
  }
  if (filter.programmeCode != null) {
    // A subquery, not a second statement: the page stays one SQL statement.
    const programmes = query
      .subQuery()
      .select('p.id')
      .from(ProgrammeEntity, 'p')
      .where('p.code = :programmeCode')
      .getQuery();
    query.andWhere(`s.programme_id IN ${programmes}`, {
      programmeCode: parseProgrammeCode(filter.programmeCode, 'filter.programmeCode'),
    });
  }
}
