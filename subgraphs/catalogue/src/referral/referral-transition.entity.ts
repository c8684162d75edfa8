import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferralOutcomeCode, ReferralRejectionCode, ReferralStatus } from '../generated/resolvers-types.js';

/** A row of `catalogue.referral_transition`: one change of a referral's status, who made it and why. */
@Entity({ name: 'referral_transition' })
export class ReferralTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  /** Null for the transition that created the referral. */
  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: ReferralStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: ReferralStatus;

  @Column({ type: 'timestamptz' })
  at!: Date;

  /** The Keycloak user id of who made the change. */
  @Column({ name: 'by_user', type: 'text' })
  byUser!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @Column({ name: 'reason_code', type: 'text', nullable: true })
  reasonCode!: ReferralRejectionCode | null;

  @Column({ name: 'outcome_code', type: 'text', nullable: true })
  outcomeCode!: ReferralOutcomeCode | null;
}
