import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of `beneficiaries.tutor_assignment`: a case handed to a tutor (from another, or the first time). */
@Entity({ name: 'tutor_assignment' })
export class TutorAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'from_tutor_user_id', type: 'uuid', nullable: true })
  fromTutorUserId!: string | null;

  @Column({ name: 'to_tutor_user_id', type: 'uuid' })
  toTutorUserId!: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt!: Date;

  @Column({ name: 'assigned_by', type: 'text' })
  assignedBy!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
