import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType } from '../generated/resolvers-types.js';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
