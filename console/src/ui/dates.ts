// The platform's calendar (pure, no Node APIs): one rule for "today in Italy" and day arithmetic, server and console.
export { addDays, todayInItaly } from '../../../packages/platform/src/calendar';

/** A moment as people at the corners read it: the date and the time in Italy, in the console's language. */
export function momentFormat(language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' });
}
