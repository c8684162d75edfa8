import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { CapacityBuildingKind, CapacityBuildingReach } from '../generated/resolvers-types.js';

/** A row of `catalogue.capacity_building_event`: a training or coordination event for the network's operators. */
@Entity({ name: 'capacity_building_event' })
export class CapacityBuildingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  topic!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  /** The organisations whose operators attended; each one exists (checked when recorded). */
  @Column({ name: 'organisation_ids', type: 'uuid', array: true })
  organisationIds!: string[];

  @Column({ name: 'attendee_count', type: 'integer' })
  attendeeCount!: number;

  /** The Keycloak user id of whoever recorded the event. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ type: 'text', default: 'TRAINING' })
  kind!: CapacityBuildingKind;

  @Column({ type: 'text', default: 'PROVINCIAL' })
  reach!: CapacityBuildingReach;

  /** How long the event lasted; null for events recorded before lengths were. */
  @Column({ name: 'duration_minutes', type: 'integer', nullable: true })
  durationMinutes!: number | null;
}
