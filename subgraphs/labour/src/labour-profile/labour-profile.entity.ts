import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EmploymentStatus, Shift } from '../generated/resolvers-types.js';

/**
 * A row of `labour.labour_profile`: at most one per beneficiary. The beneficiary lives in another subgraph's
 * schema, so its id is the key but no foreign key.
 */
@Entity({ name: 'labour_profile' })
export class LabourProfileEntity {
  @PrimaryColumn({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'employment_status', type: 'text' })
  employmentStatus!: EmploymentStatus;

  /** The CPI registration with the declaration of immediate availability (DID). */
  @Column({ name: 'registered_with_employment_centre_on', type: 'date', nullable: true })
  registeredWithEmploymentCentreOn!: string | null;

  @Column({ name: 'desired_isco_codes', type: 'text', array: true })
  desiredIscoCodes!: string[];

  @Column({ name: 'work_experience_years', type: 'integer', nullable: true })
  workExperienceYears!: number | null;

  /** The declaration of immediate availability for work (DID) made at the CPI. */
  @Column({ name: 'immediate_availability_declared_on', type: 'date', nullable: true })
  immediateAvailabilityDeclaredOn!: string | null;

  @Column({ name: 'hours_per_week', type: 'integer', nullable: true })
  hoursPerWeek!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  shifts!: Shift[];

  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom!: string | null;

  @Column({ name: 'reachable_provinces', type: 'text', array: true, default: () => "'{}'" })
  reachableProvinces!: string[];

  @Column({ name: 'reachable_municipalities', type: 'text', array: true, default: () => "'{}'" })
  reachableMunicipalities!: string[];

  @Column({ name: 'driving_licences', type: 'text', array: true, default: () => "'{}'" })
  drivingLicences!: string[];

  @Column({ name: 'own_vehicle', type: 'boolean', default: false })
  ownVehicle!: boolean;

  /** Optimistic concurrency: every change names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A row of `labour.employment_status_change`: one change of a person's employment status. */
@Entity({ name: 'employment_status_change' })
export class EmploymentStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: EmploymentStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: EmploymentStatus;

  @Column({ name: 'changed_on', type: 'date' })
  changedOn!: string;

  /** The employment a hire recorded, when the change comes from one. */
  @Column({ name: 'employment_id', type: 'uuid', nullable: true })
  employmentId!: string | null;

  @Column({ name: 'by_user', type: 'text' })
  byUser!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
