import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TraineeshipInterruptionReason, TraineeshipStatus } from '../generated/resolvers-types.js';

/** A row of `labour.traineeship`. The person and the organisations live in other schemas: no foreign keys. */
@Entity({ name: 'traineeship' })
export class TraineeshipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The organisation hosting the trainee (soggetto ospitante), from the catalogue. */
  @Column({ name: 'host_employer_id', type: 'uuid' })
  hostEmployerId!: string;

  /** The promoting body (soggetto promotore), from the catalogue. */
  @Column({ name: 'promoter_id', type: 'uuid' })
  promoterId!: string;

  /** The PAI action that planned the traineeship, when it comes from a plan. */
  @Column({ name: 'action_id', type: 'uuid', nullable: true })
  actionId!: string | null;

  @Column({ type: 'text' })
  objectives!: string;

  @Column({ type: 'text' })
  activities!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'weekly_hours', type: 'integer' })
  weeklyHours!: number;

  @Column({ name: 'monthly_allowance_cents', type: 'integer' })
  monthlyAllowanceCents!: number;

  @Column({ name: 'company_tutor_name', type: 'text' })
  companyTutorName!: string;

  @Column({ name: 'company_tutor_contact', type: 'text', nullable: true })
  companyTutorContact!: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: TraineeshipStatus;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'interruption_reason', type: 'text', nullable: true })
  interruptionReason!: TraineeshipInterruptionReason | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'started_by', type: 'text' })
  startedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A row of `labour.traineeship_transition`: one change of a traineeship's status. */
@Entity({ name: 'traineeship_transition' })
export class TraineeshipTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'traineeship_id', type: 'uuid' })
  traineeshipId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: TraineeshipStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: TraineeshipStatus;

  @Column({ type: 'text', nullable: true })
  reason!: TraineeshipInterruptionReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'by_user', type: 'text' })
  byUser!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}

/** A row of `labour.traineeship_attendance`: the hours attended in one period. */
@Entity({ name: 'traineeship_attendance' })
export class TraineeshipAttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'traineeship_id', type: 'uuid' })
  traineeshipId!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'integer' })
  hours!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}
