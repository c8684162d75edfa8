import { createListLoader, EntityLoader, parseProvince, type ServiceScope } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { IntegraCornerEntity } from './integra-corner.entity.js';

const ORDER = { province: 'ASC', name: 'ASC', id: 'ASC' } as const;

/** Reads of the Integra Corners for one request. Holds that request's DataLoaders. */
export class IntegraCornerService {
  readonly #byId: EntityLoader<IntegraCornerEntity>;
  readonly #byHost;

  private readonly repository: Repository<IntegraCornerEntity>;

  constructor({ dataSource }: ServiceScope) {
    const repository = dataSource.getRepository(IntegraCornerEntity);
    this.repository = repository;
    this.#byId = new EntityLoader(repository, 'Integra Corner');
    this.#byHost = createListLoader<string, IntegraCornerEntity>(
      (hostIds) => repository.find({ where: { hostOrganisationId: In([...hostIds]) }, order: ORDER }),
      (corner) => corner.hostOrganisationId,
    );
  }

  /** A corner by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<IntegraCornerEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown. */
  findById(id: string): Promise<IntegraCornerEntity | null> {
    return this.#byId.find(id);
  }

  /** The corner a row of this subgraph points at (a referral's sender): a foreign key guarantees it exists. */
  referencedBy(id: string): Promise<IntegraCornerEntity> {
    return this.#byId.referenced(id);
  }

  /** Every corner, or those of one province, ordered by province and name. */
  async list(province: string | null | undefined): Promise<IntegraCornerEntity[]> {
    const where = province != null ? { province: parseProvince(province, 'province') } : {};
    const corners = await this.repository.find({ where, order: ORDER });
    this.#byId.prime(corners);
    return corners;
  }

  /** The corners an organisation hosts, ordered by province and name. */
  hostedBy(organisationId: string): Promise<IntegraCornerEntity[]> {
    return this.#byHost.load(organisationId);
  }
}
