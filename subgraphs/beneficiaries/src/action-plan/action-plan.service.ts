import {
  assertInNetwork,
  badUserInput,
  type Caller,
  conflict,
  type Connection,
  createListLoader,
  createRecordLoader,
  type ContextWith,
  notFound,
  NOTE_TEXT,
  parseId,
  readPageRequest,
  readText,
  type RequestAudit,
  type ServiceScope,
  toConnection,
  todayInItaly,
  unlessUnique,
} from '@shubh/platform';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { BeneficiaryEntity } from '../beneficiary/beneficiary.entity.js';
import type { beneficiaryServices } from '../beneficiary/beneficiary.module.js';
import type { BeneficiaryService } from '../beneficiary/beneficiary.service.js';
import { transitionCase } from '../case-lifecycle/transition-case.js';
import type {
  AgreeActionPlanInput,
  CaseStatus,
  DraftActionPlanInput,
  PlanActionStatus,
  ReviseActionPlanInput,
} from '../generated/resolvers-types.js';
import {
  ActionPlanEntity,
  ActionPlanVersionEntity,
  PlanActionEntity,
  PlanGoalEntity,
  type ActionPlanView,
  type PlanGoalView,
  type PlanSource,
} from './action-plan.entities.js';
import { actionPlanPolicy } from './action-plan.policy.js';
import { actionWorkflow, networkReferencesOf, readGoals, withServiceProviders, type PlannedGoal } from './plan-input.js';
import { followsOpenReferral, statusFollowingReferral } from './referral-follow.js';
import { assertCaseOpen } from '../case-lifecycle/case-guard.js';

const DEFAULT_CADENCE_DAYS = 30;
/** Why a plan changes: said in a sentence or more, kept with the version and in the audit trail. */
const REASON_TEXT = { ...NOTE_TEXT, min: 10 };
/** History pages: by version, newest first; the cursor carries the version number. */
const HISTORY_KEY = ['text'] as const;

function readCadence(value: number | null | undefined, fallback: number): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < 7 || value > 90)
    throw badUserInput('input.cadenceDays must be from 7 to 90', 'input.cadenceDays');
  return value;
}

/** CONFLICT for a change made from a revision the plan has moved on from: nothing is written. */
function staleRevision(expected: number, current: number): Error {
  return conflict(
    `The plan changed since revision ${expected}: it is at revision ${current}; read it again and resend`,
    'input.expectedRevision',
    { currentRevision: current },
  );
}

/**
 * The Individual Action Plan (PAI) for one request. Every change carries the revision it was made from and
 * applies through a conditional UPDATE of the plan's revision, so of two concurrent changes from one revision
 * exactly one is written; the other gets CONFLICT with the revision now in force and nothing is written.
 */
export class ActionPlanService {
  readonly #planByBeneficiary;
  readonly #planById;
  readonly #currentVersion;
  readonly #goals: Record<PlanSource, DataLoader<string, PlanGoalEntity[]>>;
  readonly #actions: Record<PlanSource, DataLoader<string, PlanActionEntity[]>>;
  readonly #latestAction;
  readonly #currentGoal;
  readonly #history = new Map<string, DataLoader<string, ActionPlanVersionEntity[]>>();

  private readonly dataSource: DataSource;
  private readonly beneficiaries: BeneficiaryService;
  private readonly caller: Caller;
  private readonly audit: RequestAudit;

