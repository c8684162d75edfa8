import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HousingRisk, HousingStatus } from '../generated/resolvers-types.js';

/**
 * A row of `housing.housing_situation`: at most one per beneficiary. The beneficiary lives in the beneficiaries
 * subgraph's schema, so its id carries no foreign key.
 */
@Entity({ name: 'housing_situation' })
export class HousingSituationEntity {
  @PrimaryColumn({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  status!: HousingStatus;

  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  /**
   * Set by hand before rent guarantees were recorded (kept for those rows); `HousingSituation.rentGuaranteeActive` is
   * derived from `housing.rent_guarantee_spell`, which includes these legacy flags.
   */
  @Column({ name: 'rent_guarantee_active', type: 'boolean' })
  rentGuaranteeActive!: boolean;

  @Column({ type: 'text' })
  risk!: HousingRisk;

  /** Monthly income available for rent, in whole euro cents; null when not declared. */
  @Column({ name: 'rent_income_cents', type: 'integer', nullable: true })
  rentIncomeCents!: number | null;

  @Column({ name: 'areas_wanted', type: 'text', array: true })
  areasWanted!: string[];

  @Column({ name: 'needs_accessible', type: 'boolean' })
  needsAccessible!: boolean;

  @Column({ name: 'earliest_move_in', type: 'date', nullable: true })
  earliestMoveIn!: string | null;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A row of `housing.housing_situation_history`: one recording of a person's situation. */
@Entity({ name: 'housing_situation_history' })
export class HousingSituationChangeEntity {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  status!: HousingStatus;

  @Column({ type: 'text', nullable: true })
  municipality!: string | null;

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  @Column({ type: 'text' })
  risk!: HousingRisk;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/**
 * A situation as it is read: `housing.housing_situation_in_force`, whose `rent_guarantee_active` is derived from the
 * rent guarantees in force today (the `housing.rent_guarantee_spell` contract), in the same statement.
 */
@Entity({ name: 'housing_situation_in_force' })
export class HousingSituationInForceEntity extends HousingSituationEntity {}
