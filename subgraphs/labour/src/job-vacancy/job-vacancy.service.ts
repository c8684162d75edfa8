import {
  assertInNetwork,
  badUserInput,
  conflict,
  createListLoader,
  EntityLoader,
  LONG_TEXT,
  parseId,
  parseProvince,
  paginate,
  readText,
  SHORT_TEXT,
  todayInItaly,
  type Caller,
  type Connection,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import { In, type DataSource, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { JobVacancyFilter, JobVacancyInput, QueryJobVacanciesArgs, VacancyStatus } from '../generated/resolvers-types.js';
import { parseDrivingLicence, parseIscoUnitGroup } from '../isco-08.js';
import { JobVacancyEntity } from './job-vacancy.entity.js';
import { jobVacancyPolicy, readableVacancySql } from './job-vacancy.policy.js';

const ISCO_UNIT_GROUP = /^[0-9]{4}$/;
const MAX_OPENINGS = 500;

/** Reads of job vacancies for one request. Holds that request's DataLoaders. */
export class JobVacancyService {
  readonly #byId: EntityLoader<JobVacancyEntity>;
  readonly #openByEmployer;

  private readonly repository: Repository<JobVacancyEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    const repository = dataSource.getRepository(JobVacancyEntity);
    this.repository = repository;
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.#byId = new EntityLoader(repository, 'job vacancy', (ids) => {
      const readable = readableVacancySql(caller, 'v');
      return repository.createQueryBuilder('v').where('v.id IN (:...ids)', { ids }).andWhere(readable.sql, readable.parameters).getMany();
    });
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
    const readable = readableVacancySql(this.caller, 'v');
    const query = this.repository.createQueryBuilder('v').where(readable.sql, readable.parameters);
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'v.published_on', direction: 'DESC', key: 'date', value: (row) => row.publishedOn },
      { column: 'v.id', key: 'id', value: (row) => row.id },
    ]);
    this.#byId.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }

  /** A DRAFT for `employerId`, by its operator or someone on its behalf. */
  async create(employerId: string, input: JobVacancyInput): Promise<JobVacancyEntity> {
    const employer = parseId(employerId, 'employerId');
    jobVacancyPolicy.assert(this.caller, 'manage', { employerId: employer });
    const values = readVacancy(input, 0);
    // A tutor may post for an employer: the employer must be one the network holds (and has not deactivated).
    await assertInNetwork(this.dataSource, [{ id: employer, kind: 'ORGANISATION', field: 'employerId' }]);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(JobVacancyEntity).save({
        ...values,
        employerId: employer,
        status: 'DRAFT' as const,
        publishedOn: todayInItaly(),
        createdBy: this.caller.userId,
      });
      await this.audited(manager, 'createJobVacancy', saved, {});
      return manager.getRepository(JobVacancyEntity).findOneByOrFail({ id: saved.id });
    });
  }

  update(id: string, expectedVersion: number, input: JobVacancyInput): Promise<JobVacancyEntity> {
    return this.change(id, expectedVersion, 'updateJobVacancy', ['DRAFT', 'OPEN'], (current) => readVacancy(input, current.filled));
  }

  publish(id: string, expectedVersion: number): Promise<JobVacancyEntity> {
    return this.change(id, expectedVersion, 'publishJobVacancy', ['DRAFT'], (current) => {
      if (current.closesOn !== null && current.closesOn < todayInItaly()) {
        throw badUserInput(`The vacancy closed on ${current.closesOn}: give it a later closesOn before publishing it`, 'id');
      }
      return { status: 'OPEN', publishedOn: todayInItaly() };
    });
  }

  close(id: string, expectedVersion: number): Promise<JobVacancyEntity> {
    return this.change(id, expectedVersion, 'closeJobVacancy', ['DRAFT', 'OPEN'], () => ({ status: 'CLOSED' }));
  }

  /**
   * Fills one opening inside a hire's transaction. The conditional UPDATE is the guard: of two hires racing for the
   * last opening, the second waits on the row lock, then finds none left (CONFLICT, and its transaction rolls back).
   */
  async fillOpening(manager: EntityManager, vacancyId: string): Promise<void> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE labour.job_vacancy SET filled = filled + 1, version = version + 1,
         status = CASE WHEN filled + 1 = openings THEN 'FILLED' ELSE status END
       WHERE id = $1 AND status = 'OPEN' AND filled < openings RETURNING id`,
      [vacancyId],
    );
    if (rows.length !== 1) throw conflict('Every opening of this vacancy is already filled: nobody more can be hired', 'id');
  }

  private async change(
    id: string,
    expectedVersion: number,
    operation: string,
    from: VacancyStatus[],
    values: (current: JobVacancyEntity) => Partial<JobVacancyEntity>,
  ): Promise<JobVacancyEntity> {
    const vacancy = await this.get(id);
    jobVacancyPolicy.assert(this.caller, 'manage', vacancy);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(JobVacancyEntity);
      const current = await repository.findOneOrFail({ where: { id: vacancy.id }, lock: { mode: 'pessimistic_write' } });
      if (current.version !== expectedVersion) {
        throw conflict(`The vacancy changed since it was read (version ${current.version}, not ${expectedVersion})`, 'expectedVersion', {
          currentVersion: current.version,
        });
      }
      if (!from.includes(current.status)) {
        throw badUserInput(`A ${current.status} vacancy cannot be changed this way (only ${from.join(' or ')})`, 'id');
      }
      await repository.update({ id: current.id }, { ...values(current), version: current.version + 1 });
      const saved = await repository.findOneByOrFail({ id: current.id });
      await this.audited(manager, operation, saved, { from: current.status, to: saved.status });
      return saved;
    });
  }

  private audited(manager: EntityManager, operation: string, vacancy: JobVacancyEntity, details: Record<string, unknown>): Promise<void> {
    // A vacancy is no one's personal data: the entry names no beneficiary.
    return this.audit.change(manager, operation, {
      beneficiaryId: null,
      details: { vacancyId: vacancy.id, employerId: vacancy.employerId, version: vacancy.version, ...details },
    });
  }
}

function readVacancy(input: JobVacancyInput, filled: number) {
  if (!Number.isInteger(input.openings) || input.openings < Math.max(1, filled) || input.openings > MAX_OPENINGS) {
    throw badUserInput(
      `input.openings must be from ${Math.max(1, filled)} (already hired: ${filled}) to ${MAX_OPENINGS}, got ${input.openings}`,
      'input.openings',
    );
  }
  const hours = input.weeklyHours ?? null;
  if (hours !== null && (hours < 1 || hours > 60))
    throw badUserInput(`input.weeklyHours must be from 1 to 60, got ${hours}`, 'input.weeklyHours');
  const closesOn = input.closesOn ?? null;
  if (closesOn !== null && closesOn < todayInItaly()) throw badUserInput(`input.closesOn cannot be before today`, 'input.closesOn');
  return {
    title: readText(input.title, 'input.title', SHORT_TEXT),
    description: readText(input.description, 'input.description', LONG_TEXT),
    province: parseProvince(input.province, 'input.province'),
    municipality: readText(input.municipality, 'input.municipality', SHORT_TEXT),
    iscoCode: parseIscoUnitGroup(input.iscoCode, 'input.iscoCode'),
    contractType: input.contractType,
    openings: input.openings,
    italianLevelRequired: input.italianLevelRequired ?? null,
    weeklyHours: hours,
    shifts: [...new Set(input.shifts ?? [])],
    drivingLicenceRequired:
      input.drivingLicenceRequired == null ? null : parseDrivingLicence(input.drivingLicenceRequired, 'input.drivingLicenceRequired'),
    closesOn,
  };
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
