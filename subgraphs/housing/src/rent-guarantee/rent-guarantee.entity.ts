import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RentGuaranteeClaimKind, RentGuaranteeKind, RentGuaranteeStatus } from '../generated/resolvers-types.js';

/** A row of `housing.rent_guarantee`. */
@Entity({ name: 'rent_guarantee' })
export class RentGuaranteeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The housing proposal that became the placement. */
  @Column({ name: 'placement_id', type: 'uuid' })
  placementId!: string;

  @Column({ type: 'text' })
  kind!: RentGuaranteeKind;

  /** The province whose fund it draws on: the home's. */
  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ type: 'integer' })
  months!: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn!: string;

  @Column({ name: 'claimed_cents', type: 'integer', default: 0 })
  claimedCents!: number;

  @Column({ type: 'text', default: 'ACTIVE' })
  status!: RentGuaranteeStatus;

  @Column({ name: 'released_on', type: 'date', nullable: true })
  releasedOn!: string | null;

  @Column({ name: 'activated_by', type: 'text' })
  activatedBy!: string;

  @Column({ name: 'activated_at', type: 'timestamptz', default: () => 'now()' })
  activatedAt!: Date;
}

/** A row of `housing.rent_guarantee_claim`. */
@Entity({ name: 'rent_guarantee_claim' })
export class RentGuaranteeClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'guarantee_id', type: 'uuid' })
  guaranteeId!: string;

  @Column({ type: 'text' })
  kind!: RentGuaranteeClaimKind;

  @Column({ name: 'amount_cents', type: 'integer' })
  amountCents!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  recordedAt!: Date;
}
