import type { MigrationInterface, QueryRunner } from 'typeorm';

const REFERRAL_STATUSES = ['SENT', 'ACCEPTED', 'REJECTED', 'COMPLETED', 'CANCELLED', 'EXPIRED'];
const oneOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

export class CreateReferral1764600000000 implements MigrationInterface {
  name = 'CreateReferral1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // beneficiary_id has no foreign key: the person is owned by the beneficiaries subgraph, in another schema.
    await queryRunner.query(`
      CREATE TABLE catalogue.referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        beneficiary_id uuid NOT NULL,
        service_id uuid NOT NULL REFERENCES catalogue.service (id),
        from_corner_id uuid NOT NULL REFERENCES catalogue.integra_corner (id),
        to_organisation_id uuid NOT NULL REFERENCES catalogue.organisation (id),
        status text NOT NULL DEFAULT 'SENT' CHECK (status IN (${oneOf(REFERRAL_STATUSES)})),
        sent_at timestamptz NOT NULL DEFAULT now(),
        sent_by text NOT NULL CHECK (btrim(sent_by) <> ''),
        response_due_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A partner's inbox and a corner's outbox, newest first; a person's referrals.
    await queryRunner.query('CREATE INDEX referral_addressee_idx ON catalogue.referral (to_organisation_id, sent_at DESC, id)');
    await queryRunner.query('CREATE INDEX referral_corner_idx ON catalogue.referral (from_corner_id, sent_at DESC, id)');
    await queryRunner.query('CREATE INDEX referral_beneficiary_idx ON catalogue.referral (beneficiary_id)');

    // PUBLISHED CONTRACT, read by the beneficiaries subgraph (its partner-operator rule: a partner sees a person
    // referred to their organisation). Its name, its two columns and their meaning may not change without a new
    // view and a migration of every reader; the table behind it is this subgraph's own business.
    await queryRunner.query(`
      CREATE VIEW catalogue.referral_addressee (beneficiary_id, organisation_id) AS
        SELECT r.beneficiary_id, r.to_organisation_id
        FROM catalogue.referral r
        WHERE r.status IN ('SENT', 'ACCEPTED')`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.referral_addressee IS
        'Published contract of the catalogue subgraph: one row per open (SENT or ACCEPTED) referral, the person '
        'and the organisation it is addressed to. Read by the beneficiaries subgraph; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.referral_addressee');
    await queryRunner.query('DROP TABLE catalogue.referral');
  }
}
