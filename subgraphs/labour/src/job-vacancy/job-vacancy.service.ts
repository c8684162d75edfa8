import {
  badUserInput,
  createListLoader,
  EntityLoader,
  parseId,
  parseProvince,
  paginate,
  type Connection,
  type ServiceScope,
} from '@shubh/platform';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { JobVacancyFilter, QueryJobVacanciesArgs } from '../generated/resolvers-types.js';
import { JobVacancyEntity } from './job-vacancy.entity.js';

const ISCO_UNIT_GROUP = /^[0-9]{4}$/;

/** Reads of job vacancies for one request. Holds that request's DataLoaders. */
export class JobVacancyService {
  readonly #byId: EntityLoader<JobVacancyEntity>;
  readonly #openByEmployer;

  private readonly repository: Repository<JobVacancyEntity>;

  constructor({ dataSource }: ServiceScope) {
    const repository = dataSource.getRepository(JobVacancyEntity);
    this.repository = repository;
    this.#byId = new EntityLoader(repository, 'job vacancy');
    this.#openByEmployer = createListLoader<string, JobVacancyEntity>(
      (employerIds) =>
        repository.find({
          where: { employerId: In([...employerIds]), status: 'OPEN' },
          order: { publishedOn: 'DESC', id: 'ASC' },
        }),
      (vacancy) => vacancy.employerId,
    );
  }

  /** A vacancy by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<JobVacancyEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown, so one bad reference does not fail a list. */
  findById(id: string): Promise<JobVacancyEntity | null> {
    return this.#byId.find(id);
  }

  /** An organisation's OPEN vacancies, newest first; batched across every organisation of the request. */
  openVacanciesOf(employerId: string): Promise<JobVacancyEntity[]> {
    return this.#openByEmployer.load(employerId);
  }

  /** Newest first, then by id. */
  async list(args: QueryJobVacanciesArgs): Promise<Connection<JobVacancyEntity>> {
    const query = this.repository.createQueryBuilder('v');
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'v.published_on', direction: 'DESC', key: 'date', value: (row) => row.publishedOn },
      { column: 'v.id', key: 'id', value: (row) => row.id },
    ]);
    this.#byId.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }
}

function applyFilter(query: SelectQueryBuilder<JobVacancyEntity>, filter: JobVacancyFilter): void {
  if (filter.province != null) {
    query.andWhere('v.province = :province', { province: parseProvince(filter.province, 'filter.province') });
  }
  if (filter.employerId != null) {
    query.andWhere('v.employer_id = :employerId', { employerId: parseId(filter.employerId, 'filter.employerId') });
  }
  if (filter.status != null) query.andWhere('v.status = :status', { status: filter.status });
  if (filter.iscoCode != null) {
    if (!ISCO_UNIT_GROUP.test(filter.iscoCode)) {
      throw badUserInput(
        `filter.iscoCode must be an ISCO-08 unit group of four digits such as 9333, got ${JSON.stringify(filter.iscoCode)}`,
        'filter.iscoCode',
      );
    }
    query.andWhere('v.isco_code = :iscoCode', { iscoCode: filter.iscoCode });
  }
}
