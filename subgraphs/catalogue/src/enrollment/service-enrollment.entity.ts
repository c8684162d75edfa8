import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EnrollmentStatus } from '../generated/resolvers-types.js';

/** A row of `catalogue.service_enrollment`: a beneficiary taking part in a service of the catalogue. */
@Entity({ name: 'service_enrollment' })
export class ServiceEnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Owned by the beneficiaries subgraph: no foreign key. */
  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  /** The referral that led to it; null when the person came another way. */
  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ type: 'text' })
  status!: EnrollmentStatus;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  /** The Keycloak user id of who recorded it. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
