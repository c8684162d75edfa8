import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType } from '../generated/resolvers-types.js';

/** One contact point as `contact_points` stores it. */
export interface ContactPointRecord {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
}

/** A row of `catalogue.organisation`. Column types are explicit: the schema lives in migrations. */
@Entity({ name: 'organisation' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: OrganisationType;

  /** Province codes (sigle) the organisation works in. */
  @Column({ type: 'text', array: true })
  provinces!: string[];

  /** The day the organisation signed the network agreement (protocollo d'intesa); null without one. */
  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn!: string | null;

  @Column({ name: 'agreement_scope', type: 'text', nullable: true })
  agreementScope!: string | null;

  @Column({ name: 'agreement_valid_until', type: 'date', nullable: true })
  agreementValidUntil!: string | null;

  /** The people partners and corners call about the network's work, in the order the organisation gave them. */
  @Column({ name: 'contact_points', type: 'jsonb', default: () => "'[]'::jsonb" })
  contactPoints!: ContactPointRecord[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** When a network administrator deactivated the organisation; null while it takes part in the network. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  /** The internet domains of its staff's addresses (lower case), its Keycloak organization's domains. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  /** The id of its Keycloak organization, set by `npm run network:sync`; null until the first sync. */
  @Column({ name: 'keycloak_organization_id', type: 'uuid', nullable: true })
  keycloakOrganizationId!: string | null;

  /** Raised by every change: an edit made against an older version is refused (CONFLICT). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
