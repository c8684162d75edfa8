import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type {
  AdministrativeProcedureKind,
  AdministrativeProcedureStatus,
  CefrLevel,
  IscedLevel,
  RecognitionStatus,
  SkillLevel,
} from '../generated/resolvers-types.js';

/** A row of `beneficiaries.skill`. */
@Entity({ name: 'skill' })
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'esco_uri', type: 'text', nullable: true })
  escoUri!: string | null;

  @Column({ type: 'text' })
  level!: SkillLevel;

  @Column({ type: 'boolean' })
  certified!: boolean;

  @Column({ name: 'certified_by', type: 'text', nullable: true })
  certifiedBy!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/** A row of `beneficiaries.education`: a qualification and the procedure recognising it in Italy. */
@Entity({ name: 'education' })
export class EducationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'isced_level', type: 'text' })
  iscedLevel!: IscedLevel;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ name: 'completed_year', type: 'integer', nullable: true })
  completedYear!: number | null;

  @Column({ name: 'recognition_status', type: 'text' })
  recognitionStatus!: RecognitionStatus;

  @Column({ name: 'recognition_authority', type: 'text', nullable: true })
  recognitionAuthority!: string | null;

  @Column({ name: 'recognition_submitted_on', type: 'date', nullable: true })
  recognitionSubmittedOn!: string | null;

  @Column({ name: 'recognition_decided_on', type: 'date', nullable: true })
  recognitionDecidedOn!: string | null;

  @Column({ name: 'recognition_note', type: 'text', nullable: true })
  recognitionNote!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  /** Guards changes: a conditional UPDATE on it (not TypeORM's @VersionColumn, which does not check). */
  @Column({ type: 'integer' })
  version!: number;
}

/** A row of `beneficiaries.language_assessment`; the latest per language is in force. */
@Entity({ name: 'language_assessment' })
export class LanguageAssessmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'char', length: 2 })
  language!: string;

  @Column({ type: 'text' })
  level!: CefrLevel;

  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn!: string;

  @Column({ type: 'text', nullable: true })
  certificate!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/** A row of `beneficiaries.work_experience`. */
@Entity({ name: 'work_experience' })
export class WorkExperienceEntity {
  @PrimaryColumn({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'integer' })
  years!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;
}

/** A row of `beneficiaries.administrative_procedure`. */
@Entity({ name: 'administrative_procedure' })
export class AdministrativeProcedureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  kind!: AdministrativeProcedureKind;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  status!: AdministrativeProcedureStatus;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'permit_expires_on', type: 'date', nullable: true })
  permitExpiresOn!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;

  @Column({ type: 'integer' })
  version!: number;
}
