import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CefrLevel, ContractType, Shift, VacancyStatus } from '../generated/resolvers-types.js';

/** A row of `labour.job_vacancy`. Column types are explicit: the schema lives in migrations. */
@Entity({ name: 'job_vacancy' })
export class JobVacancyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  /** Refers to an Organisation owned by the catalogue subgraph. */
  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ name: 'isco_code', type: 'char', length: 4 })
  iscoCode!: string;

  @Column({ name: 'contract_type', type: 'text' })
  contractType!: ContractType;

  @Column({ type: 'integer' })
  openings!: number;

  @Column({ name: 'italian_level_required', type: 'text', nullable: true })
  italianLevelRequired!: CefrLevel | null;

  @Column({ type: 'text' })
  status!: VacancyStatus;

  /** For a DRAFT, the day it was drafted; set to the day of publication when published. */
  @Column({ name: 'published_on', type: 'date' })
  publishedOn!: string;

  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn!: string | null;

  /** Openings filled by hires so far; never more than `openings`. */
  @Column({ type: 'integer', default: 0 })
  filled!: number;

  @Column({ name: 'weekly_hours', type: 'integer', nullable: true })
  weeklyHours!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  shifts!: Shift[];

  /** A driving licence category (B, C...) the job needs; null when none. */
  @Column({ name: 'driving_licence_required', type: 'text', nullable: true })
  drivingLicenceRequired!: string | null;

  /** Optimistic concurrency: every change names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
