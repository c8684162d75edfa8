import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { EmploymentStatus } from '../generated/resolvers-types.js';

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

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
