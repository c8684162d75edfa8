import {
  badUserInput,
  conflict,
  EntityLoader,
  foldForSearch,
  LONG_TEXT,
  notFound,
  paginate,
  parseId,
  parseProvince,
  readText,
  searchFoldSql,
  SHORT_TEXT,
  type Caller,
  type Connection,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import type { CreateServiceInput, QueryServicesArgs, ServiceFilter, UpdateServiceInput } from '../generated/resolvers-types.js';
import { OrganisationEntity } from '../organisation/organisation.entity.js';
import { ProgrammeEntity } from '../programme/programme.entity.js';
import { parseProgrammeCode } from '../programme/programme.service.js';
import { restrictToVisible, servicePolicy } from './service.policy.js';
import {
  containsPattern,
  parseCapacity,
  parseEligibility,
  parseLanguage,
  parseLanguages,
  parseProvinces,
  parseSchedule,
  parseSearchText,
  refuseNull,
  type ServiceFields,
} from './service-input.js';
import { ServiceEntity } from './service.entity.js';

/** Reads and changes of the service catalogue for one request and one caller. Holds that request's DataLoaders. */
export class ServiceService {
  readonly #repository: Repository<ServiceEntity>;
  /** The services this caller may see (drafts of other organisations are not). */
  readonly #visible: EntityLoader<ServiceEntity>;
  /** Any service, for rows of this subgraph that point at one (a referral's): already authorized there. */
  readonly #referenced: EntityLoader<ServiceEntity>;
  /** Published services offered in a province, for eligibility: one statement for every province of the batch. */
  readonly #publishedIn: DataLoader<string, ServiceEntity[]>;

  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
    this.#repository = dataSource.getRepository(ServiceEntity);
    const repository = this.#repository;
    this.#visible = new EntityLoader(repository, 'service', (ids) =>
      restrictToVisible(repository.createQueryBuilder('s').where('s.id IN (:...ids)', { ids }), caller).getMany(),
    );
    this.#referenced = new EntityLoader(repository, 'service');
    this.#publishedIn = new DataLoader(async (provinces) => {
      const rows = await repository
        .createQueryBuilder('s')
        .where(`s.publication_status = 'PUBLISHED'`)
        .andWhere('s.provinces && CAST(:provinces AS text[])', { provinces: [...provinces] })
        .orderBy('s.name')
        .addOrderBy('s.id')
        .getMany();
      this.prime(rows);
      return provinces.map((province) => rows.filter((row) => row.provinces.includes(province)));
    });
  }

  /** A service by id, or a NOT_FOUND error naming the argument (also for a draft the caller may not see). */
  get(id: string, field = 'id'): Promise<ServiceEntity> {
    return this.#visible.get(id, field);
  }

  /** For federation references: null when the id is unknown or the service is a draft the caller may not see. */
  findById(id: string): Promise<ServiceEntity | null> {
    return this.#visible.find(id);
  }

  /** The service a row of this subgraph points at (a referral's): a foreign key guarantees it exists. */
  referencedBy(id: string): Promise<ServiceEntity> {
    return this.#referenced.referenced(id);
  }

  /** The published services offered in a province, by name (batched across the request's provinces). */
  publishedIn(province: string): Promise<ServiceEntity[]> {
    return this.#publishedIn.load(province);
  }

  /** Every published service, by name; of one province when given (the HSDS export). One statement. */
  async published(province: string | null | undefined): Promise<ServiceEntity[]> {
    const query = this.#repository.createQueryBuilder('s').where(`s.publication_status = 'PUBLISHED'`);
    if (province != null) query.andWhere(':province = ANY(s.provinces)', { province: parseProvince(province, 'province') });
    const rows = await query.orderBy('s.name').addOrderBy('s.id').getMany();
    this.prime(rows);
    return rows;
  }

  /** By name, then id. */
  async list(args: QueryServicesArgs): Promise<Connection<ServiceEntity>> {
    const query = restrictToVisible(this.#repository.createQueryBuilder('s'), this.caller);
    this.#applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 's.name', key: 'text', value: (row) => row.name },
      { column: 's.id', key: 'id', value: (row) => row.id },
    ]);
    this.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }

  async create(input: CreateServiceInput): Promise<ServiceEntity> {
    servicePolicy.assert(this.caller, 'manageAny');
    const providerId = this.#providerFor(input.providerId);
    const fields: ServiceFields = {
      name: readText(input.name, 'input.name', SHORT_TEXT),
      description: readText(input.description, 'input.description', LONG_TEXT),
      area: input.area,
      type: input.type,
      provinces: parseProvinces(input.provinces, 'input.provinces'),
      languages: parseLanguages(input.languages, 'input.languages'),
      capacity: parseCapacity(input.capacity ?? null, 'input.capacity'),
      capacityKind: input.capacityKind ?? 'COHORT',
      ...parseSchedule(input.schedule ?? null, 'input.schedule'),
      ...parseEligibility(input.eligibility ?? null, 'input.eligibility'),
    };
    const programmeId = parseId(input.programmeId, 'input.programmeId');
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.getRepository(OrganisationEntity).findOneBy({ id: providerId });
      if (!provider) throw notFound('organisation', providerId, 'input.providerId');
      await this.#requireProgramme(manager, programmeId, 'input.programmeId');
      requireProvincesOf(provider, fields.provinces!, 'input.provinces');
      const saved = await manager.getRepository(ServiceEntity).save({
        ...fields,
        programmeId,
        providerId,
        publicationStatus: 'DRAFT',
        publishedAt: null,
      });
      await this.audit.change(manager, 'createService', {
        beneficiaryId: null,
        details: { serviceId: saved.id, providerId, name: saved.name },
      });
      return manager.getRepository(ServiceEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, input: UpdateServiceInput, expectedVersion: number): Promise<ServiceEntity> {
    servicePolicy.assert(this.caller, 'manageAny');
    const existing = await this.#manageable(id);
    // An update that names no field would only bump the version and write an audit entry: refused, nothing written.
    if (Object.values(input).every((value) => value === undefined)) {
      throw badUserInput('input names no field to change: give at least one', 'input');
    }
    for (const key of ['name', 'description', 'programmeId', 'area', 'type', 'provinces', 'languages'] as const) {
      refuseNull(input[key], `input.${key}`);
    }
    const fields: ServiceFields = {};
    if (input.name != null) fields.name = readText(input.name, 'input.name', SHORT_TEXT);
    if (input.description != null) fields.description = readText(input.description, 'input.description', LONG_TEXT);
    if (input.area != null) fields.area = input.area;
    if (input.type != null) fields.type = input.type;
    if (input.provinces != null) fields.provinces = parseProvinces(input.provinces, 'input.provinces');
    if (input.languages != null) fields.languages = parseLanguages(input.languages, 'input.languages');
    if (input.capacity !== undefined) fields.capacity = parseCapacity(input.capacity, 'input.capacity');
    if (input.capacityKind === null) throw badUserInput('input.capacityKind cannot be null: leave it out to keep it', 'input.capacityKind');
    if (input.capacityKind !== undefined) fields.capacityKind = input.capacityKind;
    if (input.schedule !== undefined) Object.assign(fields, parseSchedule(input.schedule, 'input.schedule'));
    if (input.eligibility !== undefined) Object.assign(fields, parseEligibility(input.eligibility, 'input.eligibility'));
    const programmeId = input.programmeId != null ? parseId(input.programmeId, 'input.programmeId') : undefined;

    return this.dataSource.transaction(async (manager) => {
      // Locked: a referral accepted meanwhile cannot take a place the new capacity no longer has.
      const current = await manager
        .getRepository(ServiceEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: existing.id })
        .getOneOrFail();
      if (current.version !== expectedVersion) {
        throw conflict(
          `The service changed since you read it (version ${current.version}, not ${expectedVersion}): read it again`,
          'expectedVersion',
        );
      }
      if (fields.capacity != null && fields.capacity < current.placesTaken) {
        throw badUserInput(`input.capacity cannot go below the ${current.placesTaken} places already taken`, 'input.capacity');
      }
      if (programmeId !== undefined) await this.#requireProgramme(manager, programmeId, 'input.programmeId');
      if (fields.provinces) {
        const provider = await manager.getRepository(OrganisationEntity).findOneByOrFail({ id: current.providerId });
        requireProvincesOf(provider, fields.provinces, 'input.provinces');
      }
      await manager
        .getRepository(ServiceEntity)
        .update(
          { id: current.id },
          { ...fields, ...(programmeId ? { programmeId } : {}), version: () => 'version + 1', updatedAt: () => 'now()' },
        );
      await this.audit.change(manager, 'updateService', {
        beneficiaryId: null,
        fields: Object.keys({ ...fields, ...(programmeId ? { programmeId } : {}) }).sort(),
        details: { serviceId: current.id, providerId: current.providerId, version: current.version + 1 },
      });
      return manager.getRepository(ServiceEntity).findOneByOrFail({ id: current.id });
    });
  }

  /** DRAFT or WITHDRAWN to PUBLISHED; CONFLICT when already published. */
  publish(id: string): Promise<ServiceEntity> {
    return this.#transition(id, 'publishService', 'PUBLISHED', `publication_status <> 'PUBLISHED'`, 'The service is already published');
  }

  /** PUBLISHED to WITHDRAWN; CONFLICT otherwise. */
  withdraw(id: string): Promise<ServiceEntity> {
    return this.#transition(
      id,
      'withdrawService',
      'WITHDRAWN',
      `publication_status = 'PUBLISHED'`,
      'Only a published service can be withdrawn',
    );
  }

  async #transition(
    id: string,
    operation: string,
    status: 'PUBLISHED' | 'WITHDRAWN',
    allowedFrom: string,
    refusal: string,
  ): Promise<ServiceEntity> {
    servicePolicy.assert(this.caller, 'manageAny');
    const existing = await this.#manageable(id);
    return this.dataSource.transaction(async (manager) => {
      // Conditional update: of two concurrent requests, exactly one changes the row.
      const result = await manager
        .createQueryBuilder()
        .update(ServiceEntity)
        .set({
          publicationStatus: status,
          ...(status === 'PUBLISHED' ? { publishedAt: () => 'now()' } : {}),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where(`id = :id AND ${allowedFrom}`, { id: existing.id })
        .execute();
      if (result.affected !== 1) throw conflict(refusal, 'id');
      await this.audit.change(manager, operation, {
        beneficiaryId: null,
        fields: ['publicationStatus'],
        details: { serviceId: existing.id, providerId: existing.providerId, from: existing.publicationStatus, to: status },
      });
      return manager.getRepository(ServiceEntity).findOneByOrFail({ id: existing.id });
    });
  }

  /** A service the caller may change: NOT_FOUND when they cannot see it, FORBIDDEN when it is another's. */
  async #manageable(id: string): Promise<ServiceEntity> {
    const service = await this.get(id, 'id');
    servicePolicy.assert(this.caller, 'manage', service);
    return service;
  }

  #providerFor(requested: string | null | undefined): string {
    if (this.caller.isNetworkAdmin) {
      if (requested == null) throw badUserInput('An administrator must name the provider organisation', 'input.providerId');
      return parseId(requested, 'input.providerId');
    }
    const own = this.caller.organisationId!;
    if (requested != null) servicePolicy.assert(this.caller, 'createFor', { providerId: parseId(requested, 'input.providerId') });
    return own;
  }

  async #requireProgramme(manager: EntityManager, programmeId: string, field: string): Promise<void> {
    if (!(await manager.getRepository(ProgrammeEntity).existsBy({ id: programmeId }))) {
      throw notFound('programme', programmeId, field);
    }
  }

  prime(rows: readonly ServiceEntity[]): void {
    this.#visible.prime(rows);
    this.#referenced.prime(rows);
  }

  #applyFilter(query: SelectQueryBuilder<ServiceEntity>, filter: ServiceFilter): void {
    if (filter.publicationStatus != null) {
      query.andWhere('s.publication_status = :publicationStatus', { publicationStatus: filter.publicationStatus });
    } else if (this.caller.has('partner-operator') && this.caller.organisationId) {
      query.andWhere(`(s.publication_status = 'PUBLISHED' OR (s.publication_status = 'DRAFT' AND s.provider_id = :ownOrganisation))`, {
        ownOrganisation: this.caller.organisationId,
      });
    } else {
      query.andWhere(`s.publication_status = 'PUBLISHED'`);
    }
    if (filter.area != null) query.andWhere('s.area = :area', { area: filter.area });
    if (filter.type != null) query.andWhere('s.type = :type', { type: filter.type });
    if (filter.province != null) {
      query.andWhere(':province = ANY(s.provinces)', { province: parseProvince(filter.province, 'filter.province') });
    }
    if (filter.language != null) {
      query.andWhere(':language = ANY(s.languages)', { language: parseLanguage(filter.language, 'filter.language') });
    }
    if (filter.text != null) {
      // Every word must appear in the name or the description, both folded (case, accents, apostrophes) alike.
      parseSearchText(filter.text, 'filter.text').forEach((word, index) => {
        query.andWhere(`(${searchFoldSql('s.name')} LIKE :word${index} OR ${searchFoldSql('s.description')} LIKE :word${index})`, {
          [`word${index}`]: containsPattern(foldForSearch(word)),
        });
      });
    }
    if (filter.programmeCode != null) {
      // A subquery, not a second statement: the page stays one SQL statement.
      const programmes = query.subQuery().select('p.id').from(ProgrammeEntity, 'p').where('p.code = :programmeCode').getQuery();
      query.andWhere(`s.programme_id IN ${programmes}`, {
        programmeCode: parseProgrammeCode(filter.programmeCode, 'filter.programmeCode'),
      });
    }
  }
}

/** A provider offers services only where it works. */
function requireProvincesOf(provider: OrganisationEntity, provinces: readonly string[], field: string): void {
  const outside = provinces.filter((province) => !provider.provinces.includes(province));
  if (outside.length > 0) {
    throw badUserInput(`${field}: ${provider.name} does not work in ${outside.join(', ')}`, field);
  }
}
