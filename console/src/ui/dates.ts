// The platform's calendar (pure, no Node APIs): one rule for "today in Italy" and day arithmetic, server and console.
export { addDays, todayInItaly } from '../../../packages/platform/src/calendar';
