import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A row of `catalogue.coordination_table`: a provincial multistakeholder coordination table. */
@Entity({ name: 'coordination_table' })
export class CoordinationTableEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** A row of `catalogue.coordination_table_member`: an organisation taking part in a table. */
@Entity({ name: 'coordination_table_member' })
export class CoordinationTableMemberEntity {
  @PrimaryColumn({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt!: Date;
}

/** A row of `catalogue.coordination_meeting`. */
@Entity({ name: 'coordination_meeting' })
export class CoordinationMeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'table_id', type: 'uuid' })
  tableId!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text' })
  place!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** The member organisations that attended (each a member when recorded). */
  @Column({ name: 'attending_ids', type: 'uuid', array: true })
  attendingIds!: string[];

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

/** A row of `catalogue.coordination_decision`: one decision of a meeting, in the order of the minutes. */
@Entity({ name: 'coordination_decision' })
export class CoordinationDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;
}

/** A row of `catalogue.coordination_action`: a follow-up action a meeting gave an organisation. */
@Entity({ name: 'coordination_action' })
export class CoordinationActionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  /** The decision the action carries out; null for an action of the meeting as a whole. */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  description!: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId!: string;

  /** The person at the owner organisation who takes it on; null when the organisation as a whole does. */
  @Column({ name: 'owner_name', type: 'text', nullable: true })
  ownerName!: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;
}
