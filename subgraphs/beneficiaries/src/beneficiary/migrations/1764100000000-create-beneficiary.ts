import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBeneficiary1764100000000 implements MigrationInterface {
  name = 'CreateBeneficiary1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE beneficiaries.beneficiary (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        given_name text NOT NULL CHECK (btrim(given_name) <> ''),
        family_name text NOT NULL CHECK (btrim(family_name) <> ''),
        birth_date date NOT NULL,
        citizenship char(2) NOT NULL CHECK (citizenship ~ '^[A-Z]{2}$'),
        codice_fiscale varchar(16) UNIQUE CHECK (codice_fiscale ~ '^[A-Z0-9]{16}$'),
        protection_status text NOT NULL CHECK (protection_status IN ('REFUGEE', 'SUBSIDIARY_PROTECTION')),
        reception_type text NOT NULL CHECK (reception_type IN ('SAI', 'CAS', 'FIRST_RECEPTION', 'OTHER')),
        reception_exit_date date NOT NULL,
        province char(2) NOT NULL CHECK (province ~ '^[A-Z]{2}$'),
        integra_corner_id uuid NOT NULL,
        case_status text NOT NULL DEFAULT 'REFERRED'
          CHECK (case_status IN ('REFERRED', 'ENROLLED', 'ASSESSED', 'PLAN_AGREED', 'IN_PROGRESS', 'CLOSED')),
        enrolled_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    // The caseload lists page by name within a corner, and by name across the network.
    await queryRunner.query(
      'CREATE INDEX beneficiary_corner_name_idx ON beneficiaries.beneficiary (integra_corner_id, family_name, given_name, id)',
    );
    await queryRunner.query('CREATE INDEX beneficiary_name_idx ON beneficiaries.beneficiary (family_name, given_name, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE beneficiaries.beneficiary');
  }
}
