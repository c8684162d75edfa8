import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity that means something: a service says whether its capacity is a cohort (places of one edition, used up
 * by acceptance, given back only by a cancellation) or concurrent places (given back as soon as the person
 * completes, drops out or is cancelled). A referral records whether it still holds a place, so a place is given
 * back exactly once whatever path the referral and its enrolment take.
 */
export class CapacityKind1765400000000 implements MigrationInterface {
  name = 'CapacityKind1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE catalogue.service
        ADD COLUMN capacity_kind text NOT NULL DEFAULT 'COHORT' CHECK (capacity_kind IN ('COHORT', 'CONCURRENT'))`);
    await queryRunner.query('ALTER TABLE catalogue.referral ADD COLUMN holds_place boolean NOT NULL DEFAULT false');
    await queryRunner.query(`UPDATE catalogue.referral SET holds_place = true WHERE status = 'ACCEPTED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE catalogue.referral DROP COLUMN holds_place');
    await queryRunner.query('ALTER TABLE catalogue.service DROP COLUMN capacity_kind');
  }
}
