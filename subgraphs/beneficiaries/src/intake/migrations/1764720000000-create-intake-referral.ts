import type { MigrationInterface, QueryRunner } from 'typeorm';

/** People referred to the programme (intake), and the attempts to reach them. */
export class CreateIntakeReferral1764720000000 implements MigrationInterface {
  name = 'CreateIntakeReferral1764720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.intake_referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL CHECK (source IN ('RECEPTION_MANAGING_BODY', 'OUTREACH', 'SELF', 'OTHER')),
        referring_organisation_id uuid,
        integra_corner_id uuid NOT NULL,
        referred_on date NOT NULL,
        given_name text NOT NULL CHECK (btrim(given_name) <> ''),
        family_name text NOT NULL CHECK (btrim(family_name) <> ''),
        birth_date date NOT NULL,
        citizenship char(2) NOT NULL CHECK (citizenship ~ '^[A-Z]{2}$'),
        protection_status text NOT NULL CHECK (protection_status IN ('REFUGEE', 'SUBSIDIARY_PROTECTION')),
        reception_type text NOT NULL CHECK (reception_type IN ('SAI', 'CAS', 'FIRST_RECEPTION', 'OTHER')),
        reception_exit_date date NOT NULL,
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        codice_fiscale varchar(16) CHECK (codice_fiscale ~ '^[A-Z0-9]{16}$'),
        contact text,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CONVERTED', 'DECLINED', 'UNREACHABLE')),
        converted_beneficiary_id uuid REFERENCES beneficiaries.beneficiary (id),
        closing_note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK ((status = 'CONVERTED') = (converted_beneficiary_id IS NOT NULL))
      )`);
    // The intake queue of a corner by status, oldest first; and across the network.
    await queryRunner.query(
      'CREATE INDEX intake_referral_corner_idx ON beneficiaries.intake_referral (integra_corner_id, status, referred_on, id)',
    );
    await queryRunner.query('CREATE INDEX intake_referral_queue_idx ON beneficiaries.intake_referral (referred_on, id)');
    await queryRunner.query(`
      CREATE TABLE beneficiaries.contact_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        intake_referral_id uuid NOT NULL REFERENCES beneficiaries.intake_referral (id),
        at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('PHONE', 'EMAIL', 'IN_PERSON', 'THROUGH_RECEPTION_BODY')),
        outcome text NOT NULL CHECK (outcome IN ('REACHED', 'NO_ANSWER', 'WRONG_CONTACT', 'DECLINED')),
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX contact_attempt_referral_idx ON beneficiaries.contact_attempt (intake_referral_id, at, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.contact_attempt');
    await queryRunner.query('DROP TABLE beneficiaries.intake_referral');
  }
}
