import {
  addDays,
  badUserInput,
  type Caller,
  type Connection,
  parseId,
  parseProvince,
  readPageRequest,
  toConnection,
  todayInItaly,
} from '@shubh/platform';
import type { Repository } from 'typeorm';
import { requireReadRole, restrictToReadable } from '../beneficiary/beneficiary-access.js';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { QueryEligibilityWindowsClosingArgs } from '../generated/resolvers-types.js';
import { ELIGIBILITY_WINDOW_MONTHS } from './eligibility.js';

/** The longest look-ahead: the whole window. */
const MAX_WITHIN_DAYS = 548;

/** Ordered by reception exit day (hence by closing day), then id. */
const SORT_KEY = ['date', 'id'] as const;

/** Closing day of the window in SQL: PostgreSQL clamps a missing day to the month end, as `addMonths` does. */
const CLOSES_ON = `(b.reception_exit_date + interval '${ELIGIBILITY_WINDOW_MONTHS} months')::date`;

/** The outreach list: referred people whose eligibility window is about to close. */
export class EligibilityService {
  constructor(
    private readonly repository: Repository<BeneficiaryEntity>,
    private readonly caller: Caller,
  ) {}

  async windowsClosing(args: QueryEligibilityWindowsClosingArgs): Promise<Connection<BeneficiaryEntity>> {
    requireReadRole(this.caller);
    if (!Number.isInteger(args.withinDays) || args.withinDays < 1 || args.withinDays > MAX_WITHIN_DAYS) {
      throw badUserInput(`withinDays must be from 1 to ${MAX_WITHIN_DAYS}, got ${args.withinDays}`, 'withinDays');
    }
    const page = readPageRequest(args, SORT_KEY);
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
    if (page.after) {
      const [exitDate, id] = page.after;
      query.andWhere('(b.reception_exit_date, b.id) > (:exitDate, :id)', { exitDate, id });
    }
    const rows = await query
      .orderBy('b.reception_exit_date')
      .addOrderBy('b.id')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (row) => [row.receptionExitDate, row.id]);
  }
}
