import type { CornerTeamRole, Weekday } from '../generated/resolvers-types.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One opening period as `opening_hours` stores it: times are local, `HH:MM`. */
export interface OpeningPeriodRecord {
  day: Weekday;
  opens: string;
  closes: string;
}

/** One member of a corner's team as `team` stores it. */
export interface TeamMemberRecord {
  name: string;
  role: CornerTeamRole;
  /** The member's user id (the token subject, lower case), when the member uses the hub; the contract view publishes it. */
  userId?: string;
}

/** A row of `catalogue.integra_corner`. */
@Entity({ name: 'integra_corner' })
export class IntegraCornerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ name: 'host_organisation_id', type: 'uuid' })
  hostOrganisationId!: string;

  /** When the office is open, one entry per opening period, Monday first. */
  @Column({ name: 'opening_hours', type: 'jsonb', default: () => "'[]'::jsonb" })
  openingHours!: OpeningPeriodRecord[];

  /** The corner's multidisciplinary team (names and roles only: no contact details of individuals). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  team!: TeamMemberRecord[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** Raised by every change of hours or team: an edit made against an older version is refused (CONFLICT). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
