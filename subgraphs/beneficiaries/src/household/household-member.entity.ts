import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { HouseholdRelation } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.household_member`. */
@Entity({ name: 'household_member' })
export class HouseholdMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  relation!: HouseholdRelation;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ name: 'school_enrolled', type: 'boolean', nullable: true })
  schoolEnrolled!: boolean | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;
}
