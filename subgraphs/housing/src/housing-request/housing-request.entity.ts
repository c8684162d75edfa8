import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type {
  HousingContractType,
  HousingPlacementOutcome,
  HousingProposalStatus,
  HousingRequestStatus,
} from '../generated/resolvers-types.js';

/** A row of `housing.housing_request`. */
@Entity({ name: 'housing_request' })
export class HousingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The person's corner when the request was opened (access is decided from `case_access`, not from this). */
  @Column({ name: 'integra_corner_id', type: 'uuid' })
  integraCornerId!: string;

  @Column({ type: 'char', length: 2 })
  province!: string;

  @Column({ name: 'household_size', type: 'integer' })
  householdSize!: number;

  @Column({ type: 'integer' })
  minors!: number;

  @Column({ type: 'text' })
  status!: HousingRequestStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'opened_by', type: 'text' })
  openedBy!: string;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt!: Date;
}

/** A row of `housing.housing_proposal`: a person proposed for an offer, and the placement it led to. */
@Entity({ name: 'housing_proposal' })
export class HousingProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId!: string;

  @Column({ name: 'beneficiary_id', type: 'uuid' })
  beneficiaryId!: string;

  /** The offer's organisation, copied so that the provider's side is one indexed column. */
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ type: 'text' })
  status!: HousingProposalStatus;

  @Column({ name: 'viewing_on', type: 'date', nullable: true })
  viewingOn!: string | null;

  @Column({ name: 'contract_type', type: 'text', nullable: true })
  contractType!: HousingContractType | null;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ name: 'rent_cents', type: 'integer', nullable: true })
  rentCents!: number | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: HousingPlacementOutcome | null;

  @Column({ name: 'proposed_by', type: 'text' })
  proposedBy!: string;

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A row of `housing.housing_proposal_transition`. */
@Entity({ name: 'housing_proposal_transition' })
export class HousingProposalTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: HousingProposalStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: HousingProposalStatus;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'by_user', type: 'text' })
  byUser!: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;
}
