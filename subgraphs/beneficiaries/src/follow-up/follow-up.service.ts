import {
  type IdempotencyService,
  type idempotencyServices,
  badUserInput,
  type Caller,
  conflict,
  type Connection,
  type ContextWith,
  createListLoader,
  notFound,
  NOTE_TEXT,
  parseId,
  readOptionalText,
  readPageRequest,
  readText,
  type RequestAudit,
  type ServiceScope,
  toConnection,
  todayInItaly,
} from '@shubh/platform';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { ActionPlanEntity } from '../action-plan/action-plan.entities.js';
import type { actionPlanServices } from '../action-plan/action-plan.module.js';
import type { ActionPlanService } from '../action-plan/action-plan.service.js';
import type { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import type { RecordFollowUpInput } from '../generated/resolvers-types.js';
import { CriticalIssueEntity, FollowUpEntity, GoalProgressEntity } from './follow-up.entities.js';
import { followUpPolicy } from './follow-up.policy.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

const MAX_ISSUES = 20;
/** Follow-up pages: newest first, by the day held then id. */
const FOLLOW_UP_KEY = ['date', 'id'] as const;

/** Follow-ups of the plan and the critical issues they raise, for one request. */
export class FollowUpService {
  readonly #progress;
  readonly #issues;
  readonly #pages = new Map<string, DataLoader<string, FollowUpEntity[]>>();

  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly actionPlans: ActionPlanService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;
  private readonly idempotency: IdempotencyService;

  constructor({
    dataSource,
    caller,
    audit,
    context,
  }: ServiceScope<ContextWith<typeof beneficiaryServices & typeof actionPlanServices & typeof idempotencyServices>>) {
    this.dataSource = dataSource;
    this.idempotency = context.idempotency;
    this.beneficiaries = context.beneficiaries;
    this.actionPlans = context.actionPlans;
    this.caller = caller;
    this.audit = audit;
    this.#progress = createListLoader<string, GoalProgressEntity>(
      (ids) => dataSource.getRepository(GoalProgressEntity).find({ where: { followUpId: In([...ids]) }, order: { position: 'ASC' } }),
      (row) => row.followUpId,
    );
    this.#issues = createListLoader<string, CriticalIssueEntity>(
      (ids) =>
        dataSource
          .getRepository(CriticalIssueEntity)
          .find({ where: { followUpId: In([...ids]) }, order: { severityRank: 'DESC', id: 'ASC' } }),
      (row) => row.followUpId,
    );
  }

  /** The person's follow-ups, newest first: one statement for the pages of every person in the request. */
  async of(beneficiary: BeneficiaryEntity, args: { first?: number | null; after?: string | null }): Promise<Connection<FollowUpEntity>> {
    followUpPolicy.assert(this.caller, 'read', beneficiary);
    const page = readPageRequest(args, FOLLOW_UP_KEY);
    this.audit.read(beneficiary.id, ['followUps']);
    const key = `${page.first}:${page.after?.join(':') ?? ''}`;
    let loader = this.#pages.get(key);
    if (!loader) {
      const after = page.after ? { afterHeldOn: page.after[0], afterId: page.after[1] } : {};
      const beforeCursor = (alias: string) => (page.after ? `AND (${alias}.held_on, ${alias}.id) < (:afterHeldOn, :afterId)` : '');
      loader = createListLoader<string, FollowUpEntity>(
        (ids) =>
          this.dataSource
            .getRepository(FollowUpEntity)
            .createQueryBuilder('f')
            .where(`f.beneficiary_id IN (:...ids) ${beforeCursor('f')}`, { ids, ...after })
            // The first + 1 newest of each person after the cursor: a page, and whether another follows.
            .andWhere(
              `(SELECT count(*) FROM beneficiaries.follow_up g
                 WHERE g.beneficiary_id = f.beneficiary_id AND (g.held_on, g.id) > (f.held_on, f.id) ${beforeCursor('g')}) <= :first`,
              { first: page.first },
            )
            .orderBy('f.held_on', 'DESC')
            .addOrderBy('f.id', 'DESC')
            .getMany(),
        (row) => row.beneficiaryId,
      );
      this.#pages.set(key, loader);
    }
    return toConnection(await loader.load(beneficiary.id), page, (row) => [row.heldOn, row.id]);
  }

  /** Null without a plan, and for a closed case (nothing is due any more). */
  async nextDue(beneficiary: BeneficiaryEntity): Promise<string | null> {
    followUpPolicy.assert(this.caller, 'read', beneficiary);
    this.audit.read(beneficiary.id, ['nextFollowUpDue']);
    if (beneficiary.caseStatus === 'CLOSED') return null;
    return (await this.actionPlans.planOf(beneficiary.id))?.nextFollowUpDue ?? null;
  }

  goalProgress(followUp: FollowUpEntity): Promise<GoalProgressEntity[]> {
    return this.#progress.load(followUp.id);
  }

  criticalIssues(followUp: FollowUpEntity): Promise<CriticalIssueEntity[]> {
    return this.#issues.load(followUp.id);
  }

  async record(beneficiaryId: string, input: RecordFollowUpInput, idempotencyKey?: string | null): Promise<FollowUpEntity> {
    this.idempotency.readKey(idempotencyKey);
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    followUpPolicy.assert(this.caller, 'record', beneficiary);
    const plan = await this.actionPlans.planOf(beneficiary.id);
    if (!plan)
      throw badUserInput('The beneficiary has no action plan yet: a follow-up checks the plan, so draft it first', 'beneficiaryId');
    if (input.heldOn > todayInItaly()) throw badUserInput('input.heldOn must not be in the future', 'input.heldOn');
    if (input.heldOn < plan.createdOn) {
      throw badUserInput(`input.heldOn must not be before the plan was drafted (${plan.createdOn})`, 'input.heldOn');
    }
    const goals = await this.actionPlans.currentGoals(beneficiary.id);
    const seen = new Set<string>();
    const progress = input.goalProgress.map((entry, position) => {
      const field = `input.goalProgress.${position}.goalId`;
      const goalId = parseId(entry.goalId, field);
      if (!goals.has(goalId)) throw badUserInput(`${field} is not a goal of the plan version in force`, field);
      if (seen.has(goalId)) throw badUserInput(`${field} names a goal already given`, field);
      seen.add(goalId);
      return {
        goalId,
        position,
        progress: entry.progress,
        note: readOptionalText(entry.note, `input.goalProgress.${position}.note`, NOTE_TEXT),
      };
    });
    const issuesInput = input.criticalIssues ?? [];
    if (issuesInput.length > MAX_ISSUES) throw badUserInput(`At most ${MAX_ISSUES} critical issues per follow-up`, 'input.criticalIssues');
    const issues = issuesInput.map((issue, index) => ({
      severity: issue.severity,
      description: readText(issue.description, `input.criticalIssues.${index}.description`, NOTE_TEXT),
      actionTaken: readOptionalText(issue.actionTaken, `input.criticalIssues.${index}.actionTaken`, NOTE_TEXT),
    }));
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id);
      const claim = { operation: 'recordFollowUp', key: idempotencyKey, request: { beneficiaryId: beneficiary.id, input } };
      const reload = (id: string) => manager.getRepository(FollowUpEntity).findOneByOrFail({ id });
      return this.idempotency.once(
        manager,
        claim,
        async () => {
          const followUp = await manager.getRepository(FollowUpEntity).save(
            manager.getRepository(FollowUpEntity).create({
              beneficiaryId: beneficiary.id,
              planId: plan.id,
              planVersion: plan.currentVersion,
              heldOn: input.heldOn,
              recordedAt: new Date(),
              recordedBy: this.caller.userId,
            }),
          );
          if (progress.length > 0) {
            await manager.getRepository(GoalProgressEntity).insert(progress.map((row) => ({ ...row, followUpId: followUp.id })));
          }
          if (issues.length > 0) {
            await manager
              .getRepository(CriticalIssueEntity)
              .insert(
                issues.map((issue) => ({ ...issue, followUpId: followUp.id, beneficiaryId: beneficiary.id, raisedOn: input.heldOn })),
              );
          }
          // The cadence runs from the latest follow-up held (one recorded late for an earlier day moves nothing).
          await manager
            .createQueryBuilder()
            .update(ActionPlanEntity)
            .set({ lastFollowUpOn: () => 'greatest(last_follow_up_on, :heldOn::date)' })
            .where('id = :planId', { planId: plan.id, heldOn: input.heldOn })
            .execute();
          await this.audit.change(manager, 'recordFollowUp', {
            beneficiaryId: beneficiary.id,
            fields: ['followUps', 'nextFollowUpDue'],
            details: {
              followUpId: followUp.id,
              heldOn: input.heldOn,
              goals: progress.length,
              criticalIssues: issues.map((issue) => issue.severity),
            },
          });
          return followUp;
        },
        reload,
      );
    });
  }

  async resolveCriticalIssue(issueId: string, resolution: string): Promise<CriticalIssueEntity> {
    const id = parseId(issueId, 'issueId');
    const issue = await this.dataSource.getRepository(CriticalIssueEntity).findOneBy({ id });
    if (!issue) throw notFound('critical issue', issueId, 'issueId');
    const beneficiary = await this.beneficiaries.get(issue.beneficiaryId, 'issueId');
    followUpPolicy.assert(this.caller, 'record', beneficiary);
    const how = readText(resolution, 'resolution', NOTE_TEXT);
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id, 'processing', 'issueId');
      // Conditional: of two concurrent resolutions, exactly one is written.
      const result = await manager
        .createQueryBuilder()
        .update(CriticalIssueEntity)
        .set({ resolvedAt: () => 'now()', resolvedBy: this.caller.userId, resolution: how })
        .where('id = :id AND resolved_at IS NULL', { id })
        .execute();
      if (result.affected !== 1) throw conflict('This critical issue is already resolved', 'issueId');
      await this.audit.change(manager, 'resolveCriticalIssue', {
        beneficiaryId: beneficiary.id,
        fields: ['followUps'],
        details: { issueId: id, severity: issue.severity },
      });
      return manager.getRepository(CriticalIssueEntity).findOneByOrFail({ id });
    });
  }
}
