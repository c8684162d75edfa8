import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsentPurpose } from '../generated/resolvers-types.js';

/** A row of `beneficiaries.consent`: in force while `withdrawnAt` is null. */
@Entity({ name: 'consent' })
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ type: 'text' })
  purpose!: ConsentPurpose;

  /** For SHARE_WITH_ORGANISATION: the catalogue Organisation the data may be shared with. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ name: 'granted_by', type: 'text' })
  grantedBy!: string;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy!: string | null;
}
