import { conflict } from '@shubh/platform';
import type { EntityManager } from 'typeorm';

/** What ends a referral's hold on a place. */
export type PlaceRelease = 'CANCELLED' | 'COMPLETED' | 'DROPPED_OUT';

/**
 * Takes one of the service's places for an accepted referral. The conditional update is the guard: of two
 * acceptances racing for the last place, the second waits on the service's row lock, then finds none left.
 */
export async function takePlace(manager: EntityManager, serviceId: string, referralId: string): Promise<void> {
  // An UPDATE through TypeORM's query() answers [rows, affected].
  const [, taken] = await manager.query<[unknown[], number]>(
    `UPDATE catalogue.service SET places_taken = places_taken + 1
      WHERE id = $1 AND (capacity IS NULL OR places_taken < capacity) RETURNING id`,
    [serviceId],
  );
  if (taken !== 1) throw conflict('No places left in this service: the referral cannot be accepted', 'id');
  await manager.query('UPDATE catalogue.referral SET holds_place = true WHERE id = $1', [referralId]);
}

/**
 * The one rule of giving a place back: a cancelled accepted referral gives its place back whatever the service's
 * capacity kind; a completion or a drop-out gives it back only for CONCURRENT places (a COHORT place stays used
 * for the edition). The referral's `holds_place` flag, cleared under its row lock, makes it happen at most once.
 * Answers whether a place was given back.
 */
export async function releasePlace(manager: EntityManager, referralId: string, why: PlaceRelease): Promise<boolean> {
  const [released] = await manager.query<[{ service_id: string }[], number]>(
    `UPDATE catalogue.referral r SET holds_place = false
       FROM catalogue.service s
      WHERE r.id = $1 AND r.holds_place AND s.id = r.service_id AND ($2 = 'CANCELLED' OR s.capacity_kind = 'CONCURRENT')
      RETURNING r.service_id`,
    [referralId, why],
  );
  const serviceId = released[0]?.service_id;
  if (!serviceId) return false;
  await manager.query('UPDATE catalogue.service SET places_taken = places_taken - 1 WHERE id = $1 AND places_taken > 0', [serviceId]);
  return true;
}
