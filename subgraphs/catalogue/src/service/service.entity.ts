import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceArea, ServiceType } from '../generated/resolvers-types.js';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
