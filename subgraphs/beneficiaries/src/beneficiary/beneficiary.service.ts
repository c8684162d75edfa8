import {
  EntityLoader,
  parseId,
  parseProvince,
  readPageRequest,
  toConnection,
  badUserInput,
  type Connection,
} from '@shubh/platform';
import type { Repository } from 'typeorm';
import type { BeneficiaryFilter, QueryBeneficiariesArgs } from '../generated/resolvers-types.js';
import { BeneficiaryEntity } from './beneficiary.entity.js';

/** The caseload order: family name, given name, id. */
const SORT_KEY = ['text', 'text', 'id'] as const;

/** Reads of beneficiaries for one request. Holds that request's DataLoader. */
export class BeneficiaryService {
  readonly #byId: EntityLoader<BeneficiaryEntity>;

  constructor(private readonly repository: Repository<BeneficiaryEntity>) {
    this.#byId = new EntityLoader(repository, 'beneficiary');
  }

  /** A beneficiary by id, or a NOT_FOUND error naming the argument. */
  get(id: string, field = 'id'): Promise<BeneficiaryEntity> {
    return this.#byId.get(id, field);
  }

  /** For federation references: null when the id is unknown, so one bad reference does not fail a list. */
  findById(id: string): Promise<BeneficiaryEntity | null> {
    return this.#byId.find(id);
  }

  async list(args: QueryBeneficiariesArgs): Promise<Connection<BeneficiaryEntity>> {
    const page = readPageRequest(args, SORT_KEY);
    const query = this.repository.createQueryBuilder('b');
    applyFilter(query, args.filter ?? {});
    if (page.after) {
      const [familyName, givenName, id] = page.after;
      query.andWhere('(b.family_name, b.given_name, b.id) > (:familyName, :givenName, :id)', { familyName, givenName, id });
    }
    const rows = await query
      .orderBy('b.family_name')
      .addOrderBy('b.given_name')
      .addOrderBy('b.id')
      .limit(page.first + 1)
      .getMany();
    this.#byId.prime(rows);
    return toConnection(rows, page, (row) => [row.familyName, row.givenName, row.id]);
  }
}

function applyFilter(query: ReturnType<Repository<BeneficiaryEntity>['createQueryBuilder']>, filter: BeneficiaryFilter): void {
  if (filter.integraCornerId != null) {
    query.andWhere('b.integra_corner_id = :cornerId', { cornerId: parseId(filter.integraCornerId, 'filter.integraCornerId') });
  }
  if (filter.province != null) {
    query.andWhere('b.province = :province', { province: parseProvince(filter.province, 'filter.province') });
  }
  if (filter.caseStatuses != null) {
    if (filter.caseStatuses.length === 0) throw badUserInput('filter.caseStatuses must name at least one status', 'filter.caseStatuses');
    query.andWhere('b.case_status IN (:...statuses)', { statuses: filter.caseStatuses });
  }
  if (filter.receptionExitFrom != null && filter.receptionExitTo != null && filter.receptionExitFrom > filter.receptionExitTo) {
    throw badUserInput('filter.receptionExitFrom must not be after filter.receptionExitTo', 'filter.receptionExitFrom');
  }
  if (filter.receptionExitFrom != null) query.andWhere('b.reception_exit_date >= :from', { from: filter.receptionExitFrom });
  if (filter.receptionExitTo != null) query.andWhere('b.reception_exit_date <= :to', { to: filter.receptionExitTo });
}
