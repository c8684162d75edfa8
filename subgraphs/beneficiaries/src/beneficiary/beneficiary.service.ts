import {
  badUserInput,
  EntityLoader,
  forbidden,
  notFound,
  parseId,
  parseProvince,
  readPageRequest,
  toConnection,
  type Caller,
  type Connection,
} from '@shubh/platform';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { BeneficiaryFilter, QueryBeneficiariesArgs } from '../generated/resolvers-types.js';
import { requireReadRole, restrictToReadable } from './beneficiary-access.js';
import { BeneficiaryEntity } from './beneficiary.entity.js';

/** The caseload order: family name, given name, id. */
const SORT_KEY = ['text', 'text', 'id'] as const;

/** Reads of beneficiaries for one request and one caller: only the people the caller may see are ever loaded. */
export class BeneficiaryService {
  readonly #readable: EntityLoader<BeneficiaryEntity>;

  constructor(
    private readonly repository: Repository<BeneficiaryEntity>,
    private readonly caller: Caller,
  ) {
    this.#readable = new EntityLoader(repository, 'beneficiary', (ids) =>
      restrictToReadable(repository.createQueryBuilder('b').where('b.id IN (:...ids)', { ids }), caller).getMany(),
    );
  }

  /** A beneficiary the caller may see; NOT_FOUND for an unknown id, FORBIDDEN for someone else's. */
  async get(id: string, field = 'id'): Promise<BeneficiaryEntity> {
    requireReadRole(this.caller);
    const beneficiaryId = parseId(id, field);
    const beneficiary = await this.#readable.find(beneficiaryId);
    if (beneficiary) return beneficiary;
    if (await this.repository.existsBy({ id: beneficiaryId })) throw forbidden('You may not see this beneficiary');
    throw notFound('beneficiary', id, field);
  }

  /** For federation references: null when unknown or not the caller's to see, so it leaks nothing. */
  findById(id: string): Promise<BeneficiaryEntity | null> {
    return this.#readable.find(id);
  }

  async list(args: QueryBeneficiariesArgs): Promise<Connection<BeneficiaryEntity>> {
    requireReadRole(this.caller);
    const page = readPageRequest(args, SORT_KEY);
    const query = restrictToReadable(this.repository.createQueryBuilder('b'), this.caller);
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
    this.#readable.prime(rows);
    return toConnection(rows, page, (row) => [row.familyName, row.givenName, row.id]);
  }
}

function applyFilter(query: SelectQueryBuilder<BeneficiaryEntity>, filter: BeneficiaryFilter): void {
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
  if (filter.tutorUserId != null) {
    query.andWhere('b.tutor_user_id = :tutorUserId', { tutorUserId: parseId(filter.tutorUserId, 'filter.tutorUserId') });
  }
  if (filter.receptionExitFrom != null) query.andWhere('b.reception_exit_date >= :from', { from: filter.receptionExitFrom });
  if (filter.receptionExitTo != null) query.andWhere('b.reception_exit_date <= :to', { to: filter.receptionExitTo });
}
