import { badUserInput, EntityLoader, notFoundBy, type ServiceScope } from '@shubh/platform';
import type { Repository } from 'typeorm';
import { ProgrammeEntity } from './programme.entity.js';

const PROGRAMME_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** Programme codes are upper case (PRIMA, POR_FSE_9_4); `prima` is read as PRIMA. */
export function parseProgrammeCode(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!PROGRAMME_CODE.test(code)) {
    throw badUserInput(`${field} must be a programme code such as PRIMA or POR_FSE_9_4, got ${JSON.stringify(value)}`, field);
  }
  return code;
}

/** Reads of the programmes for one request. Holds that request's DataLoader. */
export class ProgrammeService {
  readonly #byId: EntityLoader<ProgrammeEntity>;

  private readonly repository: Repository<ProgrammeEntity>;

  constructor({ dataSource }: ServiceScope) {
    this.repository = dataSource.getRepository(ProgrammeEntity);
    this.#byId = new EntityLoader(this.repository, 'programme');
  }

  /** Every programme, ordered by code. */
  async list(): Promise<ProgrammeEntity[]> {
    const programmes = await this.repository.find({ order: { code: 'ASC' } });
    this.#byId.prime(programmes);
    return programmes;
  }

  /** A programme by code, or a NOT_FOUND error naming the argument. */
  async getByCode(value: string, field = 'code'): Promise<ProgrammeEntity> {
    const code = parseProgrammeCode(value, field);
    const programme = await this.repository.findOneBy({ code });
    if (!programme) {
      throw notFoundBy('programme', 'code', code, field);
    }
    this.#byId.prime([programme]);
    return programme;
  }

  /** For federation references: null when the id is unknown. */
  findById(id: string): Promise<ProgrammeEntity | null> {
    return this.#byId.find(id);
  }

  /** The programme a service points at; a foreign key guarantees it exists, so a miss is a server fault. */
  referencedBy(id: string): Promise<ProgrammeEntity> {
    return this.#byId.referenced(id);
  }
}
