import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AfterExitEmploymentStatus, AfterExitHousingStatus } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.after_exit_follow_up`: the contact six months after one closure of the case. */
@Entity({ name: 'after_exit_follow_up' })
export class AfterExitFollowUpEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'closed_on', type: 'date' })
  closedOn!: string;

  @Column({ name: 'contacted_on', type: 'date' })
  contactedOn!: string;

  @Column({ type: 'boolean' })
  reached!: boolean;

  @Column({ name: 'employment_status', type: 'text', nullable: true })
  employmentStatus!: AfterExitEmploymentStatus | null;

  @Column({ name: 'housing_status', type: 'text', nullable: true })
  housingStatus!: AfterExitHousingStatus | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}
