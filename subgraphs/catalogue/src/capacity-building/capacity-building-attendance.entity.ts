import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A row of `catalogue.capacity_building_attendance`: one operator who attended an event, with their evaluation. */
@Entity({ name: 'capacity_building_attendance' })
export class CapacityBuildingAttendanceEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  /** The operator's Keycloak user id (`sub`). */
  @PrimaryColumn({ name: 'user_id', type: 'text' })
  userId!: string;

  /** The name as it goes on the certificate. */
  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** The organisation the operator attended for: one of the event's. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'evaluation_score', type: 'integer', nullable: true })
  evaluationScore!: number | null;

  @Column({ name: 'evaluation_comment', type: 'text', nullable: true })
  evaluationComment!: string | null;

  @Column({ name: 'evaluated_at', type: 'timestamptz', nullable: true })
  evaluatedAt!: Date | null;
}
