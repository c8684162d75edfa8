import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReferralStatus } from '../generated/resolvers-types.js';

/** A row of `catalogue.referral`: a beneficiary sent by an Integra Corner to a partner's service. */
@Entity({ name: 'referral' })
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Owned by the beneficiaries subgraph: no foreign key. */
  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'service_id', type: 'uuid' })
  serviceId!: string;

  @Column({ name: 'from_corner_id', type: 'uuid' })
  fromCornerId!: string;

  @Column({ name: 'to_organisation_id', type: 'uuid' })
  toOrganisationId!: string;

  @Column({ type: 'text' })
  status!: ReferralStatus;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  /** The Keycloak user id of the operator who sent it. */
  @Column({ name: 'sent_by', type: 'text' })
  sentBy!: string;

  @Column({ name: 'response_due_on', type: 'date' })
  responseDueOn!: string;

  /** What the corner tells the partner about the referral; null when nothing. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The action of the person's plan it was sent from (owned by the beneficiaries subgraph: no foreign key). */
  @Column({ name: 'plan_action_id', type: 'uuid', nullable: true })
  planActionId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
