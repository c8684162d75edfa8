import { badUserInput, CONTRACTS } from '@shubh/platform';
import type { EntityManager } from 'typeorm';

/**
 * A case is handed only to someone on the team of the person's corner, as the catalogue publishes it
 * (`catalogue.corner_team_member`): a made-up or mistyped user id would leave the case in nobody's caseload.
 * BAD_USER_INPUT on `field` otherwise.
 */
export async function assertOnCornerTeam(manager: EntityManager, cornerId: string, userId: string, field: string): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ${CONTRACTS.cornerTeamMember} WHERE integra_corner_id = $1 AND user_id = $2 LIMIT 1`,
    [cornerId, userId],
  );
  if (rows.length === 0) {
    throw badUserInput(`${field} is not a member of the team of the person's Integra Corner (setCornerTeam)`, field);
  }
}
