import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContactChannel, ContactOutcome } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.contact_attempt`: one attempt to reach a referred person. */
@Entity({ name: 'contact_attempt' })
export class ContactAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'intake_referral_id', type: 'uuid' })
  intakeReferralId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  channel!: ContactChannel;

  @Column({ type: 'text' })
  outcome!: ContactOutcome;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
