import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LegalStatusDocumentKind, Vulnerability } from '../generated/resolvers-types.js';

export interface StoredLegalStatusDocument {
  kind: LegalStatusDocumentKind;
  reference: string;
  expiresOn: string | null;
}

/** A row of `beneficiaries.sensitive_profile`, kept apart from the beneficiary so no list query ever reads it. */
@Entity({ name: 'sensitive_profile' })
export class SensitiveProfileEntity {
  @PrimaryColumn({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text', array: true })
  vulnerabilities!: Vulnerability[];

  @Column({ name: 'health_notes', type: 'text', nullable: true })
  healthNotes!: string | null;

  @Column({ name: 'legal_status_documents', type: 'jsonb' })
  legalStatusDocuments!: StoredLegalStatusDocument[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text' })
  updatedBy!: string;
}
