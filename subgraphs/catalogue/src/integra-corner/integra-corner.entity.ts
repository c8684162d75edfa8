import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
