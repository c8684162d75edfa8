import {
  addDays,
  badUserInput,
  type Caller,
  type Connection,
  daysBetween,
  forbidden,
  parseId,
  readPageRequest,
  type RequestAudit,
  toConnection,
  todayInItaly,
} from '@shubh/platform';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ActionPlanEntity } from '../action-plan/action-plan.entities.js';
import { AdministrativeProcedureEntity } from '../assessment/assessment.entities.js';
import { restrictToReadable } from '../beneficiary/beneficiary-access.js';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import { CriticalIssueEntity } from '../follow-up/follow-up.entities.js';
import type {
  AttentionFilter,
  QueryOpenCriticalIssuesArgs,
  QueryOverdueFollowUpsArgs,
  QueryPermitsExpiringArgs,
} from '../generated/resolvers-types.js';

export interface OverdueFollowUpRow {
  beneficiaryId: string;
  dueOn: string;
  daysOverdue: number;
  lastFollowUpOn: string | null;
}

const OVERDUE_KEY = ['date', 'id'] as const;
const ISSUE_KEY = ['text', 'date', 'id'] as const;
const PERMIT_KEY = ['date', 'id'] as const;

/**
 * What needs attention in a caseload: overdue follow-ups, open critical issues, permits about to expire. Each list
 * is one SQL statement whatever its length, restricted in SQL to the people the caller may read, and only for the
 * people who follow cases (administrators, tutors, coordinators). Closed cases are left out.
 */
export class AttentionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly caller: Caller,
    private readonly audit: RequestAudit,
  ) {}

  async overdueFollowUps(args: QueryOverdueFollowUpsArgs): Promise<Connection<OverdueFollowUpRow>> {
    const page = readPageRequest(args, OVERDUE_KEY);
    const today = todayInItaly();
    const query = this.#scoped(this.dataSource.getRepository(ActionPlanEntity).createQueryBuilder('p'), 'p', args.filter).andWhere(
      'p.next_follow_up_due < :today',
      { today },
    );
    if (page.after) {
      query.andWhere('(p.next_follow_up_due, p.beneficiary_id) > (:afterDue, :afterId)', {
        afterDue: page.after[0],
        afterId: page.after[1],
      });
    }
    const plans = await query
      .orderBy('p.next_follow_up_due')
      .addOrderBy('p.beneficiary_id')
      .limit(page.first + 1)
      .getMany();
    const rows = plans.map((plan) => ({
      beneficiaryId: plan.beneficiaryId,
      dueOn: plan.nextFollowUpDue,
      daysOverdue: daysBetween(plan.nextFollowUpDue, today),
      lastFollowUpOn: plan.lastFollowUpOn,
    }));
    for (const row of rows.slice(0, page.first)) this.audit.read(row.beneficiaryId, ['nextFollowUpDue']);
    return toConnection(rows, page, (row) => [row.dueOn, row.beneficiaryId]);
  }

  async openCriticalIssues(args: QueryOpenCriticalIssuesArgs): Promise<Connection<CriticalIssueEntity>> {
    const page = readPageRequest(args, ISSUE_KEY);
    const query = this.#scoped(this.dataSource.getRepository(CriticalIssueEntity).createQueryBuilder('i'), 'i', args.filter).andWhere(
      'i.resolved_at IS NULL',
    );
    if (args.severities != null) {
      if (args.severities.length === 0) throw badUserInput('severities must name at least one severity', 'severities');
      query.andWhere('i.severity IN (:...severities)', { severities: args.severities });
    }
    if (page.after) {
      const rank = Number(page.after[0]);
      if (!Number.isInteger(rank) || rank < 1 || rank > 4) throw badUserInput('after is not a cursor from this list', 'after');
      query.andWhere(
        '(i.severity_rank < :afterRank OR (i.severity_rank = :afterRank AND (i.raised_on, i.id) > (:afterRaisedOn, :afterId)))',
        { afterRank: rank, afterRaisedOn: page.after[1], afterId: page.after[2] },
      );
    }
    const issues = await query
      .orderBy('i.severity_rank', 'DESC')
      .addOrderBy('i.raised_on')
      .addOrderBy('i.id')
      .limit(page.first + 1)
      .getMany();
    for (const issue of issues.slice(0, page.first)) this.audit.read(issue.beneficiaryId, ['followUps']);
    return toConnection(issues, page, (issue) => [String(issue.severityRank), issue.raisedOn, issue.id]);
  }

  async permitsExpiring(args: QueryPermitsExpiringArgs): Promise<Connection<AdministrativeProcedureEntity>> {
    const withinDays = args.withinDays ?? 60;
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 365) {
      throw badUserInput('withinDays must be from 1 to 365', 'withinDays');
    }
    const page = readPageRequest(args, PERMIT_KEY);
    const query = this.#scoped(this.dataSource.getRepository(AdministrativeProcedureEntity).createQueryBuilder('a'), 'a', args.filter)
      .andWhere("a.kind = 'PERMIT_RENEWAL' AND a.status <> 'DONE'")
      .andWhere('a.permit_expires_on <= :limit', { limit: addDays(todayInItaly(), withinDays) });
    if (page.after) {
      query.andWhere('(a.permit_expires_on, a.id) > (:afterExpiry, :afterId)', { afterExpiry: page.after[0], afterId: page.after[1] });
    }
    const procedures = await query
      .orderBy('a.permit_expires_on')
      .addOrderBy('a.id')
      .limit(page.first + 1)
      .getMany();
    for (const procedure of procedures.slice(0, page.first)) this.audit.read(procedure.beneficiaryId, ['administrativeProcedures']);
    return toConnection(procedures, page, (procedure) => [procedure.permitExpiresOn!, procedure.id]);
  }

  /**
   * Joins the person a row is about and keeps the people the caller may read (the beneficiaries' own rule, in
   * SQL), the open cases, and the filter: a tutor's own cases unless they ask for every tutor's.
   */
  #scoped<T extends ObjectLiteral>(
    query: SelectQueryBuilder<T>,
    alias: string,
    filter: AttentionFilter | null | undefined,
  ): SelectQueryBuilder<T> {
    if (!this.caller.hasAny('network-admin', 'corner-coordinator', 'tutor')) {
      throw forbidden('Attention lists are for administrators, tutors and corner coordinators');
    }
    query.innerJoin(BeneficiaryEntity, 'b', `b.id = ${alias}.beneficiary_id`).andWhere("b.case_status <> 'CLOSED'");
    restrictToReadable(query as unknown as SelectQueryBuilder<BeneficiaryEntity>, this.caller, 'b');
    if (filter?.integraCornerId != null) {
      query.andWhere('b.integra_corner_id = :filterCorner', { filterCorner: parseId(filter.integraCornerId, 'filter.integraCornerId') });
    }
    if (filter?.tutorUserId != null && filter.allTutors) {
      throw badUserInput('Give either a tutor or allTutors, not both', 'filter.allTutors');
    }
    const tutorUserId =
      filter?.tutorUserId != null
        ? parseId(filter.tutorUserId, 'filter.tutorUserId')
        : !filter?.allTutors && this.caller.has('tutor')
          ? this.caller.userId
          : null;
    if (tutorUserId !== null) query.andWhere('b.tutor_user_id = :filterTutor', { filterTutor: tutorUserId });
    return query;
  }
}
