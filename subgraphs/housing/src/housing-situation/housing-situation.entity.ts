import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HousingStatus } from '../generated/resolvers-types.js';

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

  @Column({ name: 'rent_guarantee_active', type: 'boolean' })
  rentGuaranteeActive!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
