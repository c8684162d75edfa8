import { badUserInput, parseProvince, readSearchText, readText } from '@shubh/platform';
import type { ServiceEligibilityRulesInput, ServiceScheduleInput } from '../generated/resolvers-types.js';
import type { ServiceEntity } from './service.entity.js';

/** The columns a service's input writes, checked: what createService and updateService hand to SQL. */
export type ServiceFields = Partial<
  Pick<
    ServiceEntity,
    | 'name'
    | 'description'
    | 'area'
    | 'type'
    | 'provinces'
    | 'languages'
    | 'capacity'
    | 'capacityKind'
    | 'scheduleDescription'
    | 'startsOn'
    | 'endsOn'
    | 'eligibleProtectionStatuses'
    | 'maxMonthsSinceReceptionExit'
    | 'minAge'
    | 'maxAge'
    | 'minItalianLevel'
  >
>;

const LANGUAGE_CODE = /^[a-z]{2}$/;
export const MAX_CAPACITY = 10_000;

/** An ISO 639-1 language code, lower case: `FR` is read as fr. */
export function parseLanguage(value: string, field: string): string {
  const code = value.trim().toLowerCase();
  if (!LANGUAGE_CODE.test(code)) {
    throw badUserInput(`${field} must be an ISO 639-1 language code such as it or fr, got ${JSON.stringify(value)}`, field);
  }
  return code;
}

export function parseProvinces(values: readonly string[], field: string): string[] {
  if (values.length === 0) throw badUserInput(`${field} needs at least one province`, field);
  return [...new Set(values.map((value, index) => parseProvince(value, `${field}[${index}]`)))];
}

export function parseLanguages(values: readonly string[], field: string): string[] {
  if (values.length === 0) throw badUserInput(`${field} needs at least one language`, field);
  return [...new Set(values.map((value, index) => parseLanguage(value, `${field}[${index}]`)))];
}

function parseInteger(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${field} must be a whole number from ${min} to ${max}, got ${value}`, field);
  }
  return value;
}

export function parseCapacity(value: number | null, field: string): number | null {
  return value === null ? null : parseInteger(value, 1, MAX_CAPACITY, field);
}

/** A schedule replaces the whole stored one; null clears it. */
export function parseSchedule(
  schedule: ServiceScheduleInput | null,
  field: string,
): Pick<ServiceFields, 'scheduleDescription' | 'startsOn' | 'endsOn'> {
  const description =
    schedule?.description == null ? null : readText(schedule.description, `${field}.description`, { max: 500, multiline: true });
  const startsOn = schedule?.startsOn ?? null;
  const endsOn = schedule?.endsOn ?? null;
  if (startsOn !== null && endsOn !== null && endsOn < startsOn) {
    throw badUserInput(`${field}.endsOn must be on or after startsOn`, `${field}.endsOn`);
  }
  return { scheduleDescription: description, startsOn, endsOn };
}

/** Eligibility conditions replace the stored ones; null clears them all. */
export function parseEligibility(
  rules: ServiceEligibilityRulesInput | null,
  field: string,
): Pick<ServiceFields, 'eligibleProtectionStatuses' | 'maxMonthsSinceReceptionExit' | 'minAge' | 'maxAge' | 'minItalianLevel'> {
  const optional = (value: number | null | undefined, min: number, name: string) =>
    value == null ? null : parseInteger(value, min, 120, `${field}.${name}`);
  const minAge = optional(rules?.minAge, 0, 'minAge');
  const maxAge = optional(rules?.maxAge, 0, 'maxAge');
  if (minAge !== null && maxAge !== null && maxAge < minAge) {
    throw badUserInput(`${field}.maxAge must be at least minAge (${minAge})`, `${field}.maxAge`);
  }
  return {
    eligibleProtectionStatuses: [...new Set(rules?.protectionStatuses ?? [])].sort(),
    maxMonthsSinceReceptionExit: optional(rules?.maxMonthsSinceReceptionExit, 1, 'maxMonthsSinceReceptionExit'),
    minAge,
    maxAge,
    minItalianLevel: rules?.minItalianLevel ?? null,
  };
}

/** A non-nullable field of an update given as null: say so rather than store nothing. */
export function refuseNull(value: unknown, field: string): void {
  if (value === null) throw badUserInput(`${field} cannot be cleared: leave it out to keep it as it is`, field);
}

/** Free-text search words: 2 to 100 characters in all, at most 8 words. */
export function parseSearchText(value: string, field: string): string[] {
  const text = readSearchText(value, field);
  if (text.length < 2 || text.length > 100) throw badUserInput(`${field} must be 2 to 100 characters, got ${text.length}`, field);
  const words = text.split(/\s+/);
  if (words.length > 8) throw badUserInput(`${field} may hold at most 8 words`, field);
  return words;
}

/** A LIKE pattern matching `word` anywhere, with LIKE's wildcards in the word taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
