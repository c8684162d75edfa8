import { addMonths, todayInItaly } from '../calendar.js';
import { badUserInput } from '../errors.js';

/**
 * The days the hub accepts at all, for every `Date` argument (the scalar refuses the others before any resolver
 * runs): nobody the programme follows was born before 1900, and nothing it plans reaches past 2100. Year 500 or
 * 9999-12-31 is a typing error, and a day past the range would break date arithmetic (a window 18 months later).
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

/** How far from today a day may be for one kind of field. */
export interface DateRule {
  /** What the field is, for the message ("a birth date"). */
  what: string;
  /** The furthest back, in years before today; unset: `EARLIEST_DATE`. */
  maxYearsAgo?: number;
  /** The furthest ahead, in years after today (0: today at the latest); unset: `LATEST_DATE`. */
  maxYearsAhead?: number;
}

/** A person's birth date: today at the latest, 120 years ago at the earliest. */
export const BIRTH_DATE: DateRule = { what: 'a birth date', maxYearsAgo: 120, maxYearsAhead: 0 };
/** Something that happened (an exit from reception, a submission): today at the latest, 50 years ago at the earliest. */
export const PAST_DAY: DateRule = { what: 'a day that has passed', maxYearsAgo: 50, maxYearsAhead: 0 };
/** An answer or a step due: within a year and a half from today. */
export const DUE_DAY: DateRule = { what: 'a due day', maxYearsAgo: 5, maxYearsAhead: 1.5 };
/** When a document expires (a residence permit: at most 10 years, renewals seen years late). */
export const EXPIRY_DAY: DateRule = { what: 'an expiry day', maxYearsAgo: 10, maxYearsAhead: 10 };

/** True when `isoDate` (a real `YYYY-MM-DD` day) is within the hub's range. */
export function isPlausibleDate(isoDate: string): boolean {
  return isoDate >= EARLIEST_DATE && isoDate <= LATEST_DATE;
}

/**
 * A day a client sent, checked against `rule` (already a real calendar day within the hub's range: the `Date`
 * scalar saw to that): BAD_USER_INPUT naming `field` and the days accepted when it is outside the rule's bounds.
 */
export function readDate(value: string, field: string, rule: DateRule, today: string = todayInItaly()): string {
  const earliest = rule.maxYearsAgo === undefined ? EARLIEST_DATE : addMonths(today, -Math.round(rule.maxYearsAgo * 12));
  const latest = rule.maxYearsAhead === undefined ? LATEST_DATE : addMonths(today, Math.round(rule.maxYearsAhead * 12));
  if (!isPlausibleDate(value) || value < earliest || value > latest) {
    throw badUserInput(`${field} is not plausible as ${rule.what}: it must be from ${earliest} to ${latest}, got ${value}`, field);
  }
  return value;
}

/** As `readDate`, for an optional day: null and undefined pass as they are. */
export function readOptionalDate<T extends null | undefined>(
  value: string | T,
  field: string,
  rule: DateRule,
  today: string = todayInItaly(),
): string | T {
  return value == null ? value : readDate(value, field, rule, today);
}

/** Whole years from `birthDate` to `today`: a person's age. */
export function ageOn(birthDate: string, today: string = todayInItaly()): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
