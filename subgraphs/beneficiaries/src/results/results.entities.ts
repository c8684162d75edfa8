import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportingPeriodKind, ResultIndicator, TargetIndicator } from '../generated/resolvers-types.js';
import type { GrainFigures } from './indicators.js';

/** A row of `beneficiaries.result_target`: national (no province, no corner), per province, or per corner. */
@Entity({ name: 'result_target' })
export class ResultTargetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  indicator!: TargetIndicator;

  @Column({ type: 'char', length: 2, nullable: true })
  province!: string | null;

  @Column({ name: 'integra_corner_id', type: 'uuid', nullable: true })
  integraCornerId!: string | null;

  @Column({ type: 'integer' })
  value!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}

/** A row of `beneficiaries.reporting_period`. */
@Entity({ name: 'reporting_period' })
export class ReportingPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ReportingPeriodKind;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}

/** A row of `beneficiaries.reporting_period_version`: the frozen figures of a locked period, one per lock or correction. */
@Entity({ name: 'reporting_period_version' })
export class ReportingPeriodVersionEntity {
  @PrimaryColumn({ name: 'period_id', type: 'uuid' })
  periodId!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  figures!: GrainFigures[];

  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  /** The indicators frozen in this version; null for versions frozen before the list was kept (the first eleven). */
  @Column({ type: 'text', array: true, nullable: true })
  indicators!: ResultIndicator[] | null;

  @Column({ name: 'locked_at', type: 'timestamptz', default: () => 'now()' })
  lockedAt!: Date;

  @Column({ name: 'locked_by', type: 'text' })
  lockedBy!: string;
}
