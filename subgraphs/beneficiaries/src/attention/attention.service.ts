import {
  addDays,
  badUserInput,
  type Caller,
  type Connection,
  daysBetween,
  paginate,
  parseId,
  type RequestAudit,
  type ServiceScope,
  todayInItaly,
} from '@shubh/platform';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ActionPlanEntity } from '../action-plan/action-plan.entities.js';
import { AdministrativeProcedureEntity } from '../assessment/assessment.entities.js';
import { restrictToReadable } from '../beneficiary/beneficiary.policy.js';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import { CriticalIssueEntity } from '../follow-up/follow-up.entities.js';
import type {
  AttentionFilter,
  QueryOpenCriticalIssuesArgs,
  QueryOverdueFollowUpsArgs,
  QueryPermitsExpiringArgs,
} from '../generated/resolvers-types.js';
import { attentionPolicy } from './attention.policy.js';

export interface OverdueFollowUpRow {
  beneficiaryId: string;
  dueOn: string;
  daysOverdue: number;
  lastFollowUpOn: string | null;
}

/**
 * What needs attention in a caseload: overdue follow-ups, open critical issues, permits about to expire. Each list
 * is one SQL statement whatever its length, restricted in SQL to the people the caller may read, and only for the
 * people who follow cases (administrators, tutors, coordinators). Closed cases are left out.
 */
export class AttentionService {
  private readonly dataSource: DataSource;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit }: ServiceScope) {
    this.dataSource = dataSource;
    this.caller = caller;
    this.audit = audit;
  }

  async overdueFollowUps(args: QueryOverdueFollowUpsArgs): Promise<Connection<OverdueFollowUpRow>> {
    const today = todayInItaly();
    const query = this.#scoped(this.dataSource.getRepository(ActionPlanEntity).createQueryBuilder('p'), 'p', args.filter).andWhere(
      'p.next_follow_up_due < :today',
      { today },
    );
    const plans = await paginate(query, args, [
      { column: 'p.next_follow_up_due', key: 'date', value: (plan) => plan.nextFollowUpDue },
      { column: 'p.beneficiary_id', key: 'id', value: (plan) => plan.beneficiaryId },
    ]);
    for (const { node } of plans.edges) this.audit.read(node.beneficiaryId, ['nextFollowUpDue']);
    return {
      pageInfo: plans.pageInfo,
      edges: plans.edges.map(({ cursor, node: plan }) => ({
        cursor,
        node: {
          beneficiaryId: plan.beneficiaryId,
          dueOn: plan.nextFollowUpDue,
          daysOverdue: daysBetween(plan.nextFollowUpDue, today),
          lastFollowUpOn: plan.lastFollowUpOn,
        },
      })),
    };
  }

  /** Most severe first, then the oldest, then id. */
  async openCriticalIssues(args: QueryOpenCriticalIssuesArgs): Promise<Connection<CriticalIssueEntity>> {
    const query = this.#scoped(this.dataSource.getRepository(CriticalIssueEntity).createQueryBuilder('i'), 'i', args.filter).andWhere(
      'i.resolved_at IS NULL',
    );
    if (args.severities != null) {
      if (args.severities.length === 0) throw badUserInput('severities must name at least one severity', 'severities');
      query.andWhere('i.severity IN (:...severities)', { severities: args.severities });
    }
    const issues = await paginate(query, args, [
      { column: 'i.severity_rank', direction: 'DESC', key: 'integer', value: (issue) => String(issue.severityRank) },
      { column: 'i.raised_on', key: 'date', value: (issue) => issue.raisedOn },
      { column: 'i.id', key: 'id', value: (issue) => issue.id },
    ]);
    for (const { node } of issues.edges) this.audit.read(node.beneficiaryId, ['followUps']);
    return issues;
  }

  async permitsExpiring(args: QueryPermitsExpiringArgs): Promise<Connection<AdministrativeProcedureEntity>> {
    const withinDays = args.withinDays ?? 60;
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > 365) {
      throw badUserInput('withinDays must be from 1 to 365', 'withinDays');
    }
    const query = this.#scoped(this.dataSource.getRepository(AdministrativeProcedureEntity).createQueryBuilder('a'), 'a', args.filter)
      .andWhere("a.kind = 'PERMIT_RENEWAL' AND a.status <> 'DONE'")
      .andWhere('a.permit_expires_on <= :limit', { limit: addDays(todayInItaly(), withinDays) });
    const procedures = await paginate(query, args, [
      { column: 'a.permit_expires_on', key: 'date', value: (procedure) => procedure.permitExpiresOn! },
      { column: 'a.id', key: 'id', value: (procedure) => procedure.id },
    ]);
    for (const { node } of procedures.edges) this.audit.read(node.beneficiaryId, ['administrativeProcedures']);
    return procedures;
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
    attentionPolicy.assert(this.caller, 'read');
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
