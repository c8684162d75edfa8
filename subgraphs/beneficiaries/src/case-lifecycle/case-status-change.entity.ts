import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseOutcome, CaseStatus } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.case_status_change`: one change of a case's status (append-only by use). */
@Entity({ name: 'case_status_change' })
export class CaseStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  from!: CaseStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  to!: CaseStatus;

  @Column({ type: 'text', nullable: true })
  outcome!: CaseOutcome | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;
}
