import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  CapacityKind,
  CefrLevel,
  ProtectionStatus,
  ServiceArea,
  ServicePublicationStatus,
  ServiceType,
} from '../generated/resolvers-types.js';

/** A row of `catalogue.service`. */
@Entity({ name: 'service' })
export class ServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'text' })
  area!: ServiceArea;

  @Column({ type: 'text' })
  type!: ServiceType;

  /** Province codes (sigle) where the service is offered. */
  @Column({ type: 'text', array: true })
  provinces!: string[];

  /** ISO 639-1 codes of the languages the service is delivered in. */
  @Column({ type: 'text', array: true })
  languages!: string[];

  /** Places per edition; null means no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  /** COHORT: places of one edition, used up by acceptance; CONCURRENT: given back when a person completes or drops out. */
  @Column({ name: 'capacity_kind', type: 'text', default: 'COHORT' })
  capacityKind!: CapacityKind;

  /** Places already taken in the current edition (raised when a partner accepts a referral); never above capacity. */
  @Column({ name: 'places_taken', type: 'integer', default: 0 })
  placesTaken!: number;

  @Column({ name: 'publication_status', type: 'text', default: 'DRAFT' })
  publicationStatus!: ServicePublicationStatus;

  /** The last time the service was published; null for a draft never published. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'schedule_description', type: 'text', nullable: true })
  scheduleDescription!: string | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  /** Empty: any form of international protection. */
  @Column({ name: 'eligible_protection_statuses', type: 'text', array: true, default: () => "'{}'" })
  eligibleProtectionStatuses!: ProtectionStatus[];

  @Column({ name: 'max_months_since_reception_exit', type: 'integer', nullable: true })
  maxMonthsSinceReceptionExit!: number | null;

  @Column({ name: 'min_age', type: 'integer', nullable: true })
  minAge!: number | null;

  @Column({ name: 'max_age', type: 'integer', nullable: true })
  maxAge!: number | null;

  @Column({ name: 'min_italian_level', type: 'text', nullable: true })
  minItalianLevel!: CefrLevel | null;

  /** Raised by every change made through updateService, publishService and withdrawService. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
