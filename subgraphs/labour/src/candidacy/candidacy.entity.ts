import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CandidacyEndReason, CandidacyStatus, ContractType } from '../generated/resolvers-types.js';

/** A row of `labour.candidacy`: a person proposed for a vacancy. The person lives in another schema: no foreign key. */
@Entity({ name: 'candidacy' })
export class CandidacyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The name the CV shows the employer, as the person agreed to it. */
  @Column({ name: 'cv_name', type: 'text' })
  cvName!: string;

  @Column({ type: 'text' })
  status!: CandidacyStatus;

  @Column({ name: 'agreed_on', type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason!: CandidacyEndReason | null;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A row of `labour.candidacy_transition`: one change of a candidacy's stage. */
@Entity({ name: 'candidacy_transition' })
export class CandidacyTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidacy_id', type: 'uuid' })
  candidacyId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: CandidacyStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: CandidacyStatus;

  @Column({ type: 'text', nullable: true })
  reason!: CandidacyEndReason | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'by_user', type: 'text' })
  byUser!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}

/** A row of `labour.employment`: the job a hire gave a person (the facts `labour.employment_spell` publishes). */
@Entity({ name: 'employment' })
export class EmploymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'candidacy_id', type: 'uuid' })
  candidacyId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'vacancy_id', type: 'uuid' })
  vacancyId!: string;

  @Column({ name: 'employer_id', type: 'uuid' })
  employerId!: string;

  @Column({ name: 'contract_type', type: 'text' })
  contractType!: ContractType;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ name: 'weekly_hours', type: 'integer' })
  weeklyHours!: number;

  /** Monthly net pay in cents; null when the hire did not record it. */
  @Column({ name: 'monthly_net_pay_cents', type: 'integer', nullable: true })
  monthlyNetPayCents!: number | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
