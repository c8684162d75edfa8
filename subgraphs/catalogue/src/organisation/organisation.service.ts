import {
  conflict,
  EntityLoader,
  notFound,
  paginate,
  parseId,
  parseProvince,
  readText,
  SHORT_TEXT,
  type Caller,
  type Connection,
  type RequestAudit,
  type ServiceScope,
} from '@shubh/platform';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import type { CreateOrganisationInput, QueryOrganisationsArgs, UpdateOrganisationInput } from '../generated/resolvers-types.js';
import { parseProvinces, refuseNull } from '../service/service-input.js';
import { parseContactPoints, parseDomains } from './network-input.js';
import { OrganisationEntity } from './organisation.entity.js';
import { organisationPolicy } from './organisation.policy.js';

type OrganisationFields = Partial<Pick<OrganisationEntity, 'name' | 'type' | 'provinces' | 'contactPoints' | 'domains'>>;

/** Reads and changes of the partner network's organisations for one request. Holds that request's DataLoader. */
export class OrganisationService {
  readonly #byId: EntityLoader<OrganisationEntity>;

  private readonly repository: Repository<OrganisationEntity>;
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
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

  /** By name, then id; active organisations only unless asked for the deactivated too. */
  async list(args: QueryOrganisationsArgs): Promise<Connection<OrganisationEntity>> {
    const query = this.repository.createQueryBuilder('o');
    const { type, province, includeDeactivated } = args.filter ?? {};
    if (type != null) query.andWhere('o.type = :type', { type });
    if (province != null) query.andWhere(':province = ANY(o.provinces)', { province: parseProvince(province, 'filter.province') });
    if (includeDeactivated !== true) query.andWhere('o.deactivated_at IS NULL');
    const connection = await paginate(query, args, [
      { column: 'o.name', key: 'text', value: (row) => row.name },
      { column: 'o.id', key: 'id', value: (row) => row.id },
    ]);
    this.#byId.prime(connection.edges.map((edge) => edge.node));
    return connection;
  }

  async create(input: CreateOrganisationInput): Promise<OrganisationEntity> {
    organisationPolicy.assert(this.caller, 'manage');
    const fields = {
      name: readText(input.name, 'input.name', SHORT_TEXT),
      type: input.type,
      provinces: parseProvinces(input.provinces, 'input.provinces'),
      contactPoints: parseContactPoints(input.contactPoints ?? [], 'input.contactPoints'),
      domains: parseDomains(input.domains ?? [], 'input.domains'),
    };
    return this.dataSource.transaction(async (manager) => {
      await refuseDomainsTaken(manager, fields.domains, null);
      const saved = await manager.getRepository(OrganisationEntity).save(fields);
      await this.audit.change(manager, 'createOrganisation', {
        beneficiaryId: null,
        details: { organisationId: saved.id, name: saved.name, type: saved.type, provinces: saved.provinces },
      });
      return manager.getRepository(OrganisationEntity).findOneByOrFail({ id: saved.id });
    });
  }

  async update(id: string, input: UpdateOrganisationInput, expectedVersion: number): Promise<OrganisationEntity> {
    organisationPolicy.assert(this.caller, 'manage');
    const organisationId = parseId(id, 'id');
    for (const key of ['name', 'type', 'provinces', 'contactPoints', 'domains'] as const) refuseNull(input[key], `input.${key}`);
    const fields: OrganisationFields = {};
    if (input.name != null) fields.name = readText(input.name, 'input.name', SHORT_TEXT);
    if (input.type != null) fields.type = input.type;
    if (input.provinces != null) fields.provinces = parseProvinces(input.provinces, 'input.provinces');
    if (input.contactPoints != null) fields.contactPoints = parseContactPoints(input.contactPoints, 'input.contactPoints');
    if (input.domains != null) fields.domains = parseDomains(input.domains, 'input.domains');
    return this.#change(organisationId, expectedVersion, 'updateOrganisation', fields, async (current, manager) => {
      if (current.deactivatedAt !== null) throw conflict('The organisation is deactivated: it can no longer be changed', 'id');
      if (fields.domains) await refuseDomainsTaken(manager, fields.domains, current.id);
    });
  }

  deactivate(id: string, expectedVersion: number): Promise<OrganisationEntity> {
    organisationPolicy.assert(this.caller, 'manage');
    return this.#change(parseId(id, 'id'), expectedVersion, 'deactivateOrganisation', { deactivatedAt: () => 'now()' }, (current) => {
      if (current.deactivatedAt !== null) throw conflict('The organisation is already deactivated', 'id');
    });
  }

  /** One versioned change: the row locked, its version checked, raised, and the change audited in one transaction. */
  #change(
    id: string,
    expectedVersion: number,
    operation: string,
    fields: OrganisationFields | { deactivatedAt: () => string },
    check: (current: OrganisationEntity, manager: EntityManager) => void | Promise<void>,
  ): Promise<OrganisationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      const current = await repository.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne();
      if (!current) throw notFound('organisation', id, 'id');
      if (current.version !== expectedVersion) {
        throw conflict(
          `The organisation changed since you read it (version ${current.version}, not ${expectedVersion}): read it again`,
          'expectedVersion',
          { currentVersion: current.version },
        );
      }
      await check(current, manager);
      const { contactPoints, ...plain } = fields as OrganisationFields;
      await repository
        .createQueryBuilder()
        .update()
        .set({
          ...plain,
          ...(contactPoints ? { contactPoints: () => 'CAST(:contactPoints AS jsonb)' } : {}),
          version: () => 'version + 1',
          updatedAt: () => 'now()',
        })
        .where('id = :id', { id })
        .setParameter('contactPoints', JSON.stringify(contactPoints ?? []))
        .execute();
      await this.audit.change(manager, operation, {
        beneficiaryId: null,
        fields: Object.keys(fields).sort(),
        details: { organisationId: id, version: current.version + 1 },
      });
      return repository.findOneByOrFail({ id });
    });
  }
}

/** Keycloak refuses a domain another organization has: so does the catalogue, before the sync would fail on it. */
async function refuseDomainsTaken(manager: EntityManager, domains: readonly string[], ownId: string | null): Promise<void> {
  if (domains.length === 0) return;
  const query = manager
    .getRepository(OrganisationEntity)
    .createQueryBuilder('o')
    .where('o.domains && CAST(:domains AS text[])', { domains })
    .select(['o.id', 'o.name', 'o.domains']);
  if (ownId !== null) query.andWhere('o.id <> :ownId', { ownId });
  const other = await query.getOne();
  if (other) {
    const shared = other.domains.filter((domain) => domains.includes(domain));
    throw conflict(`The domain ${shared.join(', ')} belongs to ${other.name} already`, 'input.domains');
  }
}
