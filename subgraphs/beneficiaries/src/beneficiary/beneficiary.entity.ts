import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { CaseOutcome, CaseStatus, ProtectionStatus, ReceptionType, Sex } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.beneficiary`. Column types are explicit: the schema lives in migrations. */
@Entity({ name: 'beneficiary' })
export class BeneficiaryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'given_name', type: 'text' })
  givenName!: string;

  @Column({ name: 'family_name', type: 'text' })
  familyName!: string;

  @Column({ name: 'birth_date', type: 'date' })
  birthDate!: string;

  @Column({ type: 'char', length: 2 })
  citizenship!: string;

  /** As recorded on the residence permit; null until recorded. */
  @Column({ type: 'text', nullable: true })
  sex!: Sex | null;

  @Column({ name: 'codice_fiscale', type: 'varchar', length: 16, nullable: true })
  codiceFiscale!: string | null;

  @Column({ name: 'protection_status', type: 'text' })
  protectionStatus!: ProtectionStatus;

  @Column({ name: 'reception_type', type: 'text' })
  receptionType!: ReceptionType;

  @Column({ name: 'reception_exit_date', type: 'date' })
  receptionExitDate!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  /** Refers to an IntegraCorner owned by the catalogue subgraph. */
  @Column({ name: 'integra_corner_id', type: 'uuid' })
  integraCornerId!: string;

  /** The Keycloak user id (token `sub`) of the tutor who handles the case; null while unassigned. */
  @Column({ name: 'tutor_user_id', type: 'uuid', nullable: true })
  tutorUserId!: string | null;

  @Column({ name: 'case_status', type: 'text' })
  caseStatus!: CaseStatus;

  @Column({ name: 'enrolled_on', type: 'date', nullable: true })
  enrolledOn!: string | null;

  /** Set when the case is CLOSED (case-lifecycle/). */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: CaseOutcome | null;

  /** Set when retention anonymised the person's data (retention/): the record keeps only what the results count. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
