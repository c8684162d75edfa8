import { badUserInput, createRecordLoader, ErrorCode, parseId } from '@shubh/platform';
import { GraphQLError } from 'graphql';
import { In, type Repository } from 'typeorm';
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
  readonly #byId;

  constructor(private readonly repository: Repository<ProgrammeEntity>) {
    this.#byId = createRecordLoader<string, ProgrammeEntity>(
      (ids) => repository.findBy({ id: In([...ids]) }),
      (programme) => programme.id,
    );
  }

  /** Every programme, ordered by code. */
  async list(): Promise<ProgrammeEntity[]> {
    const programmes = await this.repository.find({ order: { code: 'ASC' } });
    for (const programme of programmes) this.#byId.prime(programme.id, programme);
    return programmes;
  }

  /** A programme by code, or a NOT_FOUND error naming the argument. */
  async getByCode(value: string, field = 'code'): Promise<ProgrammeEntity> {
    const code = parseProgrammeCode(value, field);
    const programme = await this.repository.findOneBy({ code });
    if (!programme) {
      throw new GraphQLError(`No programme has code "${code}"`, { extensions: { code: ErrorCode.NotFound, field } });
    }
    this.#byId.prime(programme.id, programme);
    return programme;
  }

  /** For federation references: null when the id is unknown. */
  async findById(id: string): Promise<ProgrammeEntity | null> {
    try {
      return await this.#byId.load(parseId(id, 'id'));
    } catch {
      return null;
    }
  }

  /** The programme a service points at; a foreign key guarantees it exists, so a miss is a server fault. */
  async referencedBy(id: string): Promise<ProgrammeEntity> {
    const programme = await this.#byId.load(id);
    if (!programme) throw new Error(`Programme ${id} is referenced but missing`);
    return programme;
  }
}
