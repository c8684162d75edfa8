import {
  createRecordLoader,
  notFound,
  parseId,
  parseProvince,
  readPageRequest,
  toConnection,
  type Connection,
} from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import type { QueryServicesArgs, ServiceFilter } from '../generated/resolvers-types.js';
import { parseProgrammeCode } from '../programme/programme.service.js';
import { ProgrammeEntity } from '../programme/programme.entity.js';
import { ServiceEntity } from './service.entity.js';

/** Services are listed by name, then id. */
const SORT_KEY = ['text', 'id'] as const;

/** Reads of the service catalogue for one request. Holds that request's DataLoader. */
export class ServiceService {
  readonly #byId;

  constructor(private readonly repository: Repository<ServiceEntity>) {
    this.#byId = createRecordLoader<string, ServiceEntity>(
      (ids) => repository.findBy({ id: In([...ids]) }),
      (service) => service.id,
    );
  }

  /** A service by id, or a NOT_FOUND error naming the argument. */
  async get(id: string, field = 'id'): Promise<ServiceEntity> {
    const service = await this.#byId.load(parseId(id, field));
    if (!service) throw notFound('service', id, field);
    return service;
  }

  /** For federation references: null when the id is unknown. */
  async findById(id: string): Promise<ServiceEntity | null> {
    try {
      return await this.#byId.load(parseId(id, 'id'));
    } catch {
      return null;
    }
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
    for (const row of rows) this.#byId.prime(row.id, row);
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
