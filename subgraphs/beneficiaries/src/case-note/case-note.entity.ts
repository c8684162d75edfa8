import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseNoteCategory } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.case_note`: written once, never changed (a trigger refuses UPDATE and DELETE). */
@Entity({ name: 'case_note' })
export class CaseNoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  category!: CaseNoteCategory;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'corrects_note_id', type: 'uuid', nullable: true })
  correctsNoteId!: string | null;

  @Column({ name: 'written_at', type: 'timestamptz', insert: false })
  writtenAt!: Date;

  @Column({ name: 'written_by', type: 'text' })
  writtenBy!: string;
}
