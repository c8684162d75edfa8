import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { HousingKind, HousingOfferStatus } from '../generated/resolvers-types.js';

/** A row of `housing.housing_offer`. Column types are explicit: the schema lives in migrations. */
@Entity({ name: 'housing_offer' })
export class HousingOfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Refers to an Organisation owned by the catalogue subgraph. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'text' })
  kind!: HousingKind;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'integer' })
  bedrooms!: number;

  /** Whole euro cents: money is never stored as a binary fraction. */
  @Column({ name: 'monthly_rent_cents', type: 'integer' })
  monthlyRentCents!: number;

  @Column({ name: 'available_from', type: 'date' })
  availableFrom!: string;

  @Column({ type: 'text' })
  status!: HousingOfferStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deposit_cents', type: 'integer', default: 0 })
  depositCents!: number;

  @Column({ name: 'charges_cents', type: 'integer', default: 0 })
  chargesCents!: number;

  /** Capacity; `placesTaken` counts the accepted proposals holding one. */
  @Column({ type: 'integer', default: 1 })
  places!: number;

  @Column({ name: 'places_taken', type: 'integer', default: 0 })
  placesTaken!: number;

  @Column({ type: 'boolean', default: false })
  accessible!: boolean;

  @Column({ type: 'boolean', default: false })
  furnished!: boolean;

  @Column({ name: 'minimum_stay_months', type: 'integer', nullable: true })
  minimumStayMonths!: number | null;

  @Column({ type: 'text', nullable: true })
  conditions!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
