import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's contract for services delivered: one row per enrolment of a person in a catalogue service (from an
 * accepted referral or recorded directly), with the service's area and programme (every service belongs to one), the
 * days it started and ended. The results domain counts services delivered by area and programme from it. No personal
 * data beyond the person's id, no outcome text.
 */
export class PublishServiceDeliveries1768200000002 implements MigrationInterface {
  name = 'PublishServiceDeliveries1768200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.service_delivery
        (enrollment_id, beneficiary_id, service_id, area, programme_id, programme_code, status, started_on, ended_on) AS
        SELECT e.id, e.beneficiary_id, e.service_id, s.area, p.id, p.code, e.status, e.started_on, e.ended_on
        FROM catalogue.service_enrollment e
        JOIN catalogue.service s ON s.id = e.service_id
        JOIN catalogue.programme p ON p.id = s.programme_id`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.service_delivery IS
        'Published contract of the catalogue subgraph: one row per service enrolment (area and programme of the service, '
        'status as in ServiceEnrollment, started_on, ended_on). Read by the results domain; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.service_delivery');
  }
}
