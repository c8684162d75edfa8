import { CONTRACTS } from '@shubh/platform';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import type { GoalArea, PlanActionStatus } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.action_plan`: one per beneficiary; `revision` guards every change to the plan. */
@Entity({ name: 'action_plan' })
export class ActionPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ name: 'current_version', type: 'integer' })
  currentVersion!: number;

  @Column({ name: 'cadence_days', type: 'integer' })
  cadenceDays!: number;

  @Column({ name: 'created_on', type: 'date' })
  createdOn!: string;

  @Column({ name: 'last_follow_up_on', type: 'date', nullable: true })
  lastFollowUpOn!: string | null;

  /** Computed by the database: (last follow-up, or the plan's first day) + cadence. */
  @Column({ name: 'next_follow_up_due', type: 'date', insert: false, update: false })
  nextFollowUpDue!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A row of `beneficiaries.action_plan_version`: one version of the plan, with the agreement given to it. */
@Entity({ name: 'action_plan_version' })
export class ActionPlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'cadence_days', type: 'integer' })
  cadenceDays!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'agreed_by_beneficiary_at', type: 'timestamptz', nullable: true })
  agreedByBeneficiaryAt!: Date | null;

  @Column({ name: 'agreed_by_beneficiary_by', type: 'text', nullable: true })
  agreedByBeneficiaryBy!: string | null;

  @Column({ name: 'agreed_in_person', type: 'boolean' })
  agreedInPerson!: boolean;

  @Column({ name: 'agreed_by_tutor_at', type: 'timestamptz', nullable: true })
  agreedByTutorAt!: Date | null;

  @Column({ name: 'agreed_by_tutor_by', type: 'text', nullable: true })
  agreedByTutorBy!: string | null;
}

/** A row of `beneficiaries.plan_goal`: a goal as it is in one version; `id` is the goal's, stable across versions. */
@Entity({ name: 'plan_goal' })
export class PlanGoalEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  area!: GoalArea;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'target_date', type: 'date' })
  targetDate!: string;
}

/** A row of `beneficiaries.plan_action`: an action as it is in one version; `id` is stable across versions. */
@Entity({ name: 'plan_action' })
export class PlanActionEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The version number this row belongs to. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'integer' })
  position!: number;

  /** A Service of the catalogue subgraph. */
  @Column({ name: 'service_id', type: 'uuid', nullable: true })
  serviceId!: string | null;

  /** An Organisation of the catalogue subgraph. */
  @Column({ name: 'provider_organisation_id', type: 'uuid', nullable: true })
  providerOrganisationId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart!: string;

  @Column({ name: 'planned_end', type: 'date', nullable: true })
  plannedEnd!: string | null;

  /** The status the case team set; what the API shows is `statusFollowingReferral` of it (referral-follow.ts). */
  @Column({ type: 'text' })
  status!: PlanActionStatus;

  /**
   * The status of the latest referral sent from this action (the catalogue's contract), null when none: read in the
   * same statement as the action, so the plan costs no statement more.
   */
  @VirtualColumn({
    type: 'text',
    query: (alias) => `SELECT r.status FROM ${CONTRACTS.planActionReferral} r WHERE r.plan_action_id = ${alias}.id`,
  })
  referralStatus!: ReferralStatusOfAction | null;
}

/** A referral's status as the catalogue's contract `plan_action_referral` publishes it. */
export type ReferralStatusOfAction = 'SENT' | 'RECEIVED' | 'ACCEPTED' | 'REJECTED' | 'COMPLETED' | 'CANCELLED' | 'EXPIRED';

/**
 * Where a version (or a goal) was reached from: the version in force, the history, a follow-up's progress. Each has
 * its own loaders for goals and actions, so that a request costs the same statements however these independent
 * lists' queries happen to interleave.
 */
export type PlanSource = 'current' | 'history' | 'progress';

/** What the API calls an ActionPlan: one version of a plan, with the plan it belongs to (its revision now). */
export interface ActionPlanView {
  plan: ActionPlanEntity;
  version: ActionPlanVersionEntity;
  source: PlanSource;
}

/** What the plan policy decides a plan's `viewerCan` from: the version at hand and the person it is about. */
export interface ActionPlanPermissionFacts {
  view: ActionPlanView;
  beneficiary: CaseFactsOfPlan;
}

/** The case facts of the plan's person (a beneficiary row satisfies it). */
export interface CaseFactsOfPlan {
  id: string;
  integraCornerId: string;
  tutorUserId: string | null;
}

/** A goal of a version, with where the version was reached from. */
export type PlanGoalView = PlanGoalEntity & { source: PlanSource };
