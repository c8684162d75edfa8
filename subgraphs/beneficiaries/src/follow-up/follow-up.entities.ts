import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CriticalIssueSeverity, GoalProgressStatus } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.follow_up`. */
@Entity({ name: 'follow_up' })
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'plan_version', type: 'integer' })
  planVersion!: number;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/** A row of `beneficiaries.follow_up_goal_progress`. */
@Entity({ name: 'follow_up_goal_progress' })
export class GoalProgressEntity {
  @PrimaryColumn({ name: 'follow_up_id', type: 'uuid' })
  followUpId!: string;

  @PrimaryColumn({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  progress!: GoalProgressStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A row of `beneficiaries.critical_issue`: open while `resolvedAt` is null. */
@Entity({ name: 'critical_issue' })
export class CriticalIssueEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'follow_up_id', type: 'uuid' })
  followUpId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  severity!: CriticalIssueSeverity;

  /** Computed by the database (CRITICAL 4 ... LOW 1): the order of the open-issues list. */
  @Column({ name: 'severity_rank', type: 'smallint', insert: false, update: false })
  severityRank!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'action_taken', type: 'text', nullable: true })
  actionTaken!: string | null;

  @Column({ name: 'raised_on', type: 'date' })
  raisedOn!: string;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;
}
