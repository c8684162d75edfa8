import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { IntakeReferralStatus, IntakeSource, ProtectionStatus, ReceptionType } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.intake_referral`: a person referred to the programme, before they are a beneficiary. */
@Entity({ name: 'intake_referral' })
export class IntakeReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  source!: IntakeSource;

  /** A catalogue Organisation. */
  @Column({ name: 'referring_organisation_id', type: 'uuid', nullable: true })
  referringOrganisationId!: string | null;

  /** A catalogue IntegraCorner: the corner asked to take the person on. */
  @Column({ name: 'integra_corner_id', type: 'uuid' })
  integraCornerId!: string;

  @Column({ name: 'referred_on', type: 'date' })
  referredOn!: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'char', length: 2 })
  citizenship!: string;

  @Column({ name: 'protection_status', type: 'text' })
  protectionStatus!: ProtectionStatus;

  @Column({ name: 'reception_type', type: 'text' })
  receptionType!: ReceptionType;

  @Column({ name: 'reception_exit_date', type: 'date' })
  receptionExitDate!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ name: 'codice_fiscale', type: 'varchar', length: 16, nullable: true })
  codiceFiscale!: string | null;

  @Column({ type: 'text', nullable: true })
  contact!: string | null;

  @Column({ type: 'text' })
  status!: IntakeReferralStatus;

  @Column({ name: 'converted_beneficiary_id', type: 'uuid', nullable: true })
  convertedBeneficiaryId!: string | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
