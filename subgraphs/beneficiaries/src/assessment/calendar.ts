/**
 * Calendar days as the Integra Corners live them: "today" is the day in Italy, whatever the server's time zone,
 * so a follow-up held this evening in Torino is not "in the future" on a UTC server.
 */
const ITALIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInItaly(now: Date = new Date()): string {
  return ITALIAN_DAY.format(now);
}

/** The calendar day `days` after (or before, if negative) `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
