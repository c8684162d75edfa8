import { parseId, parseProvince, type Caller, type ServiceScope } from '@shubh/platform';
import type { Repository } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { CaseStatus, QueryCaseloadIndicatorsArgs } from '../generated/resolvers-types.js';
import { caseloadIndicatorsPolicy } from './caseload-indicators.policy.js';

/** Counts below this are withheld: a group of 1 to 4 people in a small corner is recognisable. */
export const SMALL_CELL_THRESHOLD = 5;

export interface CaseloadIndicatorRow {
  integraCornerId: string;
  caseStatus: CaseStatus;
  count: number | null;
  suppressed: boolean;
}

export class CaseloadIndicatorService {
  private readonly repository: Repository<BeneficiaryEntity>;
  private readonly caller: Caller;

  constructor({ dataSource, caller }: ServiceScope) {
    this.repository = dataSource.getRepository(BeneficiaryEntity);
    this.caller = caller;
  }

  async list(args: QueryCaseloadIndicatorsArgs): Promise<CaseloadIndicatorRow[]> {
    caseloadIndicatorsPolicy.assert(this.caller, 'read');
    const query = this.repository
      .createQueryBuilder('b')
      .select('b.integra_corner_id', 'integraCornerId')
      .addSelect('b.case_status', 'caseStatus')
      .addSelect('count(*)::int', 'count')
      .groupBy('b.integra_corner_id')
      .addGroupBy('b.case_status')
      .orderBy('b.integra_corner_id')
      .addOrderBy('b.case_status');
    if (!caseloadIndicatorsPolicy.may(this.caller, 'readEverywhere')) {
      if (this.caller.cornerIds.length === 0) return [];
      query.andWhere('b.integra_corner_id IN (:...corners)', { corners: this.caller.cornerIds });
    }
    if (args.province != null) query.andWhere('b.province = :province', { province: parseProvince(args.province, 'province') });
    if (args.integraCornerId != null) {
      query.andWhere('b.integra_corner_id = :corner', { corner: parseId(args.integraCornerId, 'integraCornerId') });
    }
    const rows: { integraCornerId: string; caseStatus: CaseStatus; count: number }[] = await query.getRawMany();
    return rows.map((row) => {
      const suppressed = row.count < SMALL_CELL_THRESHOLD;
      return { integraCornerId: row.integraCornerId, caseStatus: row.caseStatus, count: suppressed ? null : row.count, suppressed };
    });
  }
}
