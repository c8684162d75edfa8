import { createListLoader, createRecordLoader, notFound, parseId, parseProvince } from '@shubh/platform';
import { In, type Repository } from 'typeorm';
import { IntegraCornerEntity } from './integra-corner.entity.js';

const ORDER = { province: 'ASC', name: 'ASC', id: 'ASC' } as const;

/** Reads of the Integra Corners for one request. Holds that request's DataLoaders. */
export class IntegraCornerService {
  readonly #byId;
  readonly #byHost;

  constructor(private readonly repository: Repository<IntegraCornerEntity>) {
    this.#byId = createRecordLoader<string, IntegraCornerEntity>(
      (ids) => repository.findBy({ id: In([...ids]) }),
      (corner) => corner.id,
    );
    this.#byHost = createListLoader<string, IntegraCornerEntity>(
      (hostIds) => repository.find({ where: { hostOrganisationId: In([...hostIds]) }, order: ORDER }),
      (corner) => corner.hostOrganisationId,
    );
  }

  /** A corner by id, or a NOT_FOUND error naming the argument. */
  async get(id: string, field = 'id'): Promise<IntegraCornerEntity> {
    const corner = await this.#byId.load(parseId(id, field));
    if (!corner) throw notFound('Integra Corner', id, field);
    return corner;
  }

  /** For federation references: null when the id is unknown. */
  async findById(id: string): Promise<IntegraCornerEntity | null> {
    try {
      return await this.#byId.load(parseId(id, 'id'));
    } catch {
      return null;
    }
  }

  /** Every corner, or those of one province, ordered by province and name. */
  async list(province: string | null | undefined): Promise<IntegraCornerEntity[]> {
    const where = province != null ? { province: parseProvince(province, 'province') } : {};
    const corners = await this.repository.find({ where, order: ORDER });
    for (const corner of corners) this.#byId.prime(corner.id, corner);
    return corners;
  }

  /** The corners an organisation hosts, ordered by province and name. */
  hostedBy(organisationId: string): Promise<IntegraCornerEntity[]> {
    return this.#byHost.load(organisationId);
  }
}
