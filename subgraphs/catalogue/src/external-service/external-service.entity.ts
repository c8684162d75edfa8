import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceArea, ServiceType } from '../generated/resolvers-types.js';

/**
 * A row of `catalogue.external_service`: a service a beneficiary received before SHUBH, outside the catalogue (a
 * SAI or CAS reception project, IMPACT, PRIMA...), as their tutor recorded it. Never deleted: a mistaken record is
 * withdrawn, and a withdrawn one counts for nothing.
 */
@Entity({ name: 'external_service' })
export class ExternalServiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Owned by the beneficiaries subgraph: no foreign key. */
  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  @Column({ name: 'provider_name', type: 'text' })
  providerName!: string;

  /** The provider when it is an organisation of the network; null for one the catalogue does not hold. */
  @Column({ name: 'provider_organisation_id', type: 'uuid', nullable: true })
  providerOrganisationId!: string | null;

  /** Free text as the tutor wrote it: SAI, CAS, FAMI IMPACT, PRIMA... */
  @Column({ type: 'text' })
  programme!: string;

  @Column({ type: 'text' })
  type!: ServiceType;

  @Column({ type: 'text' })
  area!: ServiceArea;

  @Column({ name: 'started_on', type: 'date' })
  startedOn!: string;

  /** Null while the service still runs. */
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  /** A reference to the evidence (a certificate and its protocol number), not the document itself. */
  @Column({ type: 'text', nullable: true })
  evidence!: string | null;

  /** The Keycloak user id of who recorded it. */
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: 'withdrawn_by', type: 'text', nullable: true })
  withdrawnBy!: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;
}
