const ITALIAN_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date where the network works (Europe/Rome), YYYY-MM-DD: due days and the overlap window are calendar
 * days in Italy, whatever the server's time zone.
 */
export function todayInItaly(now: Date = new Date()): string {
  return ITALIAN_DAY.format(now);
}
