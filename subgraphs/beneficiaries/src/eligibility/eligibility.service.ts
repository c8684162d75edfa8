import {
  addDays,
  badUserInput,
  type Caller,
  type Connection,
  paginate,
  parseId,
  parseProvince,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import type { Repository } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import { beneficiaryPolicy, restrictToReadable } from '../beneficiary/beneficiary.policy.js';
import type { QueryEligibilityWindowsClosingArgs } from '../generated/resolvers-types.js';
import { windowClosesOnSql } from './eligibility.js';

/** The longest look-ahead: the whole window. */
const MAX_WITHIN_DAYS = 548;

const CLOSES_ON = windowClosesOnSql('b.reception_exit_date');

/** The outreach list: referred people whose eligibility window is about to close. */
export class EligibilityService {
  private readonly repository: Repository<BeneficiaryEntity>;
  private readonly caller: Caller;

  constructor({ dataSource, caller }: ServiceScope) {
    this.repository = dataSource.getRepository(BeneficiaryEntity);
    this.caller = caller;
  }

  async windowsClosing(args: QueryEligibilityWindowsClosingArgs): Promise<Connection<BeneficiaryEntity>> {
    beneficiaryPolicy.assert(this.caller, 'readPersonalData');
    if (!Number.isInteger(args.withinDays) || args.withinDays < 1 || args.withinDays > MAX_WITHIN_DAYS) {
      throw badUserInput(`withinDays must be from 1 to ${MAX_WITHIN_DAYS}, got ${args.withinDays}`, 'withinDays');
    }
    const today = todayInItaly();
    const query = restrictToReadable(this.repository.createQueryBuilder('b'), this.caller)
      .andWhere(`b.case_status = 'REFERRED'`)
      // Still open today (closes after today), and closing within the look-ahead.
      .andWhere(`${CLOSES_ON} > :today AND ${CLOSES_ON} <= :until`, { today, until: addDays(today, args.withinDays) });
    const filter = args.filter ?? {};
    if (filter.integraCornerId != null) {
      query.andWhere('b.integra_corner_id = :cornerId', { cornerId: parseId(filter.integraCornerId, 'filter.integraCornerId') });
    }
    if (filter.province != null) {
      query.andWhere('b.province = :province', { province: parseProvince(filter.province, 'filter.province') });
    }
    // By reception exit day (hence by closing day), then id.
    return paginate(query, args, [
      { column: 'b.reception_exit_date', key: 'date', value: (row) => row.receptionExitDate },
      { column: 'b.id', key: 'id', value: (row) => row.id },
    ]);
  }
}
