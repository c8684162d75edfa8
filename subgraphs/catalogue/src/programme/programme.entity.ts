import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A row of `catalogue.programme`. */
@Entity({ name: 'programme' })
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Unique, upper case: IMPACT, PRIMA, PIANI_LINGUA... */
  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'funding_source', type: 'text' })
  fundingSource!: string;

  @Column({ name: 'managing_authority', type: 'text' })
  managingAuthority!: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
