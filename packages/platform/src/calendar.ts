/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC so that no time zone or daylight saving moves a day. */

const DAY_MS = 86_400_000;

function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` later; a day the target month lacks becomes its last day (31 August + 18 months is
 * 28 February, 29 in a leap year), as PostgreSQL's `date + interval 'n months'` does.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The day `days` after (before, if negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** Whole months elapsed from `from` to `to` (0 when `to` is not later): the largest n with from + n months <= to. */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const [y1, m1] = parts(from);
  const [y2, m2] = parts(to);
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Today in Italy, where the programme runs: the day a tutor sees on their calendar. */
export function todayInItaly(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
