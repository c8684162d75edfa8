import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgreementStatus, ServiceArea } from '../generated/resolvers-types.js';

/** A row of `catalogue.agreement`: a protocol of understanding between SHUBH and an organisation of the network. */
@Entity({ name: 'agreement' })
export class AgreementEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The organisation SHUBH signs with. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  /** Further organisations of the network that sign too (a prefecture, a municipality...); each exists (checked). */
  @Column({ name: 'other_party_ids', type: 'uuid', array: true, default: () => "'{}'" })
  otherPartyIds!: string[];

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  scope!: string;

  @Column({ type: 'text', array: true })
  areas!: ServiceArea[];

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** As stored: DRAFT, SIGNED or TERMINATED (EXPIRED is a SIGNED agreement past its end, computed). */
  @Column({ type: 'text' })
  status!: Exclude<AgreementStatus, 'EXPIRED'>;

  @Column({ name: 'document_reference', type: 'text' })
  documentReference!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