  constructor({ dataSource, caller, audit, context }: ServiceScope<ContextWith<typeof beneficiaryServices>>) {
    this.dataSource = dataSource;
    this.beneficiaries = context.beneficiaries;
    this.caller = caller;
    this.audit = audit;
    const plans = dataSource.getRepository(ActionPlanEntity);
    this.#planByBeneficiary = createRecordLoader<string, ActionPlanEntity>(
      (ids) => plans.findBy({ beneficiaryId: In([...ids]) }),
      (plan) => plan.beneficiaryId,
    );
    this.#planById = createRecordLoader<string, ActionPlanEntity>(
      (ids) => plans.findBy({ id: In([...ids]) }),
      (plan) => plan.id,
    );
    this.#currentVersion = createRecordLoader<string, ActionPlanVersionEntity>(
      (planIds) =>
        dataSource
          .getRepository(ActionPlanVersionEntity)
          .createQueryBuilder('v')
          .innerJoin(ActionPlanEntity, 'p', 'p.id = v.plan_id AND p.current_version = v.version')
          .where('v.plan_id IN (:...planIds)', { planIds })
          .getMany(),
      (version) => version.planId,
    );
    const goalsLoader = () =>
      createListLoader<string, PlanGoalEntity>(
        (versionIds) =>
          dataSource.getRepository(PlanGoalEntity).find({ where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } }),
        (goal) => goal.versionId,
      );
    const actionsLoader = () =>
      createListLoader<string, PlanActionEntity>(
        (versionIds) =>
          dataSource.getRepository(PlanActionEntity).find({ where: { versionId: In([...versionIds]) }, order: { position: 'ASC' } }),
        (action) => action.versionId,
      );
    this.#goals = { current: goalsLoader(), history: goalsLoader(), progress: goalsLoader() };
    this.#actions = { current: actionsLoader(), history: actionsLoader(), progress: actionsLoader() };
    // A reference to an action: the action as in the latest version that has it.
    this.#latestAction = createRecordLoader<string, PlanActionEntity>(
      (ids) =>
        dataSource
          .getRepository(PlanActionEntity)
          .createQueryBuilder('a')
          .distinctOn(['a.id'])
          .where('a.id IN (:...ids)', { ids })
          .orderBy('a.id')
          .addOrderBy('a.version', 'DESC')
          .getMany(),
      (action) => action.id,
    );
    this.#currentGoal = createRecordLoader<string, PlanGoalEntity>(
      (ids) =>
        dataSource
          .getRepository(PlanGoalEntity)
          .createQueryBuilder('g')
          .innerJoin(ActionPlanVersionEntity, 'v', 'v.id = g.version_id')
          .innerJoin(ActionPlanEntity, 'p', 'p.id = v.plan_id AND p.current_version = v.version')
          .where('g.id IN (:...ids)', { ids })
          .getMany(),
      (goal) => goal.id,
    );
  }

  // Reads.

  /** The version in force of the person's plan; null before one is drafted. */
  async current(beneficiary: BeneficiaryEntity): Promise<ActionPlanView | null> {
    actionPlanPolicy.assert(this.caller, 'read', beneficiary);
    this.audit.read(beneficiary.id, ['actionPlan']);
    const plan = await this.#planByBeneficiary.load(beneficiary.id);
    if (!plan) return null;
    const version = await this.#currentVersion.load(plan.id);
    if (!version) throw new Error(`Action plan ${plan.id} has no version ${plan.currentVersion}`);
    return { plan, version, source: 'current' };
  }

  /** Every version, newest first, a page at a time: one statement for the page of every person in the request. */
  async history(
    beneficiary: BeneficiaryEntity,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<ActionPlanView>> {
    actionPlanPolicy.assert(this.caller, 'read', beneficiary);
    const page = readPageRequest(args, HISTORY_KEY);
    const before = page.after ? Number(page.after[0]) : null;
    if (before !== null && !Number.isInteger(before)) throw badUserInput('after is not a cursor from this list', 'after');
    this.audit.read(beneficiary.id, ['actionPlanHistory']);
    const key = `${page.first}:${before ?? ''}`;
    let loader = this.#history.get(key);
    if (!loader) {
      loader = createListLoader<string, ActionPlanVersionEntity>(
        (ids) =>
          this.dataSource
            .getRepository(ActionPlanVersionEntity)
            .createQueryBuilder('v')
            .where('v.beneficiary_id IN (:...ids)', { ids })
            .andWhere(before === null ? 'TRUE' : 'v.version < :before', { before })
            // The first + 1 newest versions of each person (before the cursor): a page and whether another follows.
            .andWhere(
              `(SELECT count(*) FROM beneficiaries.action_plan_version w
                 WHERE w.beneficiary_id = v.beneficiary_id AND w.version > v.version ${before === null ? '' : 'AND w.version < :before'}) <= :first`,
              { first: page.first },
            )
            .orderBy('v.version', 'DESC')
            .getMany(),
        (version) => version.beneficiaryId,
      );
      this.#history.set(key, loader);
    }
    const versions = await loader.load(beneficiary.id);
    const plan = versions.length > 0 ? await this.#planByBeneficiary.load(beneficiary.id) : null;
    const views = plan ? versions.map((version): ActionPlanView => ({ plan, version, source: 'history' })) : [];
    return toConnection(views, page, (view) => [String(view.version.version)]);
  }

  async goals({ version, source }: ActionPlanView): Promise<PlanGoalView[]> {
    return (await this.#goals[source].load(version.id)).map((goal) => ({ ...goal, source }));
  }

  async actions(goal: PlanGoalView): Promise<PlanActionEntity[]> {
    return (await this.#actions[goal.source].load(goal.versionId)).filter((action) => action.goalId === goal.id);
  }

  /** The goals of the version in force, by id (follow-ups record progress against them). */
  async currentGoals(beneficiaryId: string): Promise<Map<string, PlanGoalEntity>> {
    const plan = await this.#planByBeneficiary.load(beneficiaryId);
    if (!plan) return new Map();
    const version = await this.#currentVersion.load(plan.id);
    return new Map((version ? await this.#goals.current.load(version.id) : []).map((goal) => [goal.id, goal]));
  }

  /** A goal as in the version in force of its plan; null when a revision dropped it. */
  async currentGoal(goalId: string): Promise<PlanGoalView | null> {
    const goal = await this.#currentGoal.load(goalId);
    return goal ? { ...goal, source: 'progress' } : null;
  }

  planOf(beneficiaryId: string): Promise<ActionPlanEntity | null> {
    return this.#planByBeneficiary.load(beneficiaryId);
  }

  /** A federation reference: null when unknown or when the caller may not see the person's plan. */
  async findAction(id: string): Promise<PlanActionEntity | null> {
    let actionId: string;
    try {
      actionId = parseId(id, 'id');
    } catch {
      return null;
    }
    const action = await this.#latestAction.load(actionId);
    if (!action) return null;
    const beneficiary = await this.beneficiaries.findById(action.beneficiaryId);
    if (!beneficiary || !actionPlanPolicy.may(this.caller, 'read', beneficiary)) return null;
    this.audit.read(beneficiary.id, ['actionPlan']);
    return action;
  }

  // Changes.

  async draft(beneficiaryId: string, input: DraftActionPlanInput): Promise<ActionPlanView> {
    const beneficiary = await this.beneficiaries.get(beneficiaryId, 'beneficiaryId');
    actionPlanPolicy.assert(this.caller, 'edit', beneficiary);
    const cadenceDays = readCadence(input.cadenceDays, DEFAULT_CADENCE_DAYS);
    const read = readGoals(input.goals, { goals: new Map(), actions: new Map() });
    const goals = withServiceProviders(read, await assertInNetwork(this.dataSource, networkReferencesOf(read)));
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id);
      const existing = await manager.getRepository(ActionPlanEntity).findOneBy({ beneficiaryId: beneficiary.id });
      if (existing) throw conflict(`The beneficiary already has a plan (${existing.id}): revise it`, 'beneficiaryId');
      const now = new Date();
      // Two drafts at once: the unique beneficiary_id lets one in.
      const plan = await unlessUnique(
        manager.getRepository(ActionPlanEntity).save(
          manager.getRepository(ActionPlanEntity).create({
            beneficiaryId: beneficiary.id,
            revision: 1,
            currentVersion: 1,
            cadenceDays,
            createdOn: todayInItaly(now),
            lastFollowUpOn: null,
            createdAt: now,
            createdBy: this.caller.userId,
            updatedAt: now,
          }),
        ),
        () => conflict('The beneficiary already has a plan: revise it', 'beneficiaryId'),
      );
      await this.#writeVersion(manager, plan, 1, null, cadenceDays, goals);
      await this.audit.change(manager, 'draftActionPlan', {
        beneficiaryId: beneficiary.id,
        fields: ['actionPlan'],
        details: { planId: plan.id, version: 1, goals: goals.length },
      });
      return this.#view(manager, plan.id);
    });
  }

  async revise(planId: string, input: ReviseActionPlanInput): Promise<ActionPlanView> {
    const { plan, beneficiary } = await this.#editablePlan(planId);
    if (plan.revision !== input.expectedRevision) throw staleRevision(input.expectedRevision, plan.revision);
    const reason = readText(input.reason, 'input.reason', REASON_TEXT);
    const cadenceDays = readCadence(input.cadenceDays, plan.cadenceDays);
    const current = (await this.#currentVersion.load(plan.id))!;
    const [keptGoals, keptActions] = await Promise.all([this.#goals.current.load(current.id), this.#actions.current.load(current.id)]);
    const read = readGoals(input.goals, {
      goals: new Map(keptGoals.map((goal) => [goal.id, goal])),
      actions: new Map(keptActions.map((action) => [action.id, action])),
    });
    const goals = withServiceProviders(read, await assertInNetwork(this.dataSource, networkReferencesOf(read)));
    return this.dataSource.transaction(async (manager) => {
      await assertCaseOpen(manager, beneficiary.id, 'processing', 'planId');
      const moved = await this.#advanceRevision(manager, plan.id, input.expectedRevision, {
        currentVersion: () => 'current_version + 1',
        cadenceDays,
      });
      await this.#writeVersion(manager, plan, moved.currentVersion, reason, cadenceDays, goals);
      await this.audit.change(manager, 'reviseActionPlan', {
        beneficiaryId: beneficiary.id,
        fields: ['actionPlan'],
        reason,
        details: { planId: plan.id, version: moved.currentVersion, revision: moved.revision, goals: goals.length },
      });
      return this.#view(manager, plan.id);
    });
  }

  async agree(planId: string, input: AgreeActionPlanInput): Promise<ActionPlanView> {
    const id = parseId(planId, 'planId');
    const plan = await this.#planById.load(id);
    if (!plan) throw notFound('action plan', planId, 'planId');
    const beneficiary = await this.beneficiaries.get(plan.beneficiaryId, 'planId');
    actionPlanPolicy.assert(this.caller, 'agree', beneficiary);
    // Allowed and not the assigned tutor: the person themself.
    const assignedTutor = actionPlanPolicy.may(this.caller, 'recordAgreementInPerson', beneficiary);
    const inPerson = input.agreedInPerson ?? false;
    if (inPerson && !assignedTutor) {
      throw badUserInput("Only the assigned tutor records the beneficiary's agreement given in person", 'input.agreedInPerson');
    }
    if (plan.revision !== input.expectedRevision) throw staleRevision(input.expectedRevision, plan.revision);
    const version = (await this.#currentVersion.load(plan.id))!;
    const now = new Date();
    const changes: Partial<ActionPlanVersionEntity> = {};
    if (!assignedTutor && version.agreedByBeneficiaryAt === null) {
      Object.assign(changes, { agreedByBeneficiaryAt: now, agreedByBeneficiaryBy: this.caller.userId, agreedInPerson: false });
    }
    if (assignedTutor) {
      if (inPerson) {
        if (version.agreedByBeneficiaryAt !== null) {
          throw conflict("The beneficiary's agreement to this version is already recorded", 'input.agreedInPerson');
        }
        Object.assign(changes, { agreedByBeneficiaryAt: now, agreedByBeneficiaryBy: this.caller.userId, agreedInPerson: true });
      }
      if (version.agreedByTutorAt === null) Object.assign(changes, { agreedByTutorAt: now, agreedByTutorBy: this.caller.userId });
    }
    if (Object.keys(changes).length === 0) throw conflict('Your agreement to this version is already recorded', 'planId');
    const agreedByBoth =
      (version.agreedByBeneficiaryAt ?? changes.agreedByBeneficiaryAt ?? null) !== null &&
      (version.agreedByTutorAt ?? changes.agreedByTutorAt ?? null) !== null;
    return this.dataSource.transaction(async (manager) => {
      const caseStatus = await assertCaseOpen(manager, beneficiary.id, 'processing', 'planId', 'update');
      await this.#advanceRevision(manager, plan.id, input.expectedRevision, {});
      await manager.getRepository(ActionPlanVersionEntity).update({ id: version.id }, changes);
      // Agreed by both: the case moves to PLAN_AGREED by itself (the case-lifecycle module checks the facts).
      const movesCase = agreedByBoth && caseStatus === 'ASSESSED';
      if (movesCase) {
        await this.#moveCase(manager, beneficiary.id, 'PLAN_AGREED', `Plan version ${version.version} agreed by both`);
      }
      await this.audit.change(manager, 'agreeActionPlan', {
        beneficiaryId: beneficiary.id,
        fields: movesCase ? ['actionPlan', 'caseStatus'] : ['actionPlan'],
        details: {
          caseStatus: movesCase ? 'PLAN_AGREED' : caseStatus,
          planId: plan.id,
          version: version.version,
          byBeneficiary: changes.agreedByBeneficiaryAt !== undefined,
          byTutor: changes.agreedByTutorAt !== undefined,
          inPerson,
        },
      });
      return this.#view(manager, plan.id);
    });
  }

  async updateActionStatus(actionId: string, status: PlanActionStatus, expectedRevision: number): Promise<PlanActionEntity> {
    const id = parseId(actionId, 'actionId');
    const action = await this.#latestAction.load(id);
    if (!action) throw notFound('plan action', actionId, 'actionId');
    const { plan, beneficiary } = await this.#editablePlan(action.planId, 'actionId');
    if (plan.revision !== expectedRevision) throw staleRevision(expectedRevision, plan.revision);
    if (action.version !== plan.currentVersion) {
      throw conflict(`The action is not in the plan version in force (${plan.currentVersion})`, 'actionId', {
        currentRevision: plan.revision,
      });
    }
    const from = statusFollowingReferral(action);
    if (followsOpenReferral(action) && status !== 'CANCELLED') {
      throw conflict(
        `The action follows its referral (${action.referralStatus}): its status changes with the referral; only cancelling the action is possible here`,
        'actionId',
        { reason: 'ACTION_FOLLOWS_REFERRAL', currentRevision: plan.revision },
      );
    }
    actionWorkflow.assert(from, status, 'status');
    return this.dataSource.transaction(async (manager) => {
      const caseStatus = await assertCaseOpen(manager, beneficiary.id, 'processing', 'actionId', 'update');
      await this.#advanceRevision(manager, plan.id, expectedRevision, {});
      await manager.getRepository(PlanActionEntity).update({ versionId: action.versionId, id }, { status });
      // The first action started: an agreed plan's case moves to IN_PROGRESS by itself.
      const movesCase = caseStatus === 'PLAN_AGREED' && (status === 'IN_PROGRESS' || status === 'DONE');
      if (movesCase) await this.#moveCase(manager, beneficiary.id, 'IN_PROGRESS', 'A plan action started');
      await this.audit.change(manager, 'updateActionStatus', {
        beneficiaryId: beneficiary.id,
        fields: movesCase ? ['actionPlan', 'caseStatus'] : ['actionPlan'],
        details: { planId: plan.id, actionId: id, from, to: status, caseStatus: movesCase ? 'IN_PROGRESS' : caseStatus },
      });
      return manager.getRepository(PlanActionEntity).findOneByOrFail({ versionId: action.versionId, id });
    });
  }

  /** Moves the case (its row already locked by this transaction's guard) through the case-lifecycle module. */
  async #moveCase(manager: EntityManager, beneficiaryId: string, to: CaseStatus, note: string): Promise<void> {
    const current = await manager.getRepository(BeneficiaryEntity).findOneByOrFail({ id: beneficiaryId });
    await transitionCase(manager, current, to, this.caller, { note, field: 'planId' });
  }

  async #editablePlan(planId: string, field = 'planId'): Promise<{ plan: ActionPlanEntity; beneficiary: BeneficiaryEntity }> {
    const plan = await this.#planById.load(parseId(planId, field));
    if (!plan) throw notFound('action plan', planId, field);
    const beneficiary = await this.beneficiaries.get(plan.beneficiaryId, field);
    actionPlanPolicy.assert(this.caller, 'edit', beneficiary);
    return { plan, beneficiary };
  }

  /**
   * Moves the plan to its next revision if, and only if, it is still at `expected` (a conditional UPDATE: the row
   * lock makes a concurrent change wait, then find the revision moved on). Otherwise CONFLICT, and the
   * transaction rolls back whatever it wrote.
   */
  async #advanceRevision(
    manager: EntityManager,
    planId: string,
    expected: number,
    changes: Record<string, unknown>,
  ): Promise<{ revision: number; currentVersion: number }> {
    const result = await manager
      .createQueryBuilder()
      .update(ActionPlanEntity)
      .set({ ...changes, revision: () => 'revision + 1', updatedAt: () => 'now()' })
      .where('id = :planId AND revision = :expected', { planId, expected })
      .returning('revision, current_version')
      .execute();
    const row = (result.raw as { revision: number; current_version: number }[])[0];
    if (!row) {
      const current = await manager.getRepository(ActionPlanEntity).findOneByOrFail({ id: planId });
      throw staleRevision(expected, current.revision);
    }
    return { revision: row.revision, currentVersion: row.current_version };
  }

  async #writeVersion(
    manager: EntityManager,
    plan: ActionPlanEntity,
    versionNumber: number,
    reason: string | null,
    cadenceDays: number,
    goals: PlannedGoal[],
  ): Promise<void> {
    const version = await manager.getRepository(ActionPlanVersionEntity).save(
      manager.getRepository(ActionPlanVersionEntity).create({
        planId: plan.id,
        beneficiaryId: plan.beneficiaryId,
        version: versionNumber,
        reason,
        cadenceDays,
        createdAt: new Date(),
        createdBy: this.caller.userId,
        agreedByBeneficiaryAt: null,
        agreedByBeneficiaryBy: null,
        agreedInPerson: false,
        agreedByTutorAt: null,
        agreedByTutorBy: null,
      }),
    );
    await manager.getRepository(PlanGoalEntity).insert(
      goals.map((goal, position) => ({
        versionId: version.id,
        id: goal.id,
        planId: plan.id,
        position,
        area: goal.area,
        description: goal.description,
        targetDate: goal.targetDate,
      })),
    );
    const actions = goals.flatMap((goal) =>
      goal.actions.map((action, position) => ({
        versionId: version.id,
        goalId: goal.id,
        planId: plan.id,
        beneficiaryId: plan.beneficiaryId,
        version: versionNumber,
        position,
        ...action,
      })),
    );
    if (actions.length > 0) await manager.getRepository(PlanActionEntity).insert(actions);
  }

  async #view(manager: EntityManager, planId: string): Promise<ActionPlanView> {
    const plan = await manager.getRepository(ActionPlanEntity).findOneByOrFail({ id: planId });
    const version = await manager.getRepository(ActionPlanVersionEntity).findOneByOrFail({ planId, version: plan.currentVersion });
    return { plan, version, source: 'current' };
  }
}
