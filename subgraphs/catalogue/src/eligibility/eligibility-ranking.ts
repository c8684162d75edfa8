import { wholeMonthsBetween } from '@shubh/platform';
import type { CefrLevel, ProtectionStatus } from '../generated/resolvers-types.js';
import type { ServiceEntity } from '../service/service.entity.js';

/** What the rules know about a person: the facts the beneficiaries subgraph hands over, read defensively. */
export interface EligibilityFacts {
  protectionStatus: ProtectionStatus | null;
  receptionExitDate: string | null;
  birthDate: string | null;
  province: string | null;
  italianLevel: CefrLevel | null;
}

/** A service the person is eligible for, how well it fits (0-100) and why, one sentence per condition met. */
export interface RankedService {
  service: ServiceEntity;
  score: number;
  reasons: string[];
}

/** A ranked service for one person: the person is needed to tell an overlap with what they already received. */
export interface EligibleService extends RankedService {
  beneficiaryId: string;
}

/** What the ranking reads of a service. */
export type CandidateService = Pick<
  ServiceEntity,
  | 'id'
  | 'name'
  | 'provinces'
  | 'capacity'
  | 'placesTaken'
  | 'endsOn'
  | 'eligibleProtectionStatuses'
  | 'maxMonthsSinceReceptionExit'
  | 'minAge'
  | 'maxAge'
  | 'minItalianLevel'
>;

export const CEFR_LEVELS: readonly CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

const PROTECTION_WORDS: Record<ProtectionStatus, string> = {
  REFUGEE: 'refugee status',
  SUBSIDIARY_PROTECTION: 'subsidiary protection',
};

/** Age in whole years on `today`. */
export function ageOn(birthDate: string, today: string): number {
  return Math.floor(wholeMonthsBetween(birthDate, today) / 12);
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The reasons a person is eligible for a service, or null when a condition fails (or cannot be checked because
 * a fact is missing), with the points the service earns: places free (up to 40) and conditions that target the
 * person (up to 60 in all, more when the person sits close to a condition's limit).
 */
function assess(person: EligibilityFacts, service: CandidateService, today: string): { score: number; reasons: string[] } | null {
  const reasons: string[] = [];
  let score = 0;

  if (!person.province || !service.provinces.includes(person.province)) return null;
  reasons.push(`Offered in the person's province (${person.province}).`);

  if (service.endsOn !== null && service.endsOn < today) return null;

  if (service.eligibleProtectionStatuses.length > 0) {
    if (!person.protectionStatus || !service.eligibleProtectionStatuses.includes(person.protectionStatus)) return null;
    reasons.push(`Open to holders of ${PROTECTION_WORDS[person.protectionStatus]}, which the person holds.`);
    score += 10;
  } else {
    reasons.push('Open to every form of international protection.');
  }

  if (service.maxMonthsSinceReceptionExit !== null) {
    if (!person.receptionExitDate) return null;
    const months = Math.max(0, wholeMonthsBetween(person.receptionExitDate, today));
    if (months > service.maxMonthsSinceReceptionExit) return null;
    reasons.push(
      `Left reception ${plural(months, 'month')} ago, within the limit of ${plural(service.maxMonthsSinceReceptionExit, 'month')}.`,
    );
    // A window about to close makes the service more pressing.
    score += months >= service.maxMonthsSinceReceptionExit - 3 ? 15 : 10;
  }

  if (service.minAge !== null || service.maxAge !== null) {
    if (!person.birthDate) return null;
    const age = ageOn(person.birthDate, today);
    if ((service.minAge !== null && age < service.minAge) || (service.maxAge !== null && age > service.maxAge)) return null;
    const bounds =
      service.minAge !== null && service.maxAge !== null
        ? `from ${service.minAge} to ${service.maxAge}`
        : service.minAge !== null
          ? `${service.minAge} or older`
          : `${service.maxAge} or younger`;
    reasons.push(`Aged ${age}, within the service's age range (${bounds}).`);
    score += 10;
  }

  if (service.minItalianLevel !== null) {
    if (!person.italianLevel) return null;
    const gap = CEFR_LEVELS.indexOf(person.italianLevel) - CEFR_LEVELS.indexOf(service.minItalianLevel);
    if (gap < 0) return null;
    reasons.push(`Italian at level ${person.italianLevel}, at least the ${service.minItalianLevel} the service asks for.`);
    // A course pitched at the person's own level fits better than one well below it.
    score += gap === 0 ? 20 : gap === 1 ? 15 : 10;
  }

  if (service.capacity === null) {
    reasons.push('No limit on places.');
    score += 20;
  } else {
    const remaining = service.capacity - service.placesTaken;
    if (remaining <= 0) return null;
    reasons.push(`${plural(remaining, 'place')} free out of ${service.capacity}.`);
    score += Math.round((40 * remaining) / service.capacity);
  }

  return { score: Math.min(100, score), reasons };
}

/**
 * The services among `candidates` a person is eligible for on `today`, best first (score, then name, then id),
 * at most `first`. Pure: the caller loads the candidates and the facts.
 */
export function rankEligibleServices<S extends CandidateService>(
  person: EligibilityFacts,
  candidates: readonly S[],
  today: string,
  first: number,
): { service: S; score: number; reasons: string[] }[] {
  return candidates
    .flatMap((service) => {
      const assessment = assess(person, service, today);
      return assessment ? [{ service, ...assessment }] : [];
    })
    .sort((a, b) => b.score - a.score || a.service.name.localeCompare(b.service.name) || a.service.id.localeCompare(b.service.id))
    .slice(0, first);
}
