import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalogue's contract of who works at a corner: one row per member of a corner's team that has a user id in the
 * realm (the token subject), with the member's role. The beneficiaries subgraph reads it to refuse a case handed to
 * someone who is not on the corner's team. Names stay in the catalogue: the view carries ids and roles only.
 */
export class PublishCornerTeam1768000000000 implements MigrationInterface {
  name = 'PublishCornerTeam1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE VIEW catalogue.corner_team_member (integra_corner_id, user_id, role) AS
        SELECT c.id, lower(m.value ->> 'userId'), m.value ->> 'role'
        FROM catalogue.integra_corner c CROSS JOIN LATERAL jsonb_array_elements(c.team) m
        WHERE jsonb_typeof(m.value -> 'userId') = 'string'`);
    await queryRunner.query(`
      COMMENT ON VIEW catalogue.corner_team_member IS
        'Published contract of the catalogue subgraph: one row per team member of a corner with a user id (the token '
        'subject, lower case) and the role as in CornerTeamRole. Read by the beneficiaries subgraph; do not change its shape.'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW catalogue.corner_team_member');
  }
}
