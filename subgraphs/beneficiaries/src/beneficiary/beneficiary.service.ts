import {
  badUserInput,
  EntityLoader,
  forbidden,
  notFound,
  paginate,
  parseId,
  parseProvince,
  type Caller,
  type Connection,
  type ServiceScope,
} from '@shubh/platform';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { BeneficiaryFilter, QueryBeneficiariesArgs } from '../generated/resolvers-types.js';
import { beneficiaryPolicy, restrictToReadable } from './beneficiary.policy.js';
import { BeneficiaryEntity } from './beneficiary.entity.js';

/** Reads of beneficiaries for one request and one caller: only the people the caller may see are ever loaded. */
export class BeneficiaryService {
  readonly #readable: EntityLoader<BeneficiaryEntity>;

  private readonly repository: Repository<BeneficiaryEntity>;
  private readonly caller: Caller;

  constructor({ dataSource, caller }: ServiceScope) {
    const repository = dataSource.getRepository(BeneficiaryEntity);
    this.repository = repository;
    this.caller = caller;
    this.#readable = new EntityLoader(repository, 'beneficiary', (ids) =>
      restrictToReadable(repository.createQueryBuilder('b').where('b.id IN (:...ids)', { ids }), caller).getMany(),
    );
  }

  /** A beneficiary the caller may see; NOT_FOUND for an unknown id, FORBIDDEN for someone else's. */
  async get(id: string, field = 'id'): Promise<BeneficiaryEntity> {
    beneficiaryPolicy.assert(this.caller, 'readPersonalData');
    const beneficiaryId = parseId(id, field);
    const beneficiary = await this.#readable.find(beneficiaryId);
    if (beneficiary) return beneficiary;
    if (await this.repository.existsBy({ id: beneficiaryId })) throw forbidden('You may not see this beneficiary');
    throw notFound('beneficiary', id, field);
  }

  /**
   * The person a row of theirs belongs to, for a row reached through a list the caller may read: null from the
   * loader would mean the row escaped the visibility rule, so it is refused rather than shown half.
   */
  async ofRow(beneficiaryId: string): Promise<BeneficiaryEntity> {
    const beneficiary = await this.#readable.find(beneficiaryId);
    if (!beneficiary) throw forbidden('You may not see this beneficiary');
    return beneficiary;
  }

  /** For federation references: null when unknown or not the caller's to see, so it leaks nothing. */
  findById(id: string): Promise<BeneficiaryEntity | null> {
    return this.#readable.find(id);
  }

  /** The caseload order: family name, given name, id. */
  async list(args: QueryBeneficiariesArgs): Promise<Connection<BeneficiaryEntity>> {
    beneficiaryPolicy.assert(this.caller, 'readPersonalData');
    const query = restrictToReadable(this.repository.createQueryBuilder('b'), this.caller);
    applyFilter(query, args.filter ?? {});
    const connection = await paginate(query, args, [
      { column: 'b.family_name', key: 'text', value: (row) => row.familyName },
      { column: 'b.given_name', key: 'text', value: (row) => row.givenName },
      { column: 'b.id', key: 'id', value: (row) => row.id },
    ]);
    this.#readable.prime(connection.edges.map((edge) => edge.node));
    return connection;
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
